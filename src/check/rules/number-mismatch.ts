/**
 * `number-mismatch`: numbers, dates, years, ordinals and counts differ between linked units after
 * normalisation (full-width digits, kanji numerals, number words, months: `10 and 11 February
 * 2025` matches `2025年2月10日および11日`). Numbers are compared as multisets: word order differs
 * between the languages.
 */
import type {Finding} from '../findings.js'
import {numbersIn} from '../../tree/numbers.js'
import {inHeading, type Rule} from './context.js'

export const numberMismatch: Rule = (context) => {
  const findings: Finding[] = []
  for (const {bead, sourceNodes, targetNodes, sourceText, targetText} of context.linked) {
    const sourceMentions = numbersIn(sourceText)
    const targetMentions = numbersIn(targetText)
    const sourceNumbers = sourceMentions.map((mention) => mention.value)
    const targetNumbers = targetMentions.map((mention) => mention.value)
    // A weak mention (`third`, `one`) may answer a figure on the other side; unanswered, it is
    // no mismatch, since translations often render it without one.
    const strong = (mentions: typeof sourceMentions) => mentions.filter((mention) => !mention.weak).map((mention) => mention.value)
    const weak = (mentions: typeof sourceMentions) => mentions.filter((mention) => mention.weak).map((mention) => mention.value)
    // A title often gains or loses a date the document states elsewhere, and a dateline's date
    // may move into the title: a number the other document states there is not missing.
    const heading = bead.source.some((id) => inHeading(context.source, id)) || bead.target.some((id) => inHeading(context.target, id))
    const statedElsewhere = (side: 'source' | 'target') => (heading ? context.numbers[side].anywhere : context.numbers[side].inHeadings)
    const missing = difference(difference(strong(sourceMentions), strong(targetMentions)), weak(targetMentions)).filter((value) => !statedElsewhere('target').has(value))
    const extra = difference(difference(strong(targetMentions), strong(sourceMentions)), weak(sourceMentions)).filter((value) => !statedElsewhere('source').has(value))
    if (missing.length === 0 && extra.length === 0) continue
    const parts: string[] = []
    if (missing.length > 0) parts.push(`missing ${list(missing)}`)
    if (extra.length > 0) parts.push(`extra ${list(extra)}`)
    findings.push({
      ruleId: 'number-mismatch',
      reason: `Unexpected numbers in the translation (${parts.join(', ')}), expected ${sourceNumbers.length > 0 ? list(sourceNumbers) : 'none, as in the source'}`,
      side: 'target',
      sourceNodes,
      targetNodes,
      actual: targetNumbers.join(', '),
      expected: sourceNumbers,
      // A translation that only adds numbers (a date in a title) is worth a look, not an error.
      severity: missing.length === 0 ? 'warning' : undefined
    })
  }
  return findings
}

/** Items of `a` not matched one for one in `b`. */
export function difference(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const item of b) counts.set(item, (counts.get(item) ?? 0) + 1)
  const result: string[] = []
  for (const item of a) {
    const count = counts.get(item) ?? 0
    if (count > 0) counts.set(item, count - 1)
    else result.push(item)
  }
  return result
}

function list(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ')
}
