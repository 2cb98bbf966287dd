/**
 * `length-ratio`: a linked pair whose length ratio lies far outside the document's own, by robust
 * statistics: the log ratio's median and median absolute deviation over all linked sentence
 * beads, flagged beyond 3.5 scaled deviations. Only sentences long enough to measure count
 * (the ratio of a short sentence varies with a single word), and no titles or headings, which
 * translators shorten or lengthen freely (`Universal Declaration of Human Rights` ↔ 世界人権宣言).
 */
import type {Finding} from '../findings.js'
import {lengthDeviations, type Rule} from './context.js'

const threshold = 3.5

export const lengthRatio: Rule = (context) => {
  const deviations = lengthDeviations(context)
  const findings: Finding[] = []
  for (const {bead, sourceNodes, targetNodes} of context.linked) {
    const measured = deviations.get(bead)
    if (!measured || Math.abs(measured.deviation) <= threshold) continue
    const {deviation, sourceLength, targetLength, middle} = measured
    const ratio = targetLength / Math.max(1, sourceLength)
    findings.push({
      ruleId: 'length-ratio',
      reason: `Unexpected ${deviation > 0 ? 'long' : 'short'} translation: ${targetLength} characters for ${sourceLength} (ratio ${ratio.toFixed(2)}), expected about ${Math.exp(middle).toFixed(2)} as in the rest of the document`,
      side: 'target',
      sourceNodes,
      targetNodes,
      actual: ratio.toFixed(2),
      expected: [Math.exp(middle).toFixed(2)]
    })
  }
  return findings
}
