/**
 * The structural part of a bead's cost, beside its sides' similarity: headings pair with
 * headings, list items with list items, and a bead should not span containers.
 */
import type {ParagraphNode} from '../tree/types.js'
import type {Unit} from './units.js'

/**
 * Structure against a sentence bead: a heading's sentence with a body sentence, a list item's
 * with running text, and sentences of different containers in one bead, unless the paragraph
 * link merged those paragraphs on that side (a paragraph's sentences sit directly in it).
 */
const sameCountPenalty = 0.5

export function structurePenalty(merged: {source: boolean; target: boolean}, sameCount: boolean) {
  return (source: readonly Unit[], target: readonly Unit[]): number => {
    let penalty = 0
    // Linked paragraphs with as many sentences on each side were most likely translated sentence
    // for sentence: a merge or a 2-2 regrouping there is the less likely reading.
    if (sameCount && (source.length > 1 || target.length > 1)) penalty += sameCountPenalty
    if (quotesHeading(source, target)) penalty += quotationBonus
    else if (source[0].heading !== target[0].heading) penalty += 1.5
    if (source[0].inList !== target[0].inList) penalty += 0.6
    for (const [side, units] of [['source', source], ['target', target]] as const) {
      if (units.length < 2 || units.every((unit) => unit.container === units[0].container)) continue
      const acrossParagraphs = units.every((unit) => !unit.container.includes('.'))
      if (!(merged[side] && acrossParagraphs)) penalty += 0.6
    }
    return penalty
  }
}

/** Shortest heading text (characters) whose verbatim quotation counts as rendering it. */
const quotedHeadingLength = 20
/**
 * A verbatim quotation is the strongest evidence there is, stronger than two headings of the
 * same depth (-0.5); lengths say nothing here, since the quoting unit says more than the heading.
 */
const quotationBonus = -1

/**
 * A heading quoted word for word in a unit of the other document that is not a heading (a
 * translator's preface: 「…に関する声明」(Statement on …) の全文日本語訳です) is rendered there:
 * the rule that headings pair with headings gives way to the quotation.
 */
function quotesHeading(source: readonly Unit[], target: readonly Unit[]): boolean {
  const quoted = (headings: readonly Unit[], others: readonly Unit[]) => {
    if (headings.length !== 1 || !headings[0].heading || others.some((unit) => unit.heading)) return false
    const heading = normal(headings[0].text)
    return heading.length >= quotedHeadingLength && others.some((unit) => normal(unit.text).includes(heading))
  }
  return quoted(source, target) || quoted(target, source)
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Headings pair with headings (of the same depth, ideally), numbered items with items. */
function kindPenalty(a: ParagraphNode, b: ParagraphNode): number {
  if ((a.kind === 'heading') !== (b.kind === 'heading')) return 1.5
  // Headings of the same depth in the same stretch correspond even when a date or number on one
  // side only makes their lengths disagree: a small bonus against leaving both unaligned.
  if (a.kind === 'heading') return a.depth === b.depth ? -0.5 : 0.3
  return a.kind === b.kind ? 0 : 0.3
}

export function paragraphPenalty(source: readonly ParagraphNode[], target: readonly ParagraphNode[]) {
  const sourceById = new Map(source.map((paragraph) => [paragraph.data.id, paragraph]))
  const targetById = new Map(target.map((paragraph) => [paragraph.data.id, paragraph]))
  return (sourceUnits: readonly Unit[], targetUnits: readonly Unit[]): number => {
    // The worst pairing counts; a bonus only when every pairing earns it.
    let worst = -Infinity
    for (const a of sourceUnits) {
      for (const b of targetUnits) worst = Math.max(worst, quotesHeading([a], [b]) ? quotationBonus : kindPenalty(sourceById.get(a.id)!, targetById.get(b.id)!))
    }
    if (worst === -Infinity) return 0
    // A merge of a list with a paragraph of another kind (the sentence that introduces it) is
    // seldom the translator's: more often the list's nominal items are short and the merge only
    // mends the length (`Please bring the following items:` left out, its translation joined to
    // the list).
    const mixed = (units: readonly Unit[], byId: Map<string, ParagraphNode>) => units.length > 1 && new Set(units.map((unit) => byId.get(unit.id)!.kind === 'list')).size > 1
    return mixed(sourceUnits, sourceById) || mixed(targetUnits, targetById) ? worst + mixedMergePenalty : worst
  }
}

/** The extra cost of merging a list with a paragraph of another kind (see `paragraphPenalty`). */
const mixedMergePenalty = 0.3
