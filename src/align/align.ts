/**
 * `align(source, target)`: paragraph links, then sentence beads inside each paragraph pair,
 * then clause links inside each bead. No translation model is involved: the evidence is the
 * documents' own structure (numbering, headings, lists), lengths against the pair's own ratio,
 * anchors and glossary terms.
 */
import type {Alignment, ParagraphLink, Scorer, SentenceBead} from './types.js'
import type {ParagraphNode, RootNode} from '../tree/types.js'
import {ClauseAlignError} from '../tree/errors.js'
import {latinVocabulary} from '../tree/anchors.js'
import {termMatcher, type Glossary} from './glossary.js'
import {alignUnits, type Bead} from './beads.js'
import {linkClauses} from './clause-links.js'
import {compare, noEvidence, round, type Model} from './similarity.js'
import {sentenceUnits, unitOf, type Unit, type UnitContext} from './units.js'
import {paragraphPenalty, structurePenalty} from './penalties.js'
import {lexicalModel, wordBag, type LexicalModel} from './lexical.js'
import {sentencesOf, textOf} from '../tree/accessors.js'
import type {Lexicon} from '../lexicon/index.js'
import {validateAlignInput} from './validate-input.js'

export interface AlignOptions {
  /** Bilingual term list (see `parseGlossary`). */
  glossary?: Glossary | null | undefined
  /** A similarity to use instead of the built-in anchor and term overlap. */
  scorer?: Scorer | null | undefined
  /** Fixed target/source length ratio instead of the one estimated from the pair. */
  ratio?: number | null | undefined
  /** Half-width of the band the dynamic programmes search around the diagonal (default 24). */
  band?: number | null | undefined
  /**
   * A bilingual dictionary (`defaultLexicon()` for the bundled EDICT index, or `loadLexicon`):
   * content words with a counterpart on the other side join lengths and anchors as evidence.
   */
  lexicon?: Lexicon | null | undefined
  sourcePath?: string | null | undefined
  targetPath?: string | null | undefined
}

const emptyOptions: AlignOptions = {}

function assertTree(tree: unknown, side: string): asserts tree is RootNode {
  if (!tree || typeof tree !== 'object' || (tree as RootNode).type !== 'RootNode' || !Array.isArray((tree as RootNode).children)) {
    throw new ClauseAlignError('invalid-input', `align: the ${side} must be a clause tree from \`parse\``)
  }
}

export function align(source: RootNode, target: RootNode, options?: AlignOptions | null | undefined): Alignment {
  assertTree(source, 'source')
  assertTree(target, 'target')
  const settings = options || emptyOptions
  validateAlignInput(source, target, settings)
  const glossary = settings.glossary ?? []
  const band = settings.band ?? 24
  if (!Number.isInteger(band) || band < 1) throw new ClauseAlignError('invalid-option', `align: band must be a positive whole number, got ${band}`)
  if (settings.ratio != null && !(settings.ratio > 0)) throw new ClauseAlignError('invalid-option', `align: ratio must be a positive number, got ${settings.ratio}`)

  const lexical = settings.lexicon && source.lang !== target.lang ? pairModel(settings.lexicon, source, target) : undefined
  const sourceContext: UnitContext = {lang: source.lang, vocabulary: latinVocabulary(target), terms: termMatcher(glossary, source.lang), lexical}
  const targetContext: UnitContext = {lang: target.lang, vocabulary: latinVocabulary(source), terms: termMatcher(glossary, target.lang), lexical}
  const sourceSentences = source.children.map((paragraph) => sentenceUnits(paragraph, sourceContext))
  const targetSentences = target.children.map((paragraph) => sentenceUnits(paragraph, targetContext))
  const sourceParagraphs = source.children.map((paragraph, index) => paragraphUnit(paragraph, sourceSentences[index]))
  const targetParagraphs = target.children.map((paragraph, index) => paragraphUnit(paragraph, targetSentences[index]))

  const weight = keyWeights([...sourceSentences.flat(), ...targetSentences.flat()])
  const anchored = labelPairs(source.children, target.children)
  const model: Model = {
    ratio: settings.ratio ?? estimateRatio(sourceParagraphs, targetParagraphs, anchored, source.lang, target.lang),
    weight,
    glossary,
    scorer: settings.scorer ?? undefined
  }

  const paragraphs = alignParagraphs(source.children, target.children, sourceParagraphs, targetParagraphs, anchored, model, band)
  const sourceIndex = new Map(source.children.map((paragraph, index) => [paragraph.data.id, index]))
  const targetIndex = new Map(target.children.map((paragraph, index) => [paragraph.data.id, index]))
  const sentencePairs = paragraphs.map((paragraphLink) => ({
    source: paragraphLink.source.flatMap((id) => sourceSentences[sourceIndex.get(id)!]),
    target: paragraphLink.target.flatMap((id) => targetSentences[targetIndex.get(id)!]),
    // Table rows with as many cells on each side pair cell by cell: columns are the evidence.
    cells: paragraphLink.source.length === 1 && paragraphLink.target.length === 1 && isTableRow(source.children[sourceIndex.get(paragraphLink.source[0])!]) && isTableRow(target.children[targetIndex.get(paragraphLink.target[0])!]),
    // A link that merges paragraphs on one side lets that side's sentences merge across them.
    merged: {source: paragraphLink.source.length > 1 && paragraphLink.target.length === 1, target: paragraphLink.target.length > 1 && paragraphLink.source.length === 1}
  }))
  const alignSentences = () =>
    sentencePairs.map(({source: sourceUnits, target: targetUnits, merged, cells}) =>
      cells && sourceUnits.length === targetUnits.length
        ? sourceUnits.map((unit, k) => singleBead(unit, targetUnits[k]!, model))
        : sourceUnits.length === 1 && targetUnits.length === 1
        ? // Linked paragraphs of one sentence each: the paragraph link already says they correspond.
          [singleBead(sourceUnits[0], targetUnits[0], model)]
        : sourceUnits.length > 0 && targetUnits.length > 0
          ? alignUnits(sourceUnits, targetUnits, model, {level: 'sentence', penalty: structurePenalty(merged, sourceUnits.length === targetUnits.length), band})
          : unalignedBeads(sourceUnits, targetUnits, model)
    )
  let sentenceBeads = alignSentences()
  if (settings.ratio == null) {
    // The first estimate counts omitted and added text too; the 1-1 beads of a first pass give
    // a cleaner one. Align again if it moved.
    const refined = refineRatio(sentenceBeads.flat())
    if (refined !== undefined && Math.abs(Math.log(refined / model.ratio)) > 0.05) {
      model.ratio = refined
      sentenceBeads = alignSentences()
    }
  }

  const beads: SentenceBead[] = []
  sentenceBeads.forEach((group, linkIndex) => {
    for (const bead of group) {
      beads.push({
        source: bead.source.map((unit) => unit.id),
        target: bead.target.map((unit) => unit.id),
        type: bead.type,
        score: bead.score,
        evidence: bead.evidence,
        paragraphLink: linkIndex,
        clauses: linkClauses(clauseUnits(bead.source, sourceContext), clauseUnits(bead.target, targetContext), model)
      })
    }
  })

  return {
    type: 'Alignment',
    version: 1,
    source,
    target,
    ...(settings.sourcePath ? {sourcePath: settings.sourcePath} : {}),
    ...(settings.targetPath ? {targetPath: settings.targetPath} : {}),
    ratio: round(model.ratio),
    paragraphs,
    beads
  }
}

/** A paragraph as one unit: its sentences' content and keys together. */
/** The lexical model of this pair, from the texts of both trees' sentences. */
function pairModel(lexicon: Lexicon, source: RootNode, target: RootNode): LexicalModel {
  const texts = {en: [] as string[], ja: [] as string[]}
  for (const tree of [source, target]) for (const sentence of sentencesOf(tree)) texts[tree.lang].push(textOf(sentence))
  return lexicalModel(lexicon, texts)
}

function paragraphUnit(paragraph: ParagraphNode, sentences: readonly Unit[]): Unit {
  const keys = new Map<string, number>()
  let length = 0
  for (const sentence of sentences) {
    length += sentence.length
    for (const [key, count] of sentence.keys) keys.set(key, (keys.get(key) ?? 0) + count)
  }
  const lexical = sentences.length > 0 && sentences.every((sentence) => sentence.words)
  return {
    words: lexical ? wordBag(sentences.flatMap((sentence) => sentence.words!.words)) : undefined,
    id: paragraph.data.id,
    text: sentences.map((sentence) => sentence.text).join(' '),
    length,
    keys,
    container: paragraph.data.id,
    inList: paragraph.kind === 'item' || paragraph.kind === 'list',
    heading: paragraph.kind === 'heading'
  }
}

/** Rare anchors and terms weigh more: inverse document frequency over all sentences. */
function keyWeights(units: readonly Unit[]): (key: string) => number {
  const frequency = new Map<string, number>()
  for (const unit of units) for (const key of unit.keys.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1)
  const total = Math.max(1, units.length)
  // Each weight once (the programmes ask at every comparison); a key only a clause has counts once.
  const weights = new Map([...frequency].map(([key, count]) => [key, Math.log(1 + total / count)]))
  const once = Math.log(1 + total / 1)
  return (key) => weights.get(key) ?? once
}

/**
 * Numbered paragraphs with the same label on both sides, as monotone pairs of indices (the
 * longest run in order, should the numbering have been shuffled). Labels used twice on a side
 * pair nothing.
 */
function labelPairs(source: readonly ParagraphNode[], target: readonly ParagraphNode[]): Array<[number, number]> {
  const unique = (paragraphs: readonly ParagraphNode[]) => {
    const seen = new Map<string, number>()
    const twice = new Set<string>()
    paragraphs.forEach((paragraph, index) => {
      if (paragraph.kind !== 'item' || paragraph.label === undefined) return
      if (seen.has(paragraph.label)) twice.add(paragraph.label)
      seen.set(paragraph.label, index)
    })
    for (const label of twice) seen.delete(label)
    return seen
  }
  const sourceLabels = unique(source)
  const targetLabels = unique(target)
  // Numbers identify content only when both sides number the same things: a translation that
  // drops an item and renumbers the rest pairs every later item with the wrong one.
  if (sourceLabels.size !== targetLabels.size || [...sourceLabels.keys()].some((label) => !targetLabels.has(label))) return []
  const candidates: Array<[number, number]> = []
  for (const [label, index] of sourceLabels) {
    const other = targetLabels.get(label)
    if (other !== undefined) candidates.push([index, other])
  }
  candidates.sort((a, b) => a[0] - b[0])
  return longestIncreasing(candidates)
}

function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  // Patience sorting on the target index: O(n log n).
  const tails: number[] = []
  const previous: number[] = new Array(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (pairs[tails[middle]][1] < pairs[k][1]) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[k] = tails[low - 1]
    tails[low] = k
  }
  const result: Array<[number, number]> = []
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) result.push(pairs[k])
  return result.reverse()
}

/** Typical target/source ratios of content characters: the starting point before evidence. */
function priorRatio(sourceLang: string, targetLang: string): number {
  if (sourceLang === targetLang) return 1
  return sourceLang === 'en' ? 0.5 : 2
}

/**
 * Target/source ratio of content: the median over numbered pairs when there are three or more,
 * else the documents' totals, drawn toward the language pair's typical ratio when the documents
 * are short (a few sentences say little, and an omission would skew them).
 */
function estimateRatio(
  source: readonly Unit[],
  target: readonly Unit[],
  anchored: Array<[number, number]>,
  sourceLang: string,
  targetLang: string
): number {
  const ratios = anchored
    .filter(([i, j]) => source[i].length > 0 && target[j].length > 0)
    .map(([i, j]) => target[j].length / source[i].length)
    .sort((a, b) => a - b)
  if (ratios.length >= 3) return ratios[Math.floor(ratios.length / 2)]
  const prior = priorRatio(sourceLang, targetLang)
  const sourceTotal = source.reduce((sum, unit) => sum + unit.length, 0)
  const targetTotal = target.reduce((sum, unit) => sum + unit.length, 0)
  if (sourceTotal === 0 || targetTotal === 0) return prior
  const evidence = Math.min(sourceTotal, targetTotal / prior) / 2000
  const weight = evidence / (evidence + 1)
  const measured = Math.min(20, Math.max(0.05, targetTotal / sourceTotal))
  return Math.exp(weight * Math.log(measured) + (1 - weight) * Math.log(prior))
}

/** Median ratio over the 1-1 beads of a first pass, when there are at least five. */
function refineRatio(beads: readonly Bead[]): number | undefined {
  const ratios = beads
    .filter((bead) => bead.type === '1-1' && bead.source[0].length > 0 && bead.target[0].length > 0)
    .map((bead) => bead.target[0].length / bead.source[0].length)
    .sort((a, b) => a - b)
  if (ratios.length < 5) return undefined
  return ratios[Math.floor(ratios.length / 2)]
}


function alignParagraphs(
  source: readonly ParagraphNode[],
  target: readonly ParagraphNode[],
  sourceUnits: readonly Unit[],
  targetUnits: readonly Unit[],
  anchored: Array<[number, number]>,
  model: Model,
  band: number
): ParagraphLink[] {
  const links: ParagraphLink[] = []
  const penalty = paragraphPenalty(source, target)
  const gap = (sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number) => {
    const beads = alignUnits(sourceUnits.slice(sourceStart, sourceEnd), targetUnits.slice(targetStart, targetEnd), model, {level: 'paragraph', penalty, band})
    for (const bead of beads) links.push(toParagraphLink(bead, 'dp'))
  }
  let sourceAt = 0
  let targetAt = 0
  for (const [i, j] of anchored) {
    gap(sourceAt, i, targetAt, j)
    const {similarity, evidence} = compare([sourceUnits[i]], [targetUnits[j]], model, 'paragraph')
    links.push({source: [sourceUnits[i].id], target: [targetUnits[j].id], type: '1-1', score: round(similarity), evidence: {...evidence, basis: 'label'}, method: 'label'})
    sourceAt = i + 1
    targetAt = j + 1
  }
  gap(sourceAt, source.length, targetAt, target.length)
  return links
}

function toParagraphLink(bead: Bead, method: ParagraphLink['method']): ParagraphLink {
  return {source: bead.source.map((unit) => unit.id), target: bead.target.map((unit) => unit.id), type: bead.type, score: bead.score, evidence: bead.evidence, method}
}

function isTableRow(paragraph: ParagraphNode | undefined): boolean {
  return paragraph?.kind === 'table-row'
}

function singleBead(source: Unit, target: Unit, model: Model): Bead {
  const {similarity, evidence} = compare([source], [target], model, 'sentence')
  return {source: [source], target: [target], type: '1-1', score: round(similarity), evidence}
}

/** Sentences of a paragraph link with nothing on the other side: one bead each. */
function unalignedBeads(source: readonly Unit[], target: readonly Unit[], model: Model): Bead[] {
  return [
    ...source.map((unit): Bead => ({source: [unit], target: [], type: '1-0', score: 1, evidence: noEvidence([unit], model, 'source')})),
    ...target.map((unit): Bead => ({source: [], target: [unit], type: '0-1', score: 1, evidence: noEvidence([unit], model, 'target')}))
  ]
}

/** Clause units of a bead's side, sentence by sentence. */
const clauseUnits = (units: readonly Unit[], context: UnitContext): Unit[] => units.flatMap((unit) => clausesUnder(unit, context))

/** Clause units of one sentence unit. */
function clausesUnder(sentence: Unit, context: UnitContext): Unit[] {
  const node = sentence.node
  if (!node || node.type !== 'SentenceNode') return []
  return node.children
    .filter((child) => child.type === 'ClauseNode')
    .map((clause) => unitOf(clause, sentence, context))
}
