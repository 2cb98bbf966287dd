/**
 * Typed accessors over an alignment: the beads of a node, its counterparts on the other side,
 * the units left unaligned, and beads in the order of either document.
 */
import {ClauseAlignError} from '../tree/errors.js'
import type {Alignment, ClauseLink, SentenceBead} from './types.js'

/** Which document of the pair: ids are structural, so both trees usually have a `p1.s1`. */
export type Side = 'source' | 'target'

const other = (side: Side): Side => (side === 'source' ? 'target' : 'source')

/** Ids alone do not say which document they name: every accessor takes the side. */
function checkedSide(side: unknown, caller: string): Side {
  if (side === 'source' || side === 'target') return side
  throw new ClauseAlignError('invalid-option', `${caller}: side must be \`source\` or \`target\`, got \`${String(side)}\``)
}

/** Does `id` name this unit or one of its ancestors (`p3` holds `p3.l1.i2.s1`)? */
function covers(id: string, unit: string): boolean {
  return unit === id || unit.startsWith(id + '.')
}

/**
 * Sentence beads that hold the unit with this id (a sentence, a clause, or any node that
 * contains sentences, such as a paragraph or list item) in the document on `side`.
 */
export function beadsOf(alignment: Alignment, side: Side, id: string): SentenceBead[] {
  const where = checkedSide(side, 'beadsOf')
  return alignment.beads.filter((bead) =>
    bead[where].some((unit) => covers(id, unit) || covers(unit, id))
  )
}

/**
 * Ids on the other side that correspond to the unit with this id. For a clause, the clauses it
 * is linked to; for a sentence or a larger unit, the sentences of its beads.
 */
export function counterpartsOf(alignment: Alignment, side: Side, id: string): string[] {
  const where = checkedSide(side, 'counterpartsOf')
  const result: string[] = []
  for (const bead of beadsOf(alignment, where, id)) {
    const isClause = !bead[where].includes(id) && bead[where].some((unit) => covers(unit, id))
    if (isClause) {
      for (const link of bead.clauses) if (link[where].includes(id)) result.push(...link[other(where)])
    } else {
      result.push(...bead[other(where)])
    }
  }
  return [...new Set(result)]
}

/** Clause links of the beads, flattened, in bead order. */
export function clauseLinksOf(alignment: Alignment): ClauseLink[] {
  return alignment.beads.flatMap((bead) => bead.clauses)
}

export interface Unaligned {
  /** Source sentences with no counterpart (1-0 beads). */
  source: string[]
  /** Target sentences with no counterpart (0-1 beads). */
  target: string[]
  /** Source and target paragraphs with no counterpart. */
  sourceParagraphs: string[]
  targetParagraphs: string[]
  /** Clauses left unaligned inside linked beads. */
  sourceClauses: string[]
  targetClauses: string[]
}

export function unalignedUnits(alignment: Alignment): Unaligned {
  const result: Unaligned = {source: [], target: [], sourceParagraphs: [], targetParagraphs: [], sourceClauses: [], targetClauses: []}
  for (const link of alignment.paragraphs) {
    if (link.target.length === 0) result.sourceParagraphs.push(...link.source)
    if (link.source.length === 0) result.targetParagraphs.push(...link.target)
  }
  for (const bead of alignment.beads) {
    if (bead.target.length === 0) result.source.push(...bead.source)
    if (bead.source.length === 0) result.target.push(...bead.target)
    if (bead.source.length === 0 || bead.target.length === 0) continue
    for (const link of bead.clauses) {
      if (link.target.length === 0) result.sourceClauses.push(...link.source)
      if (link.source.length === 0) result.targetClauses.push(...link.target)
    }
  }
  return result
}

export interface BeadsInOrderOptions {
  /** The document whose order is followed. */
  side: Side
  /** Keep the other side's unaligned units, which have no place in this document (default: true). */
  includeUnaligned?: boolean | undefined
}

/**
 * Beads in the order of one document: beads are monotone, so this is their own order, with the
 * other side's unaligned units left out when `includeUnaligned` is false.
 */
export function* beadsInOrder(alignment: Alignment, options: BeadsInOrderOptions): Generator<SentenceBead> {
  const side = checkedSide(options?.side, 'beadsInOrder')
  const includeUnaligned = options.includeUnaligned ?? true
  for (const bead of alignment.beads) {
    if (!includeUnaligned && bead[side].length === 0) continue
    yield bead
  }
}
