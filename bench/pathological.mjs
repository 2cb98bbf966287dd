// Pathological inputs: each through parse → align → check → every output format, in a fresh
// process, with its time and peak memory; inputs past the limits must be refused quickly with a
// ClauseAlignError, never crash; and check must grow linearly where it used to be quadratic.
//   node bench/pathological.mjs [case]
import {execFileSync} from 'node:child_process'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {ClauseAlignError, align, check, parse, parseGlossary, sentencesOf, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff} from '../dist/index.js'

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
  }),
  // Past the limits (README, Limits): refused before any tree is built.
  '3,000 nested block quotes (3 KB)': () => ({en: '>'.repeat(3000) + ' Deep.\n', ja: '深い。'}),
  '1,500 nested list levels': () => ({en: Array.from({length: 1500}, (_, depth) => `${'  '.repeat(depth)}- Level ${depth}.`).join('\n'), ja: '深い。'}),
  '1,000 list levels in 2 KB': () => ({en: '- '.repeat(1000) + 'Deep.\n', ja: '深い。'}),
  '16 MiB of `Go. `': () => ({en: 'Go. '.repeat(4 * 1024 * 1024), ja: '行け。'}),
  'one million tiny paragraphs': () => ({en: Array.from({length: 1_000_000}, (_, k) => `w${k % 10}`).join('\n\n'), ja: '短い。'}),
  '100 KB of nested brackets': () => ({en: '['.repeat(50_000) + ']'.repeat(50_000), ja: '括弧。'})
}

/** Cases measured at n and 2n: the time of `check` alone must at most double (≤ 2.3×). */
export const scaling = {
  'a run of n unaligned Japanese sentences': {
    // A paragraph each, so that each is reported (and placed by its neighbour) on its own; 2 × 80,000
    // units stays within the limit of 200,000 sentence ends and lines.
    sizes: [40_000, 80_000],
    build: (n) => ({en: 'The summit met.', ja: ['サミットが開かれた。', ...Array.from({length: n}, (_, k) => `追加の文${k}です。`)].join('\n\n')})
  },
  'a glossary of n rows, one-line pair': {
    sizes: [100_000, 200_000],
    build: (n) => ({
      en: 'The summit adopted the declaration on artificial intelligence.',
      ja: 'サミットは人工知能に関する宣言を採択した。',
      glossary: Array.from({length: n}, (_, k) => `term number ${k}\t用語${k}|!誤訳${k}`).join('\n') + '\nartificial intelligence\t人工知能\n'
    })
  }
}

export function runScaling(name, n) {
  const {en, ja, glossary: tsv} = scaling[name].build(n)
  const glossary = tsv ? parseGlossary(tsv) : []
  const alignment = align(parse(en, {lang: 'en'}), parse(ja, {lang: 'ja'}), {glossary})
  const start = performance.now()
  const findings = check(alignment, {glossary})
  return {name, n, checkMs: Math.round(performance.now() - start), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), findings: findings.length}
}

export function runCase(name) {
  const {en, ja, sameLanguage} = cases[name]()
  const start = performance.now()
  let source, target
  try {
    source = parse(en, {lang: 'en'})
    target = parse(ja, {lang: sameLanguage ? 'en' : 'ja'})
  } catch (error) {
    if (!(error instanceof ClauseAlignError)) throw error
    return {name, refused: error.message, ms: Math.round(performance.now() - start), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)}
  }
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
  const [only, size] = process.argv.slice(2)
  const child = (...args) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {encoding: 'utf8', maxBuffer: 1 << 26}))
  if (only && size) {
    console.log(JSON.stringify(runScaling(only, Number(size))))
  } else if (only) {
    console.log(JSON.stringify(runCase(only)))
  } else {
    console.log('| case | sentences (en / ja) | beads | bead types | findings | time (ms) | peak RSS (MB) |')
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    for (const name of Object.keys(cases)) {
      const result = child(name)
      if (result.refused) console.log(`| ${name} | refused: ${result.refused.replace(/\|/g, '\\|').replace(/`/g, "'")} | | | | ${result.ms} | ${result.peakRssMb} |`)
      else console.log(`| ${name} | ${result.sentences.join(' / ')} | ${result.beads} | ${result.types} | ${result.findings} | ${result.ms} | ${result.peakRssMb} |`)
    }
    console.log('')
    console.log('| scaling case | n | check (ms, best of 3) | peak RSS (MB) | findings | time ratio 2n / n |')
    console.log('| --- | --- | --- | --- | --- | --- |')
    let linear = true
    // Each size is run three times in fresh processes and the fastest run kept, so that one
    // garbage collection at the wrong moment does not decide the ratio.
    const best = (name, n) => [1, 2, 3].map(() => child(name, String(n))).reduce((a, b) => (b.checkMs < a.checkMs ? b : a))
    for (const [name, {sizes}] of Object.entries(scaling)) {
      const [small, large] = sizes.map((n) => best(name, n))
      const ratio = large.checkMs / Math.max(1, small.checkMs)
      if (ratio > 2.3) linear = false
      console.log(`| ${name} | ${small.n} | ${small.checkMs} | ${small.peakRssMb} | ${small.findings} | |`)
      console.log(`| ${name} | ${large.n} | ${large.checkMs} | ${large.peakRssMb} | ${large.findings} | ${ratio.toFixed(2)} |`)
    }
    if (!linear) {
      console.error('pathological: check grew more than 2.3× when its input doubled')
      process.exitCode = 1
    }
  }
}
