/**
 * How alike two groups of units are: length fit in log-ratio space against the document pair's
 * own ratio, and the weighted overlap of their anchors and glossary terms (rare keys weigh more).
 */
import type {Evidence, Scorer} from './types.js'
import type {Glossary} from './glossary.js'
import type {Unit} from './units.js'
import {bagCoverage} from './lexical.js'

export interface Model {
  /** Expected target/source ratio of content characters. */
  ratio: number
  /** Weight of an anchor or term key (inverse document frequency). */
  weight: (key: string) => number
  glossary: Glossary
  scorer?: Scorer | undefined
}

/** Spread of the log length ratio (one standard deviation) at each level. */
const sigma = {paragraph: 0.3, sentence: 0.4, clause: 0.6}
/** Characters added to both lengths: short units say little about their ratio. */
const smoothing = {paragraph: 20, sentence: 12, clause: 8}
/** Weight of key evidence at which the lexical score counts fully. */
const fullEvidence = 3
/** Weight of dictionary words (rarity-weighted) at which their coverage counts fully. */
const fullDictionary = 30
/** How much of the similarity lexical evidence decides when it counts fully; length the rest. */
const lexicalShare = 0.5
/** Coverage at which a pair's words say it corresponds (`basis: 'lexical'`). */
const coveredEnough = 0.35

/**
 * Raw coverage to a similarity: unrelated sentences of one document still share a few common
 * words (about 0.2 on the bundled pair), translations rarely cover every word (0.5–0.9).
 */
function calibrated(coverage: number): number {
  return Math.max(0, Math.min(1, (coverage - 0.15) / 0.5))
}

export interface Comparison {
  /** Combined similarity, 0–1. */
  similarity: number
  evidence: Evidence
}

function sumLength(units: readonly Unit[]): number {
  let total = 0
  for (const unit of units) total += unit.length
  return total
}

function mergeKeys(units: readonly Unit[]): Map<string, number> {
  if (units.length === 1) return units[0].keys
  const merged = new Map<string, number>()
  for (const unit of units) for (const [key, count] of unit.keys) merged.set(key, (merged.get(key) ?? 0) + count)
  return merged
}

export function lengthFit(sourceLength: number, targetLength: number, model: Model, level: keyof typeof sigma): number {
  const k = smoothing[level]
  const d = Math.log((targetLength + k * model.ratio) / (model.ratio * (sourceLength + k))) / sigma[level]
  return Math.exp(-(d * d) / 2)
}

/**
 * Compare two groups of units. Without `detail` (inside the dynamic programme) only the
 * similarity is computed and the evidence lists stay empty.
 */
export function compare(
  source: readonly Unit[],
  target: readonly Unit[],
  model: Model,
  level: keyof typeof sigma,
  detail = true
): Comparison {
  // A unit left in the source language is as sure a counterpart as there is.
  if (source.length === target.length && source.every((unit, k) => unit.text === target[k].text && unit.text !== '')) {
    return {similarity: 1, evidence: {length: 1, lexical: 1, anchors: [], terms: [], sourceOnly: [], targetOnly: [], basis: 'lexical'}}
  }
  const length = lengthFit(sumLength(source), sumLength(target), model, level)
  const sourceKeys = mergeKeys(source)
  const targetKeys = mergeKeys(target)
  let total = 0
  let matched = 0
  const anchors: string[] = []
  const terms: string[] = []
  const sourceOnly: string[] = []
  const targetOnly: string[] = []
  const keyName = (key: string) => (key.startsWith('term:') ? model.glossary[Number(key.slice(5))]?.en[0] ?? key : key)
  // A title or heading often gains or loses a date or number that the document states elsewhere
  // (`Press Release` ↔ `プレスリリース（2025年3月3日）`): there, a number on one side only is no
  // evidence against the pair; a shared one still counts for it.
  const heading = source.some((unit) => unit.heading) || target.some((unit) => unit.heading)
  const neutral = (key: string, other: number) => heading && other === 0 && key.startsWith('num:')
  for (const [key, count] of sourceKeys) {
    const weight = model.weight(key)
    const other = targetKeys.get(key) ?? 0
    if (!neutral(key, other)) total += weight * count
    matched += weight * Math.min(count, other)
    if (!detail) continue
    if (other > 0) (key.startsWith('term:') ? terms : anchors).push(keyName(key))
    else sourceOnly.push(keyName(key))
  }
  for (const [key, count] of targetKeys) {
    const weight = model.weight(key)
    const other = sourceKeys.get(key) ?? 0
    if (!neutral(key, other)) total += weight * count
    if (detail && other === 0) targetOnly.push(keyName(key))
  }
  let lexical: number | null = total > 0 ? (2 * matched) / total : null
  let scorer: number | undefined
  if (model.scorer) {
    scorer = model.scorer(source.map((unit) => unit.text), target.map((unit) => unit.text), level)
    if (scorer !== undefined) {
      if (!(scorer >= 0 && scorer <= 1)) throw new RangeError(`scorer returned ${scorer}, expected a number from 0 to 1`)
      lexical = scorer
    }
  }
  // Dictionary evidence, with a lexicon: the share of content words that have a counterpart.
  const dictionary =
    scorer === undefined && source.every((unit) => unit.words) && target.every((unit) => unit.words)
      ? bagCoverage(source.map((unit) => unit.words!), target.map((unit) => unit.words!), detail)
      : undefined
  const anchorConfidence = lexical === null ? 0 : Math.min(1, total / fullEvidence)
  const dictionaryConfidence = dictionary ? Math.min(1, dictionary.weight / fullDictionary) : 0
  const evidenceWeight = anchorConfidence + dictionaryConfidence
  const combined =
    scorer !== undefined
      ? scorer
      : evidenceWeight > 0
        ? ((lexical ?? 0) * anchorConfidence + calibrated(dictionary?.score ?? 0) * dictionaryConfidence) / evidenceWeight
        : 0
  const confidence = scorer !== undefined ? 1 : Math.min(1, evidenceWeight)
  const similarity = length * (1 - lexicalShare * confidence) + combined * lexicalShare * confidence
  const basis: Evidence['basis'] =
    scorer !== undefined || matched > 0 || (dictionary !== undefined && dictionary.score >= coveredEnough) ? 'lexical' : length > 0.5 ? 'length' : 'position'
  return {
    similarity,
    evidence: {
      length: round(length),
      lexical: lexical === null ? null : round(lexical),
      anchors,
      terms,
      sourceOnly,
      targetOnly,
      ...(scorer === undefined ? {} : {scorer}),
      ...(dictionary === undefined ? {} : {coverage: round(dictionary.score), ...(detail ? {uncovered: {source: dictionary.uncoveredSource, target: dictionary.uncoveredTarget}} : {})}),
      basis
    }
  }
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** The evidence of a unit left unaligned. */
export function noEvidence(units: readonly Unit[], model: Model, side: 'source' | 'target'): Evidence {
  const keys = [...mergeKeys(units).keys()].map((key) =>
    key.startsWith('term:') ? model.glossary[Number(key.slice(5))]?.en[0] ?? key : key
  )
  return {
    length: 0,
    lexical: null,
    anchors: [],
    terms: [],
    sourceOnly: side === 'source' ? keys : [],
    targetOnly: side === 'target' ? keys : [],
    basis: 'none'
  }
}
