/**
 * `low-coverage`: a linked sentence pair whose words mostly have no counterpart on the other side,
 * far below the document's own level: a likely mistranslation, or a translation of another
 * version of the source. Needs the alignment's dictionary evidence (`align` with a `lexicon`);
 * silent without it. Like `length-ratio`, it judges each pair against the pair's own
 * distribution (median and median absolute deviation of the coverage of all linked sentence
 * pairs long enough to measure), not against a fixed bar, and lists the uncovered words.
 */
import type {Finding} from '../findings.js'
import {inHeading, median, type Rule} from './context.js'

/** Scaled deviations below the median that make a pair stand out. */
const threshold = 3.5
/** Whatever the distribution, a pair covered this well is not reported. */
const ceiling = 0.3
/** Source characters below which coverage says little (a few words). */
const minimumLength = 40

export const lowCoverage: Rule = (context) => {
  const measured = context.linked.filter(
    ({bead, sourceText}) =>
      bead.evidence.coverage !== undefined &&
      sourceText.length >= minimumLength &&
      !bead.source.some((id) => inHeading(context.source, id))
  )
  if (measured.length < 5) return []
  const values = measured.map(({bead}) => bead.evidence.coverage!)
  const middle = median(values)
  // A floor on the spread: a very even document must not flag ordinary variation.
  const spread = Math.max(0.08, 1.4826 * median(values.map((value) => Math.abs(value - middle))))
  const findings: Finding[] = []
  for (const {bead, sourceNodes, targetNodes} of measured) {
    const value = bead.evidence.coverage!
    if (value >= ceiling || (middle - value) / spread <= threshold) continue
    const uncovered = bead.evidence.uncovered ?? {source: [], target: []}
    findings.push({
      ruleId: 'low-coverage',
      reason: `Unexpected translation sharing few words with its source (coverage ${value.toFixed(2)}, expected about ${middle.toFixed(2)} as in the rest of the document)`,
      side: 'target',
      sourceNodes,
      targetNodes,
      actual: uncovered.target.join(', '),
      expected: uncovered.source,
      note: `Source words with no counterpart: ${uncovered.source.join(', ') || '—'}; translation words with none: ${uncovered.target.join(', ') || '—'}`
    })
  }
  return findings
}
