// npm run eval: alignment quality against hand-made gold and the checker against the defects
// gold and injected defects, on every real pair under corpus/.
//   --n N           corrupted copies per class and pair (default 40)
//   --seed S        seed of the injections (default 20250210)
//   --json FILE     all figures and every injection (class, place, new findings)
//   --examples K    print K failed injections per class and pair, with the text around them
//   --gold DIR      where the gold files are (default test/gold)
//   --pairs a,b     only these pairs; --classes x,y  only these injection classes
//   --no-results    do not rewrite the eval section of bench/RESULTS.md
//   --no-lexicon    align without the bundled lexicon (the CLI's default is with it)
import {writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {discoverCorpora} from './gold.mjs'
import {classes} from './inject.mjs'
import {evaluatePair} from './pair.mjs'
import {examples, toMarkdown, writeResults} from './report.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const {values: args} = parseArgs({
  options: {
    n: {type: 'string', default: '40'},
    seed: {type: 'string', default: '20250210'},
    json: {type: 'string'},
    examples: {type: 'string'},
    gold: {type: 'string', default: path.join(root, 'test', 'gold')},
    pairs: {type: 'string'},
    classes: {type: 'string'},
    'no-results': {type: 'boolean', default: false},
    'no-lexicon': {type: 'boolean', default: false}
  }
})
const n = Number(args.n)
const seed = Number(args.seed)
const only = args.classes ? args.classes.split(',') : classes
const unknown = only.filter((c) => !classes.includes(c))
if (!Number.isInteger(n) || n < 1 || !Number.isFinite(seed) || unknown.length) {
  console.error(`usage: node eval/run.mjs [--n N] [--seed S] [--json FILE] [--examples K] [--gold DIR] [--pairs a,b] [--classes ${classes.join(',')}] [--no-results] [--no-lexicon]`)
  process.exit(2)
}

const started = performance.now()
let pairs = discoverCorpora(root)
if (args.pairs) pairs = pairs.filter((p) => args.pairs.split(',').includes(p.name))
const figures = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`,
  seed,
  n,
  classes: only,
  lexicon: !args['no-lexicon'],
  goldDir: path.relative(root, path.resolve(args.gold)) || '.',
  pairs: []
}
for (const pair of pairs) {
  const t = performance.now()
  figures.pairs.push(await evaluatePair(pair, {goldDir: path.resolve(args.gold), n, seed, only, lexicon: figures.lexicon}))
  console.error(`eval: ${pair.name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`)
}
figures.seconds = (performance.now() - started) / 1000

const markdown = toMarkdown(figures)
console.log(markdown)
if (args.examples) console.log(`\n${examples(figures, Number(args.examples))}`)
if (!args['no-results']) writeResults(path.join(root, 'bench', 'RESULTS.md'), markdown)
if (args.json) writeFileSync(args.json, `${JSON.stringify(figures, null, 1)}\n`)
