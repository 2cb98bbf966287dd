/** What every QA rule reads: the alignment, id indexes of both trees, the glossary. */
import type {Alignment, SentenceBead} from '../../align/types.js'
import type {ClauseTreeNode, LabelNode} from '../../tree/types.js'
import type {Finding} from '../findings.js'
import {termMatcher, type Glossary, type TermMatcher} from '../../align/glossary.js'
import {indexTree, parentId, textOf} from '../../tree/accessors.js'

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

export function ruleContext(alignment: Alignment, glossary: Glossary): RuleContext {
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
    beadIndex: new Map(alignment.beads.map((bead, index) => [bead, index]))
  }
}

export function nodes(index: Map<string, ClauseTreeNode>, ids: readonly string[]): ClauseTreeNode[] {
  return ids.map((id) => index.get(id)).filter((node): node is ClauseTreeNode => node !== undefined)
}

/** Plain text of several units, joined (with labels and markers when `annotations` is set). */
export function textOfAll(units: readonly ClauseTreeNode[], options?: {annotations?: boolean} | undefined): string {
  return units.map((unit) => textOf(unit, options)).join(' ')
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
    for (const link of bead.clauses) {
      if (link[other].length > 0) continue
      result.push({
        level: 'clause',
        nodes: nodes(index, link[side]),
        otherNodes: nodes(otherIndex, bead[other]),
        keys: side === 'source' ? link.evidence.sourceOnly : link.evidence.targetOnly
      })
    }
  }
  return result
}
