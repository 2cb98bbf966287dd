// What the bundled lexicon costs, each figure a ratio against the same work without it, measured
// in the same run (RESULTS.md, "Lexicon cost"):
//   node bench/lexicon.mjs
// 1. the whole `clause-align check` process on the bundled pair (median of 5 runs each);
// 2. parse + align + check of the corpus repeated 300 times, in a fresh process each;
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
const measure = (tool, size) => JSON.parse(execFileSync(process.execPath, [path.join(root, 'bench', 'measure.mjs'), tool, String(size)], {encoding: 'utf8', maxBuffer: 1 << 24}).trim().split('\n').at(-1))
const total = (result) => result.parseMs + result.alignMs + result.checkMs
const plain300 = measure('clause-align', 300)
const lexicon300 = measure('clause-align+lexicon', 300)
const lexicon1000 = measure('clause-align+lexicon', 1000)
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], {cwd: root, encoding: 'utf8'}))[0]

const fixed = (value, digits = 0) => value.toFixed(digits)
console.log('| measure | without lexicon | with lexicon | ratio | target |')
console.log('| --- | --- | --- | --- | --- |')
console.log(`| \`clause-align check\` process, bundled pair (median of 5) | ${fixed(median(withoutTimes))} ms | ${fixed(median(withTimes))} ms | ${fixed(median(withTimes) / median(withoutTimes), 2)}× | ≤ 1.5× |`)
console.log(`| parse + align + check, corpus ×300 (${plain300.sentences.join(' / ')} sentences; with: lexicon loading included) | ${fixed(total(plain300))} ms | ${fixed(total(lexicon300))} ms | ${fixed(total(lexicon300) / total(plain300), 2)}× | ≤ 1.5× |`)
console.log(`| bead F1 at ×300 against the scaled gold | ${fixed(plain300.f1, 3)} | ${fixed(lexicon300.f1, 3)} | | |`)
console.log(`| peak RSS, corpus ×1000 with the lexicon | | ${fixed(lexicon1000.peakRssMb)} MB | | < 1024 MB |`)
console.log(`| packed tarball (\`npm pack\`) | | ${fixed(packed.size / 2 ** 20, 2)} MB (${packed.entryCount} files, ${fixed(packed.unpackedSize / 2 ** 20, 2)} MB unpacked) | | < 10 MB |`)
