/**
 * `length-ratio`: a linked pair whose length ratio lies far outside the document's own, by robust
 * statistics: the log ratio's median and median absolute deviation over all linked sentence
 * beads, flagged beyond 3.5 scaled deviations. Only sentences long enough to measure count
 * (the ratio of a short sentence varies with a single word), and no titles or headings, which
 * translators shorten or lengthen freely (`Universal Declaration of Human Rights` ↔ 世界人権宣言).
 */
import type {Finding} from '../findings.js'
import {contentLength} from '../../align/units.js'
import {inHeading, median, type Rule} from './context.js'

const threshold = 3.5
/** Source characters below which a ratio says little. */
const minimumLength = 40

export const lengthRatio: Rule = (context) => {
  const body = context.linked.filter(({bead}) => !bead.source.some((id) => inHeading(context.source, id)) && !bead.target.some((id) => inHeading(context.target, id)))
  const pairs = body.map(({sourceNodes, targetNodes, sourceText, targetText}) => {
    const sourceLength = contentLength(sourceText)
    const targetLength = contentLength(targetText)
    return {sourceNodes, targetNodes, sourceLength, targetLength, log: Math.log((targetLength + 1) / (sourceLength + 1))}
  })
  const measured = pairs.filter((pair) => pair.sourceLength >= minimumLength)
  if (measured.length < 5) return []
  const middle = median(measured.map((pair) => pair.log))
  const spread = 1.4826 * median(measured.map((pair) => Math.abs(pair.log - middle)))
  // A floor on the spread: a very regular document must not flag ordinary variation.
  const scale = Math.max(spread, 0.15)
  const findings: Finding[] = []
  for (const pair of measured) {
    const deviation = (pair.log - middle) / scale
    if (Math.abs(deviation) <= threshold) continue
    const ratio = pair.targetLength / Math.max(1, pair.sourceLength)
    findings.push({
      ruleId: 'length-ratio',
      reason: `Unexpected ${deviation > 0 ? 'long' : 'short'} translation: ${pair.targetLength} characters for ${pair.sourceLength} (ratio ${ratio.toFixed(2)}), expected about ${Math.exp(middle).toFixed(2)} as in the rest of the document`,
      side: 'target',
      sourceNodes: pair.sourceNodes,
      targetNodes: pair.targetNodes,
      actual: ratio.toFixed(2),
      expected: [Math.exp(middle).toFixed(2)]
    })
  }
  return findings
}
