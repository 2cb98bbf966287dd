// One measurement in a fresh process, so that peak memory is this run's own:
//   node bench/measure.mjs <clause-align|clause-align+lexicon|hunalign> <times>
// prints one JSON line.
import {performance} from 'node:perf_hooks'
import {align, check, defaultLexicon, evaluateBeads, parse, parseGlossary, sentencesOf} from '../dist/index.js'
import {corpus, hunalignDictionary, hunalignInput, ladderToBeads, runHunalign, scaledGold, scaledPair} from './lib.mjs'

const [tool, timesArgument] = process.argv.slice(2)
const times = Number(timesArgument)
const pair = scaledPair(times)
const glossary = parseGlossary(corpus('glossary.tsv'))
const bytes = Buffer.byteLength(pair.en) + Buffer.byteLength(pair.ja)
const baseline = process.memoryUsage().rss
const result = {tool, times, bytes}

if (tool === 'clause-align' || tool === 'clause-align+lexicon') {
  let start = performance.now()
  // With the lexicon, its loading counts: a process pays for it once.
  const lexicon = tool === 'clause-align+lexicon' ? defaultLexicon() : undefined
  const en = parse(pair.en, {lang: 'en'})
  const ja = parse(pair.ja, {lang: 'ja'})
  result.parseMs = performance.now() - start
  start = performance.now()
  const alignment = align(en, ja, {glossary, lexicon})
  result.alignMs = performance.now() - start
  start = performance.now()
  result.findings = check(alignment, {glossary, lexicon}).length
  result.checkMs = performance.now() - start
  result.sentences = [sentencesOf(en).length, sentencesOf(ja).length]
  result.beads = alignment.beads.length
  result.f1 = evaluateBeads(alignment.beads, scaledGold(times)).f1
} else if (tool === 'hunalign') {
  const en = parse(pair.en, {lang: 'en'})
  const ja = parse(pair.ja, {lang: 'ja'})
  const source = hunalignInput(en)
  const target = hunalignInput(ja)
  const dictionary = hunalignDictionary(glossary)
  result.sentences = [source.ids.length, target.ids.length]
  const start = performance.now()
  const {ladder} = await runHunalign(source.text, target.text, dictionary)
  result.alignMs = performance.now() - start
  const beads = ladderToBeads(ladder, source, target)
  result.beads = beads.length
  result.f1 = evaluateBeads(beads, scaledGold(times)).f1
} else {
  throw new Error(`unknown tool ${tool}`)
}
result.baselineRssMb = baseline / 2 ** 20
result.peakRssMb = process.resourceUsage().maxRSS / 1024
console.log(JSON.stringify(result))
