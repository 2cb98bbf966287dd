// What the bundled lexicon costs, each figure a ratio against the same work without it, measured
// in the same run (RESULTS.md, "Lexicon cost"):
//   node bench/lexicon.mjs
// 1. the whole `clause-align check` process on the bundled pair (median of 5 runs each, with the
//    range), and `defaultLexicon()` alone in a fresh process;
// 2. parse + align + check of the corpus repeated 300 times, in a fresh process each (3 runs each);
// 3. peak memory of the same at 1000 times, with the lexicon;
// 4. the size of the packed npm tarball.
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {root} from './lib.mjs'

const cli = path.join(root, 'dist', 'cli.js')
const corpus = (file) => path.join(root, 'corpus', 'paris-2025', file)
const args = ['check', corpus('en.md'), corpus('ja.md'), '--glossary', corpus('glossary.tsv'), '--format', 'json']
const run = (extra) => {
  const start = performance.now()
  try {
    execFileSync(process.execPath, [cli, ...args, ...extra], {stdio: 'ignore'})
  } catch (error) {
    // Exit 1 means errors were found: the run itself is complete.
    if (error.status !== 1) throw error
  }
  return performance.now() - start
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
// Interleaved, so that a busy machine slows both alike.
const withTimes = []
const withoutTimes = []
for (let k = 0; k < 5; k++) {
  withoutTimes.push(run(['--no-lexicon']))
  withTimes.push(run([]))
}
// Loading the bundled lexicon alone, in a fresh process each time (median of 5).
const loadTimes = Array.from({length: 5}, () =>
  Number(execFileSync(process.execPath, ['--input-type=module', '-e', `import {defaultLexicon} from ${JSON.stringify(path.join(root, 'dist', 'index.js'))}; const start = performance.now(); defaultLexicon(); console.log(performance.now() - start)`], {encoding: 'utf8'}).trim())
)
const measure = (tool, size) => JSON.parse(execFileSync(process.execPath, [path.join(root, 'bench', 'measure.mjs'), tool, String(size)], {encoding: 'utf8', maxBuffer: 1 << 24}).trim().split('\n').at(-1))
const total = (result) => result.parseMs + result.alignMs + result.checkMs
// ×300 three times each, interleaved as above: on a shared machine one run alone can be caught
// by someone else's burst of work, and the ratio of two single runs with it.
const plainRuns = []
const lexiconRuns = []
for (let k = 0; k < 3; k++) {
  plainRuns.push(measure('clause-align', 300))
  lexiconRuns.push(measure('clause-align+lexicon', 300))
}
const byTotal = (runs) => [...runs].sort((a, b) => total(a) - total(b))
const plain300 = byTotal(plainRuns)[1]
const lexicon300 = byTotal(lexiconRuns)[1]
const lexicon1000 = measure('clause-align+lexicon', 1000)
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], {cwd: root, encoding: 'utf8'}))[0]

const fixed = (value, digits = 0) => value.toFixed(digits)
console.log('| measure | without lexicon | with lexicon | ratio | target |')
console.log('| --- | --- | --- | --- | --- |')
const spread = (values) => `${fixed(Math.min(...values))}–${fixed(Math.max(...values))}`
console.log(`| \`clause-align check\` process, bundled pair (median of 5; range) | ${fixed(median(withoutTimes))} ms (${spread(withoutTimes)}) | ${fixed(median(withTimes))} ms (${spread(withTimes)}) | ${fixed(median(withTimes) / median(withoutTimes), 2)}× | ≤ 1.5× |`)
console.log(`| \`defaultLexicon()\` in a fresh process (median of 5; range) | | ${fixed(median(loadTimes), 1)} ms (${loadTimes.map((value) => fixed(value, 1)).sort((a, b) => a - b).join(', ')}) | | |`)
const totals = (runs) => spread(runs.map(total))
console.log(`| parse + align + check, corpus ×300 (${plain300.sentences.join(' / ')} sentences; with: lexicon loading included; median of 3; range) | ${fixed(total(plain300))} ms (${totals(plainRuns)}) | ${fixed(total(lexicon300))} ms (${totals(lexiconRuns)}) | ${fixed(total(lexicon300) / total(plain300), 2)}× | ≤ 1.5× |`)
console.log(`| bead F1 at ×300 against the scaled gold | ${fixed(plain300.f1, 3)} | ${fixed(lexicon300.f1, 3)} | | |`)
console.log(`| peak RSS, corpus ×1000 with the lexicon | | ${fixed(lexicon1000.peakRssMb)} MB | | < 1024 MB |`)
console.log(`| packed tarball (\`npm pack\`) | | ${fixed(packed.size / 2 ** 20, 2)} MB (${packed.entryCount} files, ${fixed(packed.unpackedSize / 2 ** 20, 2)} MB unpacked) | | < 10 MB |`)
