/**
 * Monotone alignment of two unit sequences into beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2), shared by
 * the paragraph level (between numbered anchors) and the sentence level (inside a paragraph
 * pair). The cost of a bead is how far its sides are from corresponding, plus a prior per shape
 * and structural penalties; an unaligned unit costs a fixed amount, so a link is kept only when
 * its sides are alike enough.
 */
import type {BeadType, Evidence} from './types.js'
import {alignMonotone, type BeadShape} from './dp.js'
import {compare, noEvidence, round, similarity, type Model} from './similarity.js'
import type {Unit} from './units.js'

export interface Bead {
  source: Unit[]
  target: Unit[]
  type: BeadType
  score: number
  evidence: Evidence
}

export interface BeadOptions {
  level: 'paragraph' | 'sentence'
  /** Extra cost of pairing these sides (structure); 0 when they fit. */
  penalty: (source: readonly Unit[], target: readonly Unit[]) => number
  band: number
}

const sentenceShapes: BeadShape[] = [
  {source: 1, target: 1},
  {source: 1, target: 0},
  {source: 0, target: 1},
  {source: 2, target: 1},
  {source: 1, target: 2},
  {source: 2, target: 2},
  {source: 1, target: 3},
  {source: 3, target: 1}
]
/** Paragraphs merge or split, but two-by-two regroupings are left to the sentence level. */
const paragraphShapes = sentenceShapes.slice(0, 5)
/** Cost of leaving one unit unaligned. */
const skipCost = 0.8
/** Prior cost of a bead shape beyond 1-1: merges and splits are less common. */
const shapePrior = (shape: BeadShape) =>
  shape.source === 2 && shape.target === 2 ? 0.8 : shape.source + shape.target === 4 ? 0.6 : shape.source + shape.target === 3 ? 0.3 : 0

/** Cost of a bead of this shape whose sides are this alike, with its structural penalty. */
function beadCost(shape: BeadShape, alike: number, penalty: number): number {
  const size = shape.source + shape.target
  return size * (1 - alike) + shapePrior(shape) + penalty
}

export function alignUnits(source: readonly Unit[], target: readonly Unit[], model: Model, options: BeadOptions): Bead[] {
  // Each (cell, shape) is scored once by the programme, similarity only, so nothing is cached;
  // the few beads of the best path are compared again, with their evidence, when the result is
  // built.
  const path = alignMonotone(
    source.length,
    target.length,
    options.level === 'paragraph' ? paragraphShapes : sentenceShapes,
    (i, j, shape) => {
      if (shape.source === 0 || shape.target === 0) return skipCost * (shape.source + shape.target)
      const sourceUnits = source.slice(i - shape.source, i)
      const targetUnits = target.slice(j - shape.target, j)
      return beadCost(shape, similarity(sourceUnits, targetUnits, model, options.level), options.penalty(sourceUnits, targetUnits))
    },
    options.band
  )
  const beads: Bead[] = path.map((step) => {
    const sourceUnits = source.slice(step.sourceStart, step.sourceEnd)
    const targetUnits = target.slice(step.targetStart, step.targetEnd)
    const type = `${sourceUnits.length}-${targetUnits.length}` as BeadType
    if (sourceUnits.length === 0 || targetUnits.length === 0) {
      const side = sourceUnits.length === 0 ? 'target' : 'source'
      const units = side === 'source' ? sourceUnits : targetUnits
      return {source: sourceUnits, target: targetUnits, type, score: 0, evidence: noEvidence(units, model, side)}
    }
    const {similarity: alike, evidence} = compare(sourceUnits, targetUnits, model, options.level)
    const penalty = options.penalty(sourceUnits, targetUnits)
    return {
      source: sourceUnits,
      target: targetUnits,
      type,
      score: round(Math.max(0, Math.min(1, alike - Math.max(0, penalty) / 2))),
      evidence
    }
  })
  scoreUnaligned(beads, source, target, model, options.level)
  return beads
}

/**
 * An unaligned unit's score: how sure we are that nothing nearby corresponds to it, one minus
 * its best similarity with the units of the other side within a few positions.
 */
function scoreUnaligned(beads: Bead[], source: readonly Unit[], target: readonly Unit[], model: Model, level: BeadOptions['level']): void {
  let sourceIndex = 0
  let targetIndex = 0
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) {
      const [units, others, at] =
        bead.source.length === 0 ? [bead.target, source, sourceIndex] : [bead.source, target, targetIndex]
      let best = 0
      for (let k = Math.max(0, at - 3); k < Math.min(others.length, at + 3); k++) {
        const alike = bead.source.length === 0 ? similarity([others[k]], units, model, level) : similarity(units, [others[k]], model, level)
        best = Math.max(best, alike)
      }
      bead.score = round(1 - best)
    }
    sourceIndex += bead.source.length
    targetIndex += bead.target.length
  }
}
