/** What every QA rule reads: the alignment, id indexes of both trees, the glossary. */
import type {Alignment, SentenceBead} from '../../align/types.js'
import type {ClauseTreeNode, LabelNode} from '../../tree/types.js'
import type {Finding} from '../findings.js'
import {termMatcher, type Glossary, type TermMatcher} from '../../align/glossary.js'
import {indexTree, parentId, textOf} from '../../tree/accessors.js'
import {numbersIn} from '../../tree/numbers.js'
import {coverage, type Lexicon} from '../../lexicon/index.js'
import {contentLength} from '../../align/units.js'
import {urlPattern} from '../../tree/anchors.js'

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

/** The run-in label right before a sentence: its container's label, when the sentence comes first after it. */
export function leadingLabel(index: Map<string, ClauseTreeNode>, sentenceId: string): LabelNode | undefined {
  const label = containerLabel(index, sentenceId)
  const container = label && index.get(parentId(sentenceId))
  return container && 'children' in container && container.children[1]?.data.id === sentenceId ? label : undefined
}

/** The run-in labels that open the sentences of one side of a bead. */
function labelsOf(context: RuleContext, bead: SentenceBead, side: 'source' | 'target'): string[] {
  const index = side === 'source' ? context.source : context.target
  const labels: string[] = []
  for (const id of bead[side]) {
    const label = leadingLabel(index, id)
    if (label) labels.push(label.label)
  }
  return labels
}

/**
 * A side's text with the run-in labels of its sentences' items or paragraphs, when the other
 * side's sentences have none: one language may hold a figure or the subject in a label
 * (`中間レポート（2,000語）：30％`, `親会社株主に帰属する四半期純利益：289億円`) that the other writes in
 * running text, unrecognised as a label. Where both have labels, they are left out: a label is
 * often a name (`ホステル三条`).
 */
export function withLabels(context: RuleContext, bead: SentenceBead, side: 'source' | 'target', text: string): string {
  const other = side === 'source' ? 'target' : 'source'
  if (labelsOf(context, bead, other).length > 0) return text
  const labels = labelsOf(context, bead, side)
  return labels.length > 0 ? `${text} ${labels.join(' ')}` : text
}

/** The content words of `text` (on `side`), each with its counterpart in `otherText` if it has one. */
export function sideWords(text: string, otherText: string, side: 'source' | 'target', context: RuleContext) {
  const english = context.alignment[side].lang === 'en'
  const result = english ? coverage(text, otherText, context.lexicon!) : coverage(otherText, text, context.lexicon!)
  // A name the dictionary cannot know says nothing when unmatched (`CoveredWord.name`).
  return english ? result.english.filter((word) => word.via || !word.name) : result.japanese
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
      const sourceLength = measuredLength(sourceText)
      const targetLength = measuredLength(targetText)
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

/**
 * A text's length for its ratio to the other side's, without URLs and e-mail addresses: they
 * are copied whole, so a sentence that is mostly an address has a ratio near 1 however it is
 * translated (`For questions, email grants@….jp or call …` ran as “too long”).
 */
function measuredLength(text: string): number {
  return contentLength(text.replace(urlPattern, ''))
}
