// Defect injection: corrupt the translation with exactly one defect of one class at a random
// place, deterministically for a seed, and record where the defect is (spans in the corrupted
// translation and the source sentences it concerns). Each corrupted copy is parsed again and
// checked for the structural change its class implies (one sentence fewer, one item fewer, …),
// so that an edit that broke the Markdown or did something else is never scored.
import {parse} from '../dist/index.js'
import {classes, injectors} from './classes.mjs'
import {applyEdits, insertedSpans} from './spans.mjs'
import {dedupe, randomIndex, rngFor, shapeOf, unitsOf} from './units.mjs'

export {classes, wrongRenderings} from './classes.mjs'
export {deletion, fold, prepare, rngFor, shapeOf} from './units.mjs'

// ---------------------------------------------------------------- the driver

/** Sentences of a tree either side of an offset: the last ending at or before it, the first starting at or after it. */
function neighbours(tree, offset) {
  const spans = unitsOf(tree).sentences.map((s) => s.span)
  const before = spans.filter((s) => s.end <= offset).at(-1)
  const after = spans.find((s) => s.start >= offset)
  return [before, after].filter(Boolean)
}

/**
 * `n` corrupted copies of the translation, each with one defect of class `name`. Candidates are
 * drawn without replacement (a shuffled order, reshuffled when used up) so that the copies cover
 * the pair before any place repeats; a candidate whose edit fails the shape check is dropped.
 * Returns the copies and, when the class has no usable candidate, why.
 */
export function injectClass(ctx, name, n, rng) {
  const injector = injectors[name]
  const candidates = injector.candidates(ctx)
  if (candidates.length === 0) return {injections: [], skipped: injector.none ?? 'no candidate in this pair'}
  const usable = new Set(candidates.keys())
  const injections = []
  let order = []
  while (injections.length < n && usable.size > 0) {
    if (order.length === 0) order = shuffle([...usable], rng)
    const k = order.shift()
    if (!usable.has(k)) continue
    const made = injector.make(ctx, candidates[k], rng)
    const result = made && corrupt(ctx, name, injector, made)
    if (result) injections.push({...result, index: injections.length})
    else usable.delete(k)
  }
  return {injections, candidates: candidates.length, skipped: injections.length === 0 ? 'no candidate gives a valid edit' : undefined}
}

function shuffle(list, rng) {
  for (let k = list.length - 1; k > 0; k--) {
    const j = randomIndex(rng, k + 1)
    ;[list[k], list[j]] = [list[j], list[k]]
  }
  return list
}

function corrupt(ctx, name, injector, made) {
  const {text, mapSpan, wideSpan} = applyEdits(ctx.target, made.edits)
  const tree = parse(text, {lang: ctx.targetLang})
  const shape = shapeOf(tree)
  const want = {sentences: 0, items: 0, paragraphs: 0, ...injector.expect, ...made.shape}
  const fits = (key) => [want[key]].flat().includes(shape[key] - ctx.shape[key])
  if (!fits('sentences') || !fits('items') || !fits('paragraphs')) return null
  const target = [...(made.place.original ?? []).map(mapSpan)]
  if (made.place.inserted) target.push(...insertedSpans(made.edits).filter((s) => s.end > s.start))
  if (made.place.neighbours) target.push(...neighbours(tree, mapSpan({start: made.edits[0].start, end: made.edits[0].start}).start))
  return {
    class: name,
    description: made.description,
    edits: made.edits.map((edit) => ({...edit, removed: ctx.target.slice(edit.start, edit.end)})),
    place: {target: dedupe(target), source: dedupe(made.place.source ?? [])},
    text,
    tree,
    mapSpan,
    wideSpan
  }
}

/** N injections per class (none for a class without candidates), deterministic for `seed`. */
export function injectAll(ctx, {n = 20, seed = 1, name = 'pair', only = classes} = {}) {
  const injections = []
  const skipped = []
  const candidates = {}
  for (const cls of only) {
    const result = injectClass(ctx, cls, n, rngFor(seed, name, cls))
    injections.push(...result.injections)
    candidates[cls] = result.candidates ?? 0
    if (result.skipped) skipped.push({class: cls, reason: result.skipped})
  }
  return {injections, skipped, candidates}
}
