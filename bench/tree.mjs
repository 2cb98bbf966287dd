// npm run bench:tree: tree mode on a generated documentation tree of BENCH_PAIRS pairs (default
// 520) of varied sizes, built from the test fixtures' pairs and the corpus pair: wall time with
// 1 worker and with every core, in the same run, each in a fresh process; whether the outputs are
// byte-identical; and the per-pair cost against running the single-pair CLI once per pair.
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

const one = run(['check', 'en', 'ja', '--format', 'json', '--jobs', '1'])
const all = run(['check', 'en', 'ja', '--format', 'json', '--jobs', String(cores)])
const again = run(['check', 'en', 'ja', '--format', 'json', '--jobs', String(cores)])
const text1 = run(['check', 'en', 'ja', '--jobs', '1'])
const textAll = run(['check', 'en', 'ja', '--jobs', String(cores)])
const pairs = JSON.parse(one.stdout).pairs
const findings = pairs.reduce((sum, pair) => sum + pair.findings.length, 0)

// The single-pair CLI on a sample of the same pairs, one process per pair, as a script looping
// over files would run it.
const sample = pairs.filter((_, index) => index % Math.ceil(pairs.length / 40) === 0)
const singleStart = performance.now()
for (const pair of sample) run(['check', pair.source, pair.target, '--format', 'json'])
const singleMs = (performance.now() - singleStart) / sample.length

const fixed = (value, digits = 0) => value.toFixed(digits)
console.log(`## Tree mode (\`npm run bench:tree\`)\n`)
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores available, Node ${process.version}. A generated tree of ${pairs.length} pairs (${fixed(bytes / 2 ** 20, 2)} MB, pages of 1 to 12 fixture pairs, the corpus pair in every 20th), ${findings} findings; each run is a fresh \`clause-align check en ja --format json\` process.\n`)
console.log('| run | wall time (s) | per pair (ms) | speed-up |')
console.log('| --- | --- | --- | --- |')
console.log(`| \`--jobs 1\` | ${fixed(one.ms / 1000, 2)} | ${fixed(one.ms / pairs.length, 1)} | 1.00× |`)
console.log(`| \`--jobs ${cores}\` | ${fixed(all.ms / 1000, 2)} | ${fixed(all.ms / pairs.length, 1)} | ${fixed(one.ms / all.ms, 2)}× |`)
console.log(`| single-pair CLI, one process per pair (${sample.length} sampled pairs) | — | ${fixed(singleMs, 1)} | ${fixed(singleMs / (one.ms / pairs.length), 2)}× slower than \`--jobs 1\` per pair |`)
console.log(`\nJSON output byte-identical between \`--jobs 1\` and \`--jobs ${cores}\`: ${one.stdout === all.stdout ? 'yes' : 'NO'}; between two runs: ${all.stdout === again.stdout ? 'yes' : 'NO'}; text output between job counts: ${text1.stdout === textAll.stdout ? 'yes' : 'NO'}.`)
rmSync(dir, {recursive: true, force: true})
if (one.stdout !== all.stdout || all.stdout !== again.stdout || text1.stdout !== textAll.stdout) process.exitCode = 1
