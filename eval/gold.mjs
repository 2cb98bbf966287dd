// Corpora and their gold, found on the file system: every corpus/<name>/ with en.md and ja.md is
// a real pair; gold lives in <goldDir>/<name>.alignment.json and <name>.defects.json (span form).
// Only the public API is used, so that moves inside src/ do not matter here.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {getNode, parseGlossary, sentencesOf} from '../dist/index.js'
import {spanOf} from './spans.mjs'

export function discoverCorpora(root) {
  const dir = path.join(root, 'corpus')
  if (!existsSync(dir)) return []
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name))
    .filter((folder) => existsSync(path.join(folder, 'en.md')) && existsSync(path.join(folder, 'ja.md')))
    .sort()
    .map((folder) => {
      const glossaryPath = path.join(folder, 'glossary.tsv')
      const hasGlossary = existsSync(glossaryPath)
      return {
        name: path.basename(folder),
        en: readFileSync(path.join(folder, 'en.md'), 'utf8'),
        ja: readFileSync(path.join(folder, 'ja.md'), 'utf8'),
        glossary: hasGlossary ? parseGlossary(readFileSync(glossaryPath, 'utf8'), glossaryPath) : undefined
      }
    })
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))

/** Spans whose `text` is not the file's slice: reported, since offsets are what everything uses. */
function badSpans(spans, file) {
  return spans.filter((span) => span.text !== undefined && file.slice(span.start, span.end) !== span.text)
}

/**
 * The alignment gold as beads of spans, `{source: Span[], target: Span[]}`. The span file wins;
 * the older id form (`<name>.json`, ids of parse()) is turned into spans of the parser's
 * sentences, so that it scores through the same path (it can show no segmentation disagreement,
 * since its units are the parser's sentences).
 */
export function loadAlignmentGold(goldDir, pair, trees) {
  const spanFile = path.join(goldDir, `${pair.name}.alignment.json`)
  if (existsSync(spanFile)) {
    const gold = readJson(spanFile)
    const beads = gold.beads.map((bead) => ({source: bead.source ?? [], target: bead.target ?? []}))
    const bad = [...badSpans(beads.flatMap((b) => b.source), pair.en), ...badSpans(beads.flatMap((b) => b.target), pair.ja)]
    return {file: path.relative(process.cwd(), spanFile), form: 'span form', beads, badSpans: bad.length}
  }
  const idFile = path.join(goldDir, `${pair.name}.json`)
  if (existsSync(idFile)) {
    const gold = readJson(idFile)
    if (!Array.isArray(gold.beads) || !gold.beads.every((b) => Array.isArray(b.source) && b.source.every((id) => typeof id === 'string'))) return undefined
    const toSpans = (ids, tree, file) => ids.map((id) => {
      const span = spanOf(getNode(tree, id))
      return {...span, text: file.slice(span.start, span.end)}
    })
    const beads = gold.beads.map((bead) => ({source: toSpans(bead.source, trees.source, pair.en), target: toSpans(bead.target, trees.target, pair.ja)}))
    return {file: path.relative(process.cwd(), idFile), form: 'id form, read as the parser sentences\' spans: no segmentation disagreement possible', beads, badSpans: 0}
  }
  return undefined
}

export function loadDefectsGold(goldDir, pair) {
  const file = path.join(goldDir, `${pair.name}.defects.json`)
  if (!existsSync(file)) return undefined
  const gold = readJson(file)
  return {file: path.relative(process.cwd(), file), defects: gold.defects ?? [], acceptable: gold.acceptable ?? []}
}

/**
 * Gold units per side: the distinct spans of the gold beads, in file order, and each gold bead as
 * the sets of unit indices it holds.
 */
export function goldUnits(beads) {
  const side = (name) => {
    const byKey = new Map()
    for (const bead of beads) for (const span of bead[name]) byKey.set(`${span.start}:${span.end}`, span)
    const units = [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end)
    const index = new Map(units.map((span, k) => [`${span.start}:${span.end}`, k]))
    return {units, index}
  }
  const source = side('source')
  const target = side('target')
  const sets = beads.map((bead) => ({
    source: bead.source.map((s) => source.index.get(`${s.start}:${s.end}`)).sort((a, b) => a - b),
    target: bead.target.map((s) => target.index.get(`${s.start}:${s.end}`)).sort((a, b) => a - b)
  }))
  return {source: source.units, target: target.units, beads: sets}
}

/**
 * The span gold as beads of the parser's sentence ids (`{source: ['p3.s1'], target: [...]}`),
 * for `evaluateBeads` and the benchmarks: each gold span names the parser sentence it overlaps.
 * Only meaningful where the parser's segmentation agrees with the gold's (the eval reports
 * where it does not); a span no sentence overlaps is dropped.
 */
export function goldBeadIds(beads, trees) {
  const sentences = {source: sentencesOf(trees.source).map((s) => ({id: s.data.id, span: spanOf(s)})), target: sentencesOf(trees.target).map((s) => ({id: s.data.id, span: spanOf(s)}))}
  const ids = (spans, side) => [...new Set(spans.flatMap((span) => sentences[side].filter((s) => s.span.start < span.end && span.start < s.span.end).map((s) => s.id)))]
  return beads.map((bead) => ({source: ids(bead.source, 'source'), target: ids(bead.target, 'target')}))
}
