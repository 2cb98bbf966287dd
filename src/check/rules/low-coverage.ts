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
import {isLetterFormula} from './formulas.js'

/** Scaled deviations below the median that make a pair stand out. */
const threshold = 3.5
/**
 * Whatever the spread, a pair covered at least this share as well as the document's typical
 * pair is not reported: relative, since how much a dictionary covers varies from one document
 * (and dictionary) to another.
 */
const ceilingShare = 0.5
/**
 * Above this coverage the finding is an info: a third of the words covered is what a faithful
 * paraphrase with a few dictionary gaps also scores (`Readers can ask how…` ↔
 * `利用者は、…問い合わせることができる`), so only a lower score is worth a warning.
 */
const warningCeiling = 0.3
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
  for (const {bead, sourceNodes, targetNodes, sourceText, targetText} of measured) {
    const value = bead.evidence.coverage!
    if (value >= ceilingShare * middle || (middle - value) / spread <= threshold) continue
    const uncovered = bead.evidence.uncovered ?? {source: [], target: []}
    findings.push({
      ruleId: 'low-coverage',
      // The document's level goes in the note: it moves with every edit elsewhere in the
      // document, and a report compared from one run to the next should not.
      reason: `Unexpected translation sharing few words with its source (coverage ${value.toFixed(2)}), expected a translation covering about as much as the rest of the document`,
      side: 'target',
      sourceNodes,
      targetNodes,
      actual: uncovered.target.join(', '),
      expected: uncovered.source,
      // A courtesy line rendered by the other language's own (`Thank you for your patience` ↔
      // `ご不便をおかけしますが、今後とも…`) shares no words by nature.
      ...(value >= warningCeiling || isLetterFormula(sourceText, context.alignment.source.lang) || isLetterFormula(targetText, context.alignment.target.lang) ? {severity: 'info' as const} : {}),
      note: `The document's typical coverage is ${middle.toFixed(2)}. Source words with no counterpart: ${uncovered.source.join(', ') || '—'}; translation words with none: ${uncovered.target.join(', ') || '—'}`
    })
  }
  return findings
}
