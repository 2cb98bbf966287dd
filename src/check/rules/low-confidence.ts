/**
 * `low-confidence`: a link the aligner could only place by position: no shared anchors or terms,
 * and lengths that fit poorly (score under 0.6), so the pair rests on where the units stand.
 */
import type {Finding} from '../findings.js'
import type {Rule} from './context.js'

export const lowConfidence: Rule = (context) => {
  const findings: Finding[] = []
  for (const {bead, sourceNodes, targetNodes} of context.linked) {
    if (bead.evidence.basis === 'lexical' || bead.evidence.basis === 'label' || (bead.evidence.basis === 'length' && bead.score >= 0.6)) continue
    findings.push({
      ruleId: 'low-confidence',
      reason: `Unexpected link placed by position only (score ${bead.score}: no shared anchors or terms, lengths fit poorly), expected evidence that these units correspond`,
      side: 'target',
      sourceNodes,
      targetNodes,
      actual: String(bead.score)
    })
  }
  return findings
}
