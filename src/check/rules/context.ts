/** What every QA rule reads: the alignment, id indexes of both trees, the glossary. */
import type {Alignment, SentenceBead} from '../../align/types.js'
import type {ClauseTreeNode, LabelNode} from '../../tree/types.js'
import type {Finding} from '../findings.js'
import {termMatcher, type Glossary, type TermMatcher} from '../../align/glossary.js'
import {clausesOf, indexTree, parentId, textOf} from '../../tree/accessors.js'
import {numbersIn} from '../../tree/numbers.js'
import {coverage, type Lexicon} from '../../lexicon/index.js'
import {contentLength} from '../../align/units.js'

export interface RuleContext {
  alignment: Alignment
  source: Map<string, ClauseTreeNode>
  target: Map<string, ClauseTreeNode>
  glossary: Glossary
  sourceTerms: TermMatcher
  targetTerms: TermMatcher
  /** Linked sentence beads (both sides non-empty) with their units and texts. */
  linked: LinkedPair[]
  /** Position of each bead in `alignment.beads`. */
  beadIndex: Map<SentenceBead, number>
  /** A bilingual dictionary, when the caller gave one. */
  lexicon: Lexicon | undefined
  /** Number values (normalised) each document states, anywhere and in its headings. */
  numbers: Record<'source' | 'target', DocumentNumbers>
}

export interface DocumentNumbers {
  anywhere: Set<string>
  inHeadings: Set<string>
}

/** Numbers a document states anywhere and in its headings (titles carry dates moved from the body). */
function documentNumbers(tree: Alignment['source']): DocumentNumbers {
  const result: DocumentNumbers = {anywhere: new Set(), inHeadings: new Set()}
  for (const paragraph of tree.children) {
    for (const mention of numbersIn(textOf(paragraph))) {
      if (mention.weak) continue
      result.anywhere.add(mention.value)
      if (paragraph.kind === 'heading') result.inHeadings.add(mention.value)
    }
  }
  return result
}

/** Is the unit with this id inside a heading? */
export function inHeading(index: Map<string, ClauseTreeNode>, id: string): boolean {
  const paragraph = index.get(id.split('.')[0] ?? id)
  return paragraph?.type === 'ParagraphNode' && paragraph.kind === 'heading'
}

/** A sentence bead with both sides, its units and their plain texts, as most rules read it. */
export interface LinkedPair {
  bead: SentenceBead
  sourceNodes: ClauseTreeNode[]
  targetNodes: ClauseTreeNode[]
  sourceText: string
  targetText: string
}

export type Rule = (context: RuleContext) => Finding[]

export function ruleContext(alignment: Alignment, glossary: Glossary, lexicon?: Lexicon | undefined): RuleContext {
  const source = indexTree(alignment.source)
  const target = indexTree(alignment.target)
  const linked: LinkedPair[] = []
  for (const bead of alignment.beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue
    const sourceNodes = nodes(source, bead.source)
    const targetNodes = nodes(target, bead.target)
    linked.push({bead, sourceNodes, targetNodes, sourceText: textOfAll(sourceNodes), targetText: textOfAll(targetNodes)})
  }
  return {
    alignment,
    source,
    target,
    glossary,
    sourceTerms: termMatcher(glossary, alignment.source.lang),
    targetTerms: termMatcher(glossary, alignment.target.lang),
    linked,
    beadIndex: new Map(alignment.beads.map((bead, index) => [bead, index])),
    numbers: {source: documentNumbers(alignment.source), target: documentNumbers(alignment.target)},
    lexicon
  }
}

export function nodes(index: Map<string, ClauseTreeNode>, ids: readonly string[]): ClauseTreeNode[] {
  return ids.map((id) => index.get(id)).filter((node): node is ClauseTreeNode => node !== undefined)
}

/** Plain text of several units, joined (with labels and markers when `annotations` is set). */
export function textOfAll(units: readonly ClauseTreeNode[], options?: {annotations?: boolean} | undefined): string {
  return units.map((unit) => textOf(unit, options)).join(' ')
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const half = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
}

/** Words for a message: the first few, then how many more. */
export function listWords(words: readonly string[], shown = 6): string {
  const head = words.slice(0, shown).map((word) => `\`${word}\``).join(', ')
  return words.length > shown ? `${head} and ${words.length - shown} more` : head
}

/**
 * Shorten a text for a message to `length` code points (not UTF-16 units: a cut between the two
 * halves of an emoji would leave a lone surrogate, which JSON, XML and HTML cannot carry).
 */
export function excerpt(text: string, length = 60): string {
  let points = 0
  for (let index = 0; index < text.length; index++) {
    if (++points === length) return index + codePointSize(text, index) >= text.length ? text : text.slice(0, index) + '…'
    index += codePointSize(text, index) - 1
  }
  return text
}

function codePointSize(text: string, index: number): number {
  return (text.charCodeAt(index) & 0xfc00) === 0xd800 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1
}

/**
 * For each bead and side, the nearest bead before (and after) it with units on that side, or -1:
 * computed once per alignment, so that a run of n unaligned units costs n, not n².
 */
interface Nearest {
  before: Int32Array
  after: Int32Array
}

const nearestCache = new WeakMap<RuleContext, Record<'source' | 'target', Nearest>>()

function nearestOf(context: RuleContext, side: 'source' | 'target'): Nearest {
  let cached = nearestCache.get(context)
  if (!cached) {
    const build = (which: 'source' | 'target'): Nearest => {
      const beads = context.alignment.beads
      const before = new Int32Array(beads.length)
      const after = new Int32Array(beads.length)
      let last = -1
      for (let k = 0; k < beads.length; k++) {
        before[k] = last
        if (beads[k][which].length > 0) last = k
      }
      last = -1
      for (let k = beads.length - 1; k >= 0; k--) {
        after[k] = last
        if (beads[k][which].length > 0) last = k
      }
      return {before, after}
    }
    cached = {source: build('source'), target: build('target')}
    nearestCache.set(context, cached)
  }
  return cached[side]
}

/** The nearest target (or source) unit before a given bead, to say where something would go. */
export function neighbour(context: RuleContext, bead: SentenceBead, side: 'source' | 'target'): ClauseTreeNode[] {
  const beads = context.alignment.beads
  const at = context.beadIndex.get(bead)
  const index = side === 'source' ? context.source : context.target
  if (at === undefined) return []
  const nearest = nearestOf(context, side)
  const before = nearest.before[at]!
  if (before >= 0) return nodes(index, beads[before][side].slice(-1))
  const after = nearest.after[at]!
  if (after >= 0) return nodes(index, beads[after][side].slice(0, 1))
  return []
}

/** What to call a unit in a message: `heading`, `paragraph 3`, `footnote`, `sentence`, … */
export function unitName(node: {type: string; kind?: string; label?: string} | undefined): string {
  if (!node) return 'unit'
  if (node.type !== 'ParagraphNode') return node.type === 'SentenceNode' ? 'sentence' : 'unit'
  switch (node.kind) {
    case 'heading':
      return 'heading'
    case 'item':
      return `paragraph ${node.label ?? ''}`.trim()
    case 'footnote':
      return 'footnote'
    case 'list':
      return 'list'
    default:
      return 'paragraph'
  }
}

/** The run-in label opening the paragraph or item that directly holds a sentence, if any. */
export function containerLabel(index: Map<string, ClauseTreeNode>, sentenceId: string): LabelNode | undefined {
  const container = index.get(parentId(sentenceId))
  if (!container || !('children' in container)) return undefined
  const first = container.children[0]
  return first && first.type === 'LabelNode' ? first : undefined
}

/** Content words a sentence of a merge needs, and the share of them covered, to be called dropped. */
const mergedMinimumWords = 3
const mergedCoverage = 0.25
/** The same for a clause inside a linked sentence: more words, since clauses share more. */
const clauseMinimumWords = 4
const clauseCoverage = 0.3
/** The share its partners must reach: the unit as a whole is a translation, one part is missing. */
const partnersCoverage = 0.5

interface PartCoverage<Node> {
  node: Node
  total: number
  covered: number
  uncovered: string[]
}

/**
 * Parts of one unit (the sentences of a merge, the clauses of a sentence) whose words the other
 * side renders only where a partner needs them. Each word of the other text renders one word:
 * when two parts claim the same counterpart and the other text has it once (\`Everyone has the
 * right to education. Education shall be free.\` against 教育は…無償), the part covered best keeps
 * it. A part left with fewer than \`share\` of its content words covered, while its partners are
 * covered, was dropped.
 */
function droppedParts<Node extends ClauseTreeNode>(parts: readonly Node[], otherText: string, side: 'source' | 'target', context: RuleContext, minimum: number, share: number): Array<PartCoverage<Node>> {
  const measured = parts.map((node) => {
    const words = sideWords(textOf(node), otherText, side, context)
    return {node, words, standalone: words.length > 0 ? words.filter((word) => word.via).length / words.length : 0, unique: 0}
  })
  // A part is surely rendered when words of its own, claimed by no partner, are: it keeps the
  // counterparts it shares; a part whose every counterpart a partner also claims is the suspect.
  const claims = new Map<string, number>()
  for (const part of measured) for (const counterpart of new Set(part.words.map((word) => (word.via ? word.counterpart : undefined)))) if (counterpart) claims.set(counterpart, (claims.get(counterpart) ?? 0) + 1)
  for (const part of measured) part.unique = part.words.length > 0 ? part.words.filter((word) => word.via && word.counterpart && claims.get(word.counterpart) === 1).length / part.words.length : 0
  const left = new Map<string, number>()
  const available = (counterpart: string) => {
    let count = left.get(counterpart)
    if (count === undefined) count = Math.max(1, otherText.split(counterpart).length - 1)
    return count
  }
  const results = new Map<Node, PartCoverage<Node>>()
  for (const part of [...measured].sort((a, b) => b.unique - a.unique || b.standalone - a.standalone)) {
    let covered = 0
    const uncovered: string[] = []
    for (const word of part.words) {
      const counterpart = word.via ? word.counterpart : undefined
      if (counterpart !== undefined && available(counterpart) > 0) {
        left.set(counterpart, available(counterpart) - 1)
        covered++
      } else uncovered.push(word.text)
    }
    results.set(part.node, {node: part.node, total: part.words.length, covered, uncovered})
  }
  const all = [...results.values()]
  return all.filter((part) => {
    if (part.total < minimum || part.covered / part.total >= share) return false
    const partners = all.filter((other) => other !== part)
    const total = partners.reduce((sum, other) => sum + other.total, 0)
    return total > 0 && partners.reduce((sum, other) => sum + other.covered, 0) / total >= partnersCoverage
  })
}

/** The content words of `text` (on `side`), each with its counterpart in `otherText` if it has one. */
function sideWords(text: string, otherText: string, side: 'source' | 'target', context: RuleContext) {
  const english = context.alignment[side].lang === 'en'
  const result = english ? coverage(text, otherText, context.lexicon!) : coverage(otherText, text, context.lexicon!)
  return english ? result.english : result.japanese
}

/** How many content words of `text` (on `side`) have a counterpart in `otherText`, and which do not. */
export function sideCoverage(text: string, otherText: string, side: 'source' | 'target', context: RuleContext): {total: number; covered: number; uncovered: string[]} {
  // `coverage` takes both texts' words from the lexicon's memo of recent texts: a sentence's are
  // there from the aligner, and a merge's joined text is read once for all its sentences.
  // Loanword comparisons are remembered there too.
  const words = sideWords(text, otherText, side, context)
  return {total: words.length, covered: words.filter((word) => word.via).length, uncovered: words.filter((word) => !word.via).map((word) => word.text)}
}

/** Source characters below which a length ratio says little (a single word moves it). */
export const lengthMinimum = 40

/**
 * How far each linked sentence pair's length ratio lies from the document's own, in scaled
 * median absolute deviations of the log ratio (negative: the translation runs short). Only
 * body sentences long enough to measure, and only when there are five of them; computed once.
 */
export function lengthDeviations(context: RuleContext): Map<SentenceBead, {deviation: number; sourceLength: number; targetLength: number; middle: number}> {
  let cached = deviationCache.get(context)
  if (cached) return cached
  cached = new Map()
  deviationCache.set(context, cached)
  const measured = context.linked
    .filter(({bead}) => !bead.source.some((id) => inHeading(context.source, id)) && !bead.target.some((id) => inHeading(context.target, id)))
    .map(({bead, sourceText, targetText}) => {
      const sourceLength = contentLength(sourceText)
      const targetLength = contentLength(targetText)
      return {bead, sourceLength, targetLength, log: Math.log((targetLength + 1) / (sourceLength + 1))}
    })
    .filter((pair) => pair.sourceLength >= lengthMinimum)
  if (measured.length < 5) return cached
  const middle = median(measured.map((pair) => pair.log))
  // A floor on the spread: a very regular document must not flag ordinary variation.
  const scale = Math.max(0.15, 1.4826 * median(measured.map((pair) => Math.abs(pair.log - middle))))
  for (const pair of measured) cached.set(pair.bead, {deviation: (pair.log - middle) / scale, sourceLength: pair.sourceLength, targetLength: pair.targetLength, middle})
  return cached
}

const deviationCache = new WeakMap<RuleContext, ReturnType<typeof lengthDeviations>>()

/** A unit of one side with no counterpart on the other. */
export interface Unmatched {
  level: 'paragraph' | 'sentence' | 'clause'
  nodes: ClauseTreeNode[]
  /** Where the other side's `cause` points: the units it would follow, or the linked sentences. */
  otherNodes: ClauseTreeNode[]
  /** For a clause: the anchors and terms that the other side of its bead lacks. */
  keys: string[]
}

/**
 * The units of `side` that have no counterpart, once each at the largest level: a paragraph with
 * no counterpart, else a sentence in a 1-0 (or 0-1) bead, else a clause left unaligned inside a
 * linked bead. `omission` reads the source side, `addition` the target side.
 */
export function unmatchedUnits(context: RuleContext, side: 'source' | 'target'): Unmatched[] {
  const other = side === 'source' ? 'target' : 'source'
  const index = side === 'source' ? context.source : context.target
  const otherIndex = side === 'source' ? context.target : context.source
  const {paragraphs, beads} = context.alignment
  const firstBead = new Map<number, SentenceBead>()
  for (const bead of beads) if (!firstBead.has(bead.paragraphLink)) firstBead.set(bead.paragraphLink, bead)
  const result: Unmatched[] = []
  const whole = new Set<number>()
  paragraphs.forEach((link, paragraph) => {
    if (link[side].length === 0 || link[other].length > 0) return
    whole.add(paragraph)
    const bead = firstBead.get(paragraph)
    result.push({level: 'paragraph', nodes: nodes(index, link[side]), otherNodes: bead ? neighbour(context, bead, other) : [], keys: []})
  })
  for (const bead of beads) {
    if (whole.has(bead.paragraphLink) || bead[side].length === 0) continue
    if (bead[other].length === 0) {
      result.push({level: 'sentence', nodes: nodes(index, bead[side]), otherNodes: neighbour(context, bead, other), keys: []})
      continue
    }
    const otherNodes = nodes(otherIndex, bead[other])
    const reported = new Set<string>()
    if (bead[side].length > 1 && context.lexicon) {
      // A merge (2-1, 3-1) can hide a sentence the other side dropped: one whose words have no
      // counterpart in the other side's sentence once its partners have taken theirs.
      const sentences = nodes(index, bead[side])
      for (const dropped of droppedParts(sentences, textOfAll(otherNodes), side, context, mergedMinimumWords, mergedCoverage)) {
        result.push({level: 'sentence', nodes: [dropped.node], otherNodes, keys: dropped.uncovered})
        reported.add(dropped.node.data.id)
      }
    }
    if (side === 'source' && context.lexicon) {
      // Likewise a clause of a linked sentence that the translation left out.
      const otherText = textOfAll(otherNodes)
      for (const sentence of nodes(index, bead[side])) {
        if (reported.has(sentence.data.id)) continue
        const clauses = clausesOf(sentence)
        if (clauses.length < 2) continue
        for (const dropped of droppedParts(clauses, otherText, side, context, clauseMinimumWords, clauseCoverage)) {
          result.push({level: 'clause', nodes: [dropped.node], otherNodes, keys: dropped.uncovered})
          reported.add(dropped.node.data.id)
        }
      }
    }
    for (const link of bead.clauses) {
      if (link[other].length > 0 || link[side].some((id) => reported.has(id))) continue
      // A clause left unlinked inside a linked sentence pair is worth a finding only when it
      // carries something the other sentence lacks (an anchor, a term); a date the other
      // document moved into a heading is not lacking.
      const keys = (side === 'source' ? link.evidence.sourceOnly : link.evidence.targetOnly).filter(
        (key) => !(key.startsWith('num:') && context.numbers[other].inHeadings.has(key.slice(4)))
      )
      if (keys.length === 0) continue
      result.push({level: 'clause', nodes: nodes(index, link[side]), otherNodes: nodes(otherIndex, bead[other]), keys})
    }
  }
  return result
}
