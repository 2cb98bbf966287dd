// npm run bench: alignment quality against the gold, and speed and memory at scale, for
// clause-align and hunalign (WebAssembly) measured in the same run.
//   BENCH_TIMES=1,10,100,300,1000   sizes of the synthetic pairs (copies of the corpus)
//   BENCH_HUNALIGN_MAX=1000         largest size hunalign is run on
import {execFileSync} from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {align, evaluateBeads, parse, parseGlossary} from '../dist/index.js'
import {corpus, corpusGold, hunalignDictionary, hunalignInput, ladderToBeads, root, runHunalign} from './lib.mjs'

const times = (process.env.BENCH_TIMES ?? '1,10,100,300,1000').split(',').map(Number)
const hunalignMax = Number(process.env.BENCH_HUNALIGN_MAX ?? 1000)
const fixed = (value, digits = 0) => (value === undefined ? '—' : value.toFixed(digits))

console.log(`# clause-align benchmark\n`)
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${fixed(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}\n`)

// 1. Quality on the hand-made gold of the bundled corpus.
const gold = corpusGold()
const glossary = parseGlossary(corpus('glossary.tsv'))
const en = parse(corpus('en.md'), {lang: 'en'})
const ja = parse(corpus('ja.md'), {lang: 'ja'})
const rows = []
const timed = async (run) => {
  const start = performance.now()
  const beads = await run()
  return {beads, ms: performance.now() - start}
}
for (const withGlossary of [true, false]) {
  const {beads, ms} = await timed(() => align(en, ja, {glossary: withGlossary ? glossary : []}).beads)
  rows.push({tool: 'clause-align', setting: withGlossary ? 'glossary' : 'no glossary', ms, score: evaluateBeads(beads, gold)})
}
for (const paragraphs of [false, true]) {
  for (const withGlossary of [true, false]) {
    const source = hunalignInput(en, paragraphs)
    const target = hunalignInput(ja, paragraphs)
    const {beads, ms} = await timed(async () => {
      const {ladder} = await runHunalign(source.text, target.text, withGlossary ? hunalignDictionary(glossary) : '')
      return ladderToBeads(ladder, source, target)
    })
    rows.push({tool: 'hunalign (WASM)', setting: `${withGlossary ? 'glossary as dictionary' : 'no dictionary'}${paragraphs ? ', <p> marks' : ''}`, ms, score: evaluateBeads(beads, gold)})
  }
}
console.log(`## Strict bead F1 on the gold alignment of corpus/paris-2025 (${gold.length} beads)\n`)
console.log('| tool | setting | precision | recall | F1 | time (ms) |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const row of rows) {
  console.log(`| ${row.tool} | ${row.setting} | ${fixed(row.score.precision, 3)} | ${fixed(row.score.recall, 3)} | ${fixed(row.score.f1, 3)} | ${fixed(row.ms, 1)} |`)
}
console.log(`\nBoth tools get the same sentences (clause-align's split, tokenised for hunalign); hunalign gets the corpus glossary as its dictionary where noted.\n`)

// 2. Speed and memory on synthetic pairs, each measurement in a fresh process.
const measure = (tool, size) => {
  try {
    const output = execFileSync(process.execPath, [path.join(root, 'bench', 'measure.mjs'), tool, String(size)], {encoding: 'utf8', maxBuffer: 1 << 24, timeout: 30 * 60 * 1000})
    return JSON.parse(output.trim().split('\n').at(-1))
  } catch (error) {
    return {failed: String(error.message ?? error).split('\n')[0]}
  }
}
console.log('## Scale: the corpus repeated and varied N times\n')
console.log('| N | sentences (en / ja) | input MB | parse ms (MB/s) | align ms (sentences/s) | check ms (sentences/s) | clause-align peak RSS MB | clause-align F1 | hunalign align ms | hunalign peak RSS MB | hunalign F1 | hunalign ÷ clause-align align time |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const size of times) {
  const ours = measure('clause-align', size)
  const theirs = size <= hunalignMax ? measure('hunalign', size) : {}
  if (ours.failed) {
    console.log(`| ${size} | failed: ${ours.failed} | | | | | | | | | | |`)
    continue
  }
  const sentences = ours.sentences[0] + ours.sentences[1]
  const mb = ours.bytes / 2 ** 20
  const perSecond = (ms) => fixed(sentences / (ms / 1000))
  console.log(
    `| ${size} | ${ours.sentences.join(' / ')} | ${fixed(mb, 2)} | ${fixed(ours.parseMs)} (${fixed(mb / (ours.parseMs / 1000), 2)}) | ${fixed(ours.alignMs)} (${perSecond(ours.alignMs)}) | ${fixed(ours.checkMs)} (${perSecond(ours.checkMs)}) | ${fixed(ours.peakRssMb)} | ${fixed(ours.f1, 3)} | ${theirs.failed ? 'failed' : fixed(theirs.alignMs)} | ${fixed(theirs.peakRssMb)} | ${fixed(theirs.f1, 3)} | ${theirs.alignMs ? fixed(theirs.alignMs / ours.alignMs, 2) : '—'} |`
  )
}
console.log('\nEach cell is one run in a fresh process; times are wall-clock; peak RSS is the process maximum (Node itself takes about 55 MB). hunalign gets the same sentences and the glossary as its dictionary; its time is the WebAssembly run only, ours the alignment only (parse and check are listed apart).')
