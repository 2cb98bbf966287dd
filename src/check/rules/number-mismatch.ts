/**
 * `number-mismatch`: numbers, dates, years, ordinals and counts differ between linked units after
 * normalisation (full-width digits, kanji numerals, number words, months: `10 and 11 February
 * 2025` matches `2025年2月10日および11日`). Numbers are compared as multisets: word order differs
 * between the languages.
 */
import type {Finding} from '../findings.js'
import {numbersIn} from '../../tree/numbers.js'
import {inHeading, withLabels, type Rule} from './context.js'

export const numberMismatch: Rule = (context) => {
  const findings: Finding[] = []
  for (const {bead, sourceNodes, targetNodes, sourceText, targetText} of context.linked) {
    const sourceSide = withLabels(context, bead, 'source', sourceText)
    const targetSide = withLabels(context, bead, 'target', targetText)
    const sourceMentions = numbersIn(sourceSide)
    const targetMentions = numbersIn(targetSide)
    const sourceNumbers = valuesOf(sourceMentions)
    const targetNumbers = valuesOf(targetMentions)
    // A title often gains or loses a date the document states elsewhere, and a dateline's date
    // may move into the title: a number the other document states there is not missing.
    const heading = bead.source.some((id) => inHeading(context.source, id)) || bead.target.some((id) => inHeading(context.target, id))
    const statedElsewhere = (side: 'source' | 'target') => (heading ? context.numbers[side].anywhere : context.numbers[side].inHeadings)
    // A weak mention (`third`, `one`) may answer a figure on the other side; unanswered, it is
    // no mismatch, since translations often render it without one.
    const missing = withoutRelativeYears(without(difference(difference(valuesOf(sourceMentions, false), valuesOf(targetMentions, false)), valuesOf(targetMentions, true)), statedElsewhere('target')), targetSide)
    let extra = without(difference(difference(valuesOf(targetMentions, false), valuesOf(sourceMentions, false)), valuesOf(sourceMentions, true)), statedElsewhere('source'))
    if (missing.length === 0 && extra.length > 0) extra = uncounted(extra, targetMentions, targetSide, sourceSide)
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

/** Counters of dates and times: a figure before them is no count of listed things. */
const calendarCounters = /^[年月日時分秒週歳]/u
/** A list item: one or two words. */
const listItem = String.raw`[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*)?`
// Two items take no comma: `…busy, and we are…` joins clauses, not listed things.
const coordination = new RegExp(`${listItem}(?:(?:, ${listItem})+,? | )(?:and|or|&) ${listItem}`, 'g')
const plusChain = /[A-Za-z]+(?:\s*\+\s*[A-Za-z]+)+/g

/** The most items of any list the text names: `A, B and C`, `length + width + height`. */
function longestList(text: string): number {
  let longest = 0
  for (const match of text.match(coordination) ?? []) longest = Math.max(longest, match.split(/,? (?:and|or|&) |, /).length)
  for (const match of text.match(plusChain) ?? []) longest = Math.max(longest, match.split('+').length)
  return longest
}

/**
 * The extra figures that are not a count the translation makes of what the source lists:
 * Japanese counts a listed set with a counter where English names its members (`1泊2食付き` for
 * “including dinner and breakfast”, `3辺の合計（縦＋横＋高さ）` for “total dimensions (length +
 * width + height)”). A figure of 2 to 9 directly before a counter kanji (not a date's or a
 * time's) passes when the source names a list of at least that many items. Only for a
 * translation that adds figures: one that also loses a figure has changed a number.
 */
function uncounted(extra: readonly string[], mentions: ReturnType<typeof numbersIn>, text: string, sourceText: string): string[] {
  const items = longestList(sourceText)
  if (items < 2) return [...extra]
  const counts = (value: string) =>
    Number(value) >= 2 &&
    Number(value) <= items &&
    mentions.some((mention) => mention.value === value && /^\p{sc=Han}/u.test(text.slice(mention.end)) && !calendarCounters.test(text.slice(mention.end)))
  const result: string[] = []
  for (const value of extra) if (!counts(value)) result.push(value)
  return result
}

// The lists here are filled by `push` into array literals rather than made by `filter` and
// `map`, so that an empty list and a filled one have the same hidden class: most pairs have no
// number at all, and the rule's optimised code, made for those, was thrown away at the first
// figure with `filter`'s and `map`'s empty lists.

/**
 * A year, counted once however often a unit states it: a range within one year states it twice
 * in English (`from 18 July 2025 at 10:00 to 21 July 2025`) and once in Japanese
 * (`2025年7月18日10時から7月21日18時まで`).
 */
const yearLike = /^(?:1[89]|2[01])\d\d$/

/** Japanese words for a year relative to another: the previous, the same, this, the next. */
const relativeYear = /前年|昨年|翌年|同年|本年|今年|前期|同期|翌期/

/**
 * The missing years, but for those the translation names relatively: `down 12% from Q2 2024`
 * is `前年同期比12%減` in a report on Q2 2025, `in 2024` may be `昨年`. Only years: a relative
 * word says nothing about any other figure.
 */
function withoutRelativeYears(missing: readonly string[], targetText: string): string[] {
  if (!relativeYear.test(targetText)) return [...missing]
  const result: string[] = []
  for (const value of missing) if (!yearLike.test(value)) result.push(value)
  return result
}

/** The values of the mentions, or of only the weak (`true`) or strong (`false`) ones. */
function valuesOf(mentions: ReturnType<typeof numbersIn>, weak?: boolean): string[] {
  const values: string[] = []
  for (const mention of mentions) {
    if (weak !== undefined && (mention.weak === true) !== weak) continue
    if (yearLike.test(mention.value) && values.includes(mention.value)) continue
    values.push(mention.value)
  }
  return values
}

/** The values not in `stated`. */
function without(values: readonly string[], stated: ReadonlySet<string>): string[] {
  const result: string[] = []
  for (const value of values) if (!stated.has(value)) result.push(value)
  return result
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
