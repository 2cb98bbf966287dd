/**
 * `low-confidence`: a link the aligner could only place by position: no shared anchors or terms,
 * and lengths that fit poorly (score under 0.6), so the pair rests on where the units stand.
 *
 * Silent for a heading linked to a heading between two links that are not in doubt themselves
 * (or the document's edge): there the position is not a guess, since nothing else could stand
 * in that place, and section titles are the text most freely translated (“Further information”
 * as お問い合わせ, “Help” as お問い合わせ), so reporting them buries the links that are in doubt.
 */
import type {SentenceBead} from '../../align/types.js'
import type {Finding} from '../findings.js'
import {inHeading, type Rule, type RuleContext} from './context.js'

const placedByPosition = (bead: SentenceBead): boolean =>
  !(bead.evidence.basis === 'lexical' || bead.evidence.basis === 'label' || (bead.evidence.basis === 'length' && bead.score >= 0.6))

/** A bead that is a link (both sides) the aligner did not place by position alone, or no bead. */
const firmOrEdge = (bead: SentenceBead | undefined): boolean =>
  bead === undefined || (bead.source.length > 0 && bead.target.length > 0 && !placedByPosition(bead))

function headingBetweenFirmLinks(context: RuleContext, bead: SentenceBead): boolean {
  if (!bead.source.every((id) => inHeading(context.source, id)) || !bead.target.every((id) => inHeading(context.target, id))) return false
  const index = context.beadIndex.get(bead)
  if (index === undefined) return false
  const beads = context.alignment.beads
  return firmOrEdge(beads[index - 1]) && firmOrEdge(beads[index + 1])
}

export const lowConfidence: Rule = (context) => {
  const findings: Finding[] = []
  for (const {bead, sourceNodes, targetNodes} of context.linked) {
    if (!placedByPosition(bead) || headingBetweenFirmLinks(context, bead)) continue
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
