/**
 * `length-ratio`: a linked pair whose length ratio lies far outside the document's own, by robust
 * statistics: the log ratio's median and median absolute deviation over all linked sentence
 * beads, flagged beyond 3.5 scaled deviations (and only for units long enough to measure).
 */
import type {Finding} from '../findings.js'
import {contentLength} from '../../align/units.js'
import type {Rule} from './context.js'

const threshold = 3.5
const minimumLength = 24

export const lengthRatio: Rule = (context) => {
  const pairs = context.linked.map(({sourceNodes, targetNodes, sourceText, targetText}) => {
    const sourceLength = contentLength(sourceText)
    const targetLength = contentLength(targetText)
    return {sourceNodes, targetNodes, sourceLength, targetLength, log: Math.log((targetLength + 1) / (sourceLength + 1))}
  })
  const measured = pairs.filter((pair) => pair.sourceLength >= minimumLength)
  if (measured.length < 5) return []
  const median = middle(measured.map((pair) => pair.log))
  const spread = 1.4826 * middle(measured.map((pair) => Math.abs(pair.log - median)))
  // A floor on the spread: a very regular document must not flag ordinary variation.
  const scale = Math.max(spread, 0.15)
  const findings: Finding[] = []
  for (const pair of measured) {
    const deviation = (pair.log - median) / scale
    if (Math.abs(deviation) <= threshold) continue
    const ratio = pair.targetLength / Math.max(1, pair.sourceLength)
    findings.push({
      ruleId: 'length-ratio',
      reason: `Unexpected ${deviation > 0 ? 'long' : 'short'} translation: ${pair.targetLength} characters for ${pair.sourceLength} (ratio ${ratio.toFixed(2)}), expected about ${Math.exp(median).toFixed(2)} as in the rest of the document`,
      side: 'target',
      sourceNodes: pair.sourceNodes,
      targetNodes: pair.targetNodes,
      actual: ratio.toFixed(2),
      expected: [Math.exp(median).toFixed(2)]
    })
  }
  return findings
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const half = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
}
