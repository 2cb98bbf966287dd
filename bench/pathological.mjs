// Pathological inputs: each through parse → align → check → every output format, in a fresh
// process, with its time and peak memory.   node bench/pathological.mjs [case]
import {execFileSync} from 'node:child_process'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {align, check, parse, sentencesOf, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff} from '../dist/index.js'

export const cases = {
  'one 1 MB paragraph, no punctuation': () => ({
    en: Array.from({length: 170_000}, (_, k) => ['summit', 'delegates', 'agreed', 'on', 'rules', 'for', 'data'][k % 7]).join(' '),
    ja: 'サミットの代表団はデータに関する規則に合意した'.repeat(20_000)
  }),
  '100,000 one-word lines': () => ({
    en: Array.from({length: 100_000}, (_, k) => ['summit', 'delegates', 'agreed', 'rules', 'data'][k % 5]).join('\n'),
    ja: Array.from({length: 100_000}, (_, k) => ['サミット', '代表団', '合意', '規則', 'データ'][k % 5]).join('\n')
  }),
  '100,000 one-word paragraphs': () => ({
    en: Array.from({length: 100_000}, (_, k) => `Word ${k}.`).join('\n\n'),
    ja: Array.from({length: 100_000}, (_, k) => `単語${k}。`).join('\n\n')
  }),
  'lists nested 50 deep': () => {
    const nest = (text) => Array.from({length: 50}, (_, depth) => `${'  '.repeat(depth)}- ${text} ${depth + 1}.`).join('\n')
    return {en: nest('Level'), ja: nest('レベル')}
  },
  '10,000 list items': () => ({
    en: Array.from({length: 10_000}, (_, k) => `- Item ${k + 1} is ready.`).join('\n'),
    ja: Array.from({length: 10_000}, (_, k) => `- 項目${k + 1}は準備済みである。`).join('\n')
  }),
  '10,000 numbered paragraphs': () => ({
    en: Array.from({length: 10_000}, (_, k) => `${k + 1}. Paragraph ${k + 1} is ready.`).join('\n'),
    ja: Array.from({length: 10_000}, (_, k) => `${k + 1}. 第${k + 1}段落は準備済みである。`).join('\n')
  }),
  'Japanese with no 。 at all': () => ({
    en: Array.from({length: 2000}, (_, k) => `The committee met on day ${k + 1}. It agreed on ${k % 9} points.`).join('\n\n'),
    ja: Array.from({length: 2000}, (_, k) => `委員会は${k + 1}日目に会合を開き${k % 9}点で合意した`).join('\n\n')
  }),
  'source and target in the same language': () => ({
    en: Array.from({length: 2000}, (_, k) => `${k + 1}. The committee met on day ${k + 1}. It agreed on ${k % 9} points.`).join('\n'),
    ja: Array.from({length: 2000}, (_, k) => `${k + 1}. The committee met on day ${k + 1}. It agreed on ${k % 9} points.`).join('\n'),
    sameLanguage: true
  })
}

export function runCase(name) {
  const {en, ja, sameLanguage} = cases[name]()
  const start = performance.now()
  const source = parse(en, {lang: 'en'})
  const target = parse(ja, {lang: sameLanguage ? 'en' : 'ja'})
  const alignment = align(source, target)
  const findings = check(alignment)
  let bytes = 0
  for (const write of [toMarkdown, toHtml, toTsv, toTmx, toXliff, toJsonl]) bytes += write(alignment, {findings}).length
  return {
    name,
    ms: Math.round(performance.now() - start),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    sentences: [sentencesOf(source).length, sentencesOf(target).length],
    beads: alignment.beads.length,
    types: [...new Set(alignment.beads.map((bead) => bead.type))].join(' '),
    findings: findings.length,
    outputMb: Math.round(bytes / 2 ** 20)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv[2]
  if (only) {
    console.log(JSON.stringify(runCase(only)))
  } else {
    console.log('| case | sentences (en / ja) | beads | bead types | findings | time (ms) | peak RSS (MB) |')
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    for (const name of Object.keys(cases)) {
      const result = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), name], {encoding: 'utf8', maxBuffer: 1 << 26}))
      console.log(`| ${name} | ${result.sentences.join(' / ')} | ${result.beads} | ${result.types} | ${result.findings} | ${result.ms} | ${result.peakRssMb} |`)
    }
  }
}
