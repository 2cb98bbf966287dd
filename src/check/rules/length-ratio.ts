/**
 * `length-ratio`: a linked pair whose length ratio lies far outside the document's own, by robust
 * statistics: the log ratio's median and median absolute deviation over all linked sentence
 * beads, flagged beyond 3.5 scaled deviations. Only sentences long enough to measure count
 * (the ratio of a short sentence varies with a single word), and no titles or headings, which
 * translators shorten or lengthen freely (`Universal Declaration of Human Rights` ↔ 世界人権宣言).
 */
import type {Finding} from '../findings.js'
import {lengthDeviations, listWords, sideCoverage, textOfAll, withLabels, type Rule, type RuleContext} from './context.js'
import {parentId} from '../../tree/accessors.js'
import type {SentenceBead} from '../../align/types.js'

const threshold = 3.5
/**
 * Two weaker signals that agree: a translation short by `partialThreshold` deviations or more
 * whose words cover little of its source's content words has most likely lost part of it. The
 * shorter it runs, the more coverage it may keep and still be suspect: at most
 * `partialCoverage` at −2.5 deviations, `coveragePerDeviation` more for each deviation beyond
 * (0.5 at −3, 0.65 at −3.5, where the length alone decides). On the two bundled pairs no
 * faithful sentence comes near the line (the nearest: −2.6 deviations with 0.82 covered, −2.4
 * with 0.45, −2.1 with 0.36); a dropped clause often crosses it.
 */
const partialThreshold = -2.5
const partialCoverage = 0.35
const coveragePerDeviation = 0.3
/** Content words the source needs before its coverage says anything. */
const partialMinimumWords = 5
/**
 * A long translation says more than its source only if it has words the source does not
 * render: with a lexicon, at least this many. Japanese runs long by style too, with polite
 * formulas (`このたびは…お買い上げいただき、誠にありがとうございます` for `Thank you for purchasing…`)
 * and spoken fillers, which add length and no content word; a merged item or an added demand
 * brings words of its own.
 */
const longMinimumAdded = 3

/**
 * A list item that the translation writes as a noun phrase where the source has a sentence
 * (`what you expected to happen and what actually happened.` ↔ `期待した動作と実際の動作`): the
 * Japanese nominal style of items is short by nature, so there the length alone proves nothing,
 * and the item is judged as a pair short by fewer deviations is, by the words it renders.
 */
function nominalItem(context: RuleContext, bead: SentenceBead, sourceText: string, targetText: string): boolean {
  const item = bead.target[0] === undefined ? undefined : context.target.get(parentId(bead.target[0]))
  return item?.type === 'ListItemNode' && /[.!?]["”’)]?$/.test(sourceText.trim()) && !/[。．！？!?]["」』”）)]?$/.test(targetText.trim())
}

export const lengthRatio: Rule = (context) => {
  const deviations = lengthDeviations(context)
  const findings: Finding[] = []
  for (const {bead, sourceNodes, targetNodes} of context.linked) {
    const measured = deviations.get(bead)
    if (!measured) continue
    const {deviation, sourceLength, targetLength, middle} = measured
    const ratio = targetLength / Math.max(1, sourceLength)
    const nominal = deviation < -threshold && Boolean(context.lexicon) && nominalItem(context, bead, textOfAll(sourceNodes), textOfAll(targetNodes))
    if (Math.abs(deviation) <= threshold || nominal) {
      if (deviation > partialThreshold || !context.lexicon) continue
      const words = sideCoverage(withLabels(context, bead, 'source', textOfAll(sourceNodes)), withLabels(context, bead, 'target', textOfAll(targetNodes)), 'source', context)
      if (words.total < partialMinimumWords || words.covered / words.total > partialCoverage + coveragePerDeviation * (partialThreshold - deviation)) continue
      findings.push({
        ruleId: 'length-ratio',
        reason: `Unexpected short translation that renders few of its source's words: ${targetLength} characters for ${sourceLength} (ratio ${ratio.toFixed(2)}), and ${listWords(words.uncovered)} have no counterpart, expected the whole sentence translated`,
        side: 'target',
        sourceNodes,
        targetNodes,
        actual: ratio.toFixed(2),
        expected: [Math.exp(middle).toFixed(2)],
        note: `${words.covered} of ${words.total} source content words have a counterpart; the document's usual ratio is about ${Math.exp(middle).toFixed(2)}.`
      })
      continue
    }
    if (deviation > 0 && context.lexicon && sideCoverage(withLabels(context, bead, 'target', textOfAll(targetNodes)), withLabels(context, bead, 'source', textOfAll(sourceNodes)), 'target', context).uncovered.length < longMinimumAdded) continue
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
