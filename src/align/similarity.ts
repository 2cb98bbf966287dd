/**
 * How alike two groups of units are: length fit in log-ratio space against the document pair's
 * own ratio, and the weighted overlap of their anchors and glossary terms (rare keys weigh more).
 */
import type {Evidence, Scorer} from './types.js'
import type {Glossary} from './glossary.js'
import type {Unit} from './units.js'
import {bagCoverage, type BagCoverage} from './lexical.js'

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

/** The numbers a comparison rests on, before any evidence list is written. */
export interface Measure {
  /** Combined similarity, 0–1. */
  similarity: number
  /** Both sides the same non-empty texts: a unit left in the source language. */
  identical: boolean
  length: number
  lexical: number | null
  /** Weight of the anchors and terms both sides share. */
  matched: number
  scorer: number | undefined
  dictionary: BagCoverage | undefined
  sourceKeys: Map<string, number>
  targetKeys: Map<string, number>
}

const noKeys = new Map<string, number>()

/** A unit left in the source language is as sure a counterpart as there is. */
const identicalMeasure: Measure = {
  similarity: 1,
  identical: true,
  length: 1,
  lexical: 1,
  matched: 0,
  scorer: undefined,
  dictionary: undefined,
  sourceKeys: noKeys,
  targetKeys: noKeys
}

function sameTexts(source: readonly Unit[], target: readonly Unit[]): boolean {
  if (source.length !== target.length) return false
  for (let k = 0; k < source.length; k++) if (source[k].text !== target[k].text || source[k].text === '') return false
  return true
}

function anyHeading(units: readonly Unit[]): boolean {
  for (let k = 0; k < units.length; k++) if (units[k].heading) return true
  return false
}

function allWords(units: readonly Unit[]): boolean {
  for (let k = 0; k < units.length; k++) if (!units[k].words) return false
  return true
}

/**
 * The similarity of two groups of units and what it rests on, with no evidence list and no
 * closure made: the dynamic programmes call this for every cell and bead shape, and a call that
 * allocated little kept their garbage (and V8's collections of it) small. `detail` only asks the
 * dictionary coverage to list the uncovered words. The sums run in the order `compare` has
 * always used: they decide between beads, so they must not move by a rounding.
 */
export function measure(source: readonly Unit[], target: readonly Unit[], model: Model, level: keyof typeof sigma, detail: boolean): Measure {
  if (sameTexts(source, target)) return identicalMeasure
  const length = lengthFit(sumLength(source), sumLength(target), model, level)
  const sourceKeys = mergeKeys(source)
  const targetKeys = mergeKeys(target)
  let total = 0
  let matched = 0
  // A title or heading often gains or loses a date or number that the document states elsewhere
  // (`Press Release` ↔ `プレスリリース（2025年3月3日）`): there, a number on one side only is no
  // evidence against the pair; a shared one still counts for it.
  const heading = anyHeading(source) || anyHeading(target)
  for (const [key, count] of sourceKeys) {
    const weight = model.weight(key)
    const other = targetKeys.get(key) ?? 0
    if (!(heading && other === 0 && key.startsWith('num:'))) total += weight * count
    matched += weight * Math.min(count, other)
  }
  for (const [key, count] of targetKeys) {
    const weight = model.weight(key)
    const other = sourceKeys.get(key) ?? 0
    if (!(heading && other === 0 && key.startsWith('num:'))) total += weight * count
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
    scorer === undefined && allWords(source) && allWords(target)
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
  return {similarity, identical: false, length, lexical, matched, scorer, dictionary, sourceKeys, targetKeys}
}

/** Similarity only, for the dynamic programmes. */
export function similarity(source: readonly Unit[], target: readonly Unit[], model: Model, level: keyof typeof sigma): number {
  return measure(source, target, model, level, false).similarity
}

/** What a comparison rests on, as `Evidence.basis` says it. */
export function basisOf(measured: Measure): Evidence['basis'] {
  if (measured.identical) return 'lexical'
  const {scorer, matched, dictionary, length} = measured
  return scorer !== undefined || matched > 0 || (dictionary !== undefined && dictionary.score >= coveredEnough) ? 'lexical' : length > 0.5 ? 'length' : 'position'
}

/** A key as evidence lists show it: a glossary term by its English headword. */
function keyName(key: string, model: Model): string {
  return key.startsWith('term:') ? model.glossary[Number(key.slice(5))]?.en[0] ?? key : key
}

/** Compare two groups of units: the similarity and the evidence, every list written. */
export function compare(source: readonly Unit[], target: readonly Unit[], model: Model, level: keyof typeof sigma): Comparison {
  const measured = measure(source, target, model, level, true)
  if (measured.identical) {
    return {similarity: 1, evidence: {length: 1, lexical: 1, anchors: [], terms: [], sourceOnly: [], targetOnly: [], basis: 'lexical'}}
  }
  const {sourceKeys, targetKeys, length, lexical, scorer, dictionary} = measured
  const anchors: string[] = []
  const terms: string[] = []
  const sourceOnly: string[] = []
  const targetOnly: string[] = []
  for (const key of sourceKeys.keys()) {
    if ((targetKeys.get(key) ?? 0) > 0) (key.startsWith('term:') ? terms : anchors).push(keyName(key, model))
    else sourceOnly.push(keyName(key, model))
  }
  for (const key of targetKeys.keys()) if ((sourceKeys.get(key) ?? 0) === 0) targetOnly.push(keyName(key, model))
  return {
    similarity: measured.similarity,
    evidence: {
      length: round(length),
      lexical: lexical === null ? null : round(lexical),
      anchors,
      terms,
      sourceOnly,
      targetOnly,
      ...(scorer === undefined ? {} : {scorer}),
      ...(dictionary === undefined ? {} : {coverage: round(dictionary.score), uncovered: {source: dictionary.uncoveredSource, target: dictionary.uncoveredTarget}}),
      basis: basisOf(measured)
    }
  }
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** The evidence of a unit left unaligned. */
export function noEvidence(units: readonly Unit[], model: Model, side: 'source' | 'target'): Evidence {
  const keys = [...mergeKeys(units).keys()].map((key) => keyName(key, model))
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
