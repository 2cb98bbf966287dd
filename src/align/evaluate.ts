/** Scoring an alignment against a hand-made gold standard. */

export interface BeadPair {
  source: readonly string[]
  target: readonly string[]
}

export interface BeadScore {
  /** Beads that match a gold bead exactly, over all predicted beads. */
  precision: number
  /** Gold beads found exactly, over all gold beads. */
  recall: number
  f1: number
  /** Counts behind the figures. */
  correct: number
  predicted: number
  gold: number
}

const key = (bead: BeadPair) => `${bead.source.join(',')}|${bead.target.join(',')}`

/**
 * Strict bead F1: a predicted bead counts only when the same bead (same source and target units)
 * is in the gold, 1-0 and 0-1 beads included.
 */
export function evaluateBeads(predicted: readonly BeadPair[], gold: readonly BeadPair[]): BeadScore {
  const goldKeys = new Set(gold.map(key))
  let correct = 0
  for (const bead of predicted) if (goldKeys.has(key(bead))) correct++
  const precision = predicted.length === 0 ? (gold.length === 0 ? 1 : 0) : correct / predicted.length
  const recall = gold.length === 0 ? 1 : correct / gold.length
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1, correct, predicted: predicted.length, gold: gold.length}
}
