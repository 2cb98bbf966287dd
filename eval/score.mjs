// Scoring: bead F1 against span gold, findings against the defects gold, and injected defects
// against the findings the checker adds.
import {findingSpans, overlaps, overlapsAny} from './spans.mjs'

// ---------------------------------------------------------------- alignment

/**
 * Parser sentences → gold units, by offsets: a sentence maps to every gold unit of its side it
 * shares at least one character with (parser sentence position.start.offset..end.offset against
 * the unit's start..end). A sentence and a unit correspond one-to-one when the sentence maps to
 * that unit alone and no other sentence maps to it; anything else is a segmentation disagreement,
 * counted by `segmentation` below rather than hidden.
 */
export function mapSentences(sentences, units) {
  const map = new Map()
  for (const s of sentences) map.set(s.id, units.flatMap((unit, k) => (overlaps(s.span, unit) ? [k] : [])))
  return map
}

export function segmentation(sentences, units, map) {
  const users = new Map()
  for (const s of sentences) for (const k of map.get(s.id)) users.set(k, (users.get(k) ?? 0) + 1)
  const none = sentences.filter((s) => map.get(s.id).length === 0)
  const several = sentences.filter((s) => map.get(s.id).length > 1)
  const shared = sentences.filter((s) => map.get(s.id).length === 1 && users.get(map.get(s.id)[0]) > 1)
  return {
    sentences: sentences.length,
    units: units.length,
    oneToOne: sentences.length - none.length - several.length - shared.length,
    none: none.map((s) => s.id),
    several: several.map((s) => s.id),
    shared: shared.map((s) => s.id),
    unitsWithoutSentence: units.filter((_, k) => !users.has(k)).length
  }
}

const key = (source, target) => `${[...source].sort((a, b) => a - b).join(',')}>${[...target].sort((a, b) => a - b).join(',')}`

/**
 * Strict bead F1 through the mapping: a predicted bead (sentence ids) becomes the union of its
 * sentences' gold units on each side and equals a gold bead when both unions are exactly the gold
 * bead's unit sets. A predicted bead whose sentences map to no unit on either side is left out
 * (counted as `unmapped`); two predicted beads with the same unit sets can match one gold bead
 * once only (the parser split a gold unit and the aligner kept the halves apart: not a match).
 */
export function beadScore(predicted, maps, goldBeads) {
  const counts = new Map()
  let unmapped = 0
  for (const bead of predicted) {
    const source = new Set(bead.source.flatMap((id) => maps.source.get(id) ?? []))
    const target = new Set(bead.target.flatMap((id) => maps.target.get(id) ?? []))
    if (source.size + target.size === 0) {
      unmapped++
      continue
    }
    const k = key(source, target)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const gold = new Set(goldBeads.map((bead) => key(bead.source, bead.target)))
  const correct = [...gold].filter((k) => counts.get(k) === 1).length
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  const precision = total ? correct / total : 0
  const recall = gold.size ? correct / gold.size : 0
  return {precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, correct, predicted: total, gold: gold.size, unmapped}
}

// ---------------------------------------------------------------- findings

/** Warnings and errors: `fatal` is true for an error, false for a warning, undefined for an info. */
export const reportable = (message) => message.fatal === true || message.fatal === false
export const severityOf = (message) => (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info')

/** A finding reduced to what the eval compares and prints. */
export function describe(message, files) {
  const spans = findingSpans(message)
  const point = message.place?.start ?? message.place
  return {
    ruleId: message.ruleId,
    severity: severityOf(message),
    reason: message.reason,
    where: `${message.side === 'source' ? files.source : files.target}:${point?.line ?? '?'}:${point?.column ?? '?'}`,
    ...spans
  }
}

const sameSpan = (a, b) => (a === undefined && b === undefined) || (a !== undefined && b !== undefined && a.start === b.start && a.end === b.end)

/**
 * Findings of a corrupted copy that the clean run did not have. A clean finding is carried over
 * to the corrupted file by shifting its target span through the edit (`mapSpan`, or `wideSpan`
 * when text was inserted at its edge; the source is not edited, so source spans stay); a corrupted-run finding is old when an unused clean finding
 * has the same rule, the same reason text and the same (shifted) target and source spans. Each
 * clean finding can excuse one finding only. A finding whose reason or place the edit changed
 * (a count in the message, a unit that grew) is new — it does concern the corrupted text.
 */
export function newFindings(clean, corrupted, mapSpan, wideSpan = mapSpan) {
  const pool = clean.map((f) => ({...f, targets: f.target ? [mapSpan(f.target), wideSpan(f.target)] : [undefined], used: false}))
  const samePlace = (c, f) => c.ruleId === f.ruleId && c.targets.some((t) => sameSpan(t, f.target)) && sameSpan(c.source, f.source)
  const fresh = corrupted.filter((f) => {
    const old = pool.find((c) => !c.used && c.reason === f.reason && samePlace(c, f))
    if (old) old.used = true
    return !old
  })
  // New ones that an unused clean finding of the same rule and place explains, with other reason
  // text (a list of missing anchors that grew): still new, but marked so that they can be told
  // apart from findings at places the clean run had nothing.
  return fresh.map((f) => ({...f, reworded: pool.some((c) => !c.used && samePlace(c, f))}))
}

/** A finding is at an injected defect when its target place or its source place (or cause) overlaps the recorded place. */
export const atPlace = (finding, place) => overlapsAny(finding.target, place.target) || overlapsAny(finding.source, place.source)

/** Which entries of the defects gold (or its `acceptable` list) a finding touches. */
export function goldHits(finding, entries) {
  return entries.filter((entry) => overlapsAny(finding.target, entry.target ?? []) || overlapsAny(finding.source, entry.source ?? [])).map((entry) => entry.id)
}

// ---------------------------------------------------------------- aggregation

const share = (part, whole) => (whole ? part / whole : undefined)

/** Per class (and overall): recall, precision, share of injections with ≤2 new findings. */
export function summarize(results) {
  const byClass = new Map()
  const add = (name, r) => {
    const row = byClass.get(name) ?? {injections: 0, found: 0, fresh: 0, reworded: 0, atPlace: 0, atMostTwo: 0, silent: 0, histogram: [0, 0, 0, 0, 0]}
    row.reworded += r.fresh.filter((f) => f.reworded).length
    // New findings per injection: 0, 1, 2, 3–5, 6 or more.
    row.histogram[r.fresh.length <= 2 ? r.fresh.length : r.fresh.length <= 5 ? 3 : 4]++
    row.injections++
    row.found += r.found ? 1 : 0
    row.fresh += r.fresh.length
    row.atPlace += r.fresh.filter((f) => f.atPlace).length
    row.atMostTwo += r.fresh.length <= 2 ? 1 : 0
    row.silent += r.fresh.length === 0 ? 1 : 0
    byClass.set(name, row)
  }
  for (const r of results) {
    add(r.class, r)
    add('all', r)
  }
  const out = {}
  for (const [name, row] of byClass) out[name] = {...row, recall: share(row.found, row.injections), precision: share(row.atPlace, row.fresh), atMostTwoShare: share(row.atMostTwo, row.injections)}
  return out
}

export function perRule(results) {
  const rules = new Map()
  for (const r of results) {
    for (const f of r.fresh) {
      const row = rules.get(f.ruleId) ?? {fresh: 0, atPlace: 0, classes: new Map()}
      row.fresh++
      row.atPlace += f.atPlace ? 1 : 0
      row.classes.set(r.class, (row.classes.get(r.class) ?? 0) + 1)
      rules.set(f.ruleId, row)
    }
  }
  return Object.fromEntries([...rules].sort((a, b) => b[1].fresh - a[1].fresh).map(([rule, row]) => [rule, {fresh: row.fresh, atPlace: row.atPlace, precision: share(row.atPlace, row.fresh), classes: Object.fromEntries(row.classes)}]))
}
