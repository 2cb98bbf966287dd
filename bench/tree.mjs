// npm run bench:tree: tree mode on a generated documentation tree of BENCH_PAIRS pairs (default
// 520) of varied sizes, built from the test fixtures' pairs and the corpus pair: wall time with
// 1 worker and with every core, in the same run, in rounds taken in turn (BENCH_ROUNDS, default
// 5), each in a fresh process; whether the outputs are byte-identical; and the per-pair cost
// against running the single-pair CLI once per pair.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const count = Number(process.env.BENCH_PAIRS ?? 520)
const cores = os.availableParallelism()

// Building blocks: every fixture pair, and the corpus pair (the largest page).
const fixtures = path.join(root, 'test', 'fixtures')
const blocks = readdirSync(fixtures).map((name) => ['en', 'ja'].map((lang) => readFileSync(path.join(fixtures, name, `${lang}.md`), 'utf8').trim()))
const corpus = ['en', 'ja'].map((lang) => readFileSync(path.join(root, 'corpus', 'paris-2025', `${lang}.md`), 'utf8'))

const dir = mkdtempSync(path.join(os.tmpdir(), 'clause-align-bench-tree-'))
let bytes = 0
for (let page = 0; page < count; page++) {
  // Sizes vary: 1 to 12 fixture pairs, and the whole corpus pair on every 20th page.
  const size = 1 + ((page * 7) % 12)
  const chosen = Array.from({length: size}, (_, k) => blocks[(page * 3 + k * 5) % blocks.length])
  const texts = [0, 1].map((side) => (page % 20 === 0 ? corpus[side] + '\n' : '') + chosen.map((pair) => pair[side]).join('\n\n') + '\n')
  const name = `section-${page % 17}/page-${String(page).padStart(4, '0')}.md`
  for (const [side, lang] of ['en', 'ja'].entries()) {
    mkdirSync(path.dirname(path.join(dir, lang, name)), {recursive: true})
    writeFileSync(path.join(dir, lang, name), texts[side])
    bytes += Buffer.byteLength(texts[side])
  }
}

const run = (args) => {
  const start = performance.now()
  let stdout
  try {
    stdout = execFileSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28})
  } catch (error) {
    // Exit 1 means findings: the output is still the report.
    if (error.status !== 1) throw error
    stdout = error.stdout
  }
  return {ms: performance.now() - start, stdout}
}

// Rounds of `--jobs 1` and `--jobs N` in turn, the first of each round alternating, so that a
// drift in the machine's speed (it is a virtual machine whose host's load moves single runs by
// ±10% or more, bench/RESULTS.md) falls on both counts alike. Each round gives one ratio; the
// report gives every round, the median ratio and the ratio of the fastest runs.
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const json = (jobs) => run(['check', 'en', 'ja', '--format', 'json', '--jobs', String(jobs)])
const measured = []
for (let round = 0; round < rounds; round++) {
  const [first, second] = round % 2 === 0 ? [1, cores] : [cores, 1]
  const a = json(first)
  const b = json(second)
  measured.push(first === 1 ? {one: a, all: b} : {one: b, all: a})
}
const text1 = run(['check', 'en', 'ja', '--jobs', '1'])
const textAll = run(['check', 'en', 'ja', '--jobs', String(cores)])
const outputs = measured.flatMap((round) => [round.one.stdout, round.all.stdout])
const identical = outputs.every((stdout) => stdout === outputs[0])
const pairs = JSON.parse(outputs[0]).pairs
const findings = pairs.reduce((sum, pair) => sum + pair.findings.length, 0)
const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const ratios = measured.map((round) => round.one.ms / round.all.ms)
const fastestOne = Math.min(...measured.map((round) => round.one.ms))
const fastestAll = Math.min(...measured.map((round) => round.all.ms))
const medianOne = median(measured.map((round) => round.one.ms))
const medianAll = median(measured.map((round) => round.all.ms))

// The single-pair CLI on a sample of the same pairs, one process per pair, as a script looping
// over files would run it.
const sample = pairs.filter((_, index) => index % Math.ceil(pairs.length / 40) === 0)
const singleStart = performance.now()
for (const pair of sample) run(['check', pair.source, pair.target, '--format', 'json'])
const singleMs = (performance.now() - singleStart) / sample.length

const fixed = (value, digits = 0) => value.toFixed(digits)
const seconds = (ms) => fixed(ms / 1000, 2)
console.log(`## Tree mode (\`npm run bench:tree\`)\n`)
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores available, Node ${process.version}. A generated tree of ${pairs.length} pairs (${fixed(bytes / 2 ** 20, 2)} MB, pages of 1 to 12 fixture pairs, the corpus pair in every 20th), ${findings} findings; each run is a fresh \`clause-align check en ja --format json\` process, ${rounds} rounds of \`--jobs 1\` and \`--jobs ${cores}\` in turn.\n`)
console.log(`| round | \`--jobs 1\` (s) | \`--jobs ${cores}\` (s) | speed-up |`)
console.log('| --- | --- | --- | --- |')
measured.forEach((round, index) => console.log(`| ${index + 1} | ${seconds(round.one.ms)} | ${seconds(round.all.ms)} | ${fixed(ratios[index], 2)}× |`))
console.log(`| median | ${seconds(medianOne)} | ${seconds(medianAll)} | **${fixed(median(ratios), 2)}×** (median of the rounds' ratios) |`)
console.log(`| fastest | ${seconds(fastestOne)} | ${seconds(fastestAll)} | ${fixed(fastestOne / fastestAll, 2)}× |`)
console.log(`\nPer pair: \`--jobs 1\` ${fixed(medianOne / pairs.length, 1)} ms, \`--jobs ${cores}\` ${fixed(medianAll / pairs.length, 1)} ms (medians); the single-pair CLI, one process per pair (${sample.length} sampled pairs): ${fixed(singleMs, 1)} ms, ${fixed(singleMs / (medianOne / pairs.length), 2)}× slower than \`--jobs 1\` per pair.`)
console.log(`\nJSON output byte-identical across all ${outputs.length} runs (both job counts, every round): ${identical ? 'yes' : 'NO'}; text output between job counts: ${text1.stdout === textAll.stdout ? 'yes' : 'NO'}.`)
rmSync(dir, {recursive: true, force: true})
if (!identical || text1.stdout !== textAll.stdout) process.exitCode = 1
