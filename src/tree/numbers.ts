/**
 * Numbers in any notation, normalised to plain decimal strings so that both languages compare:
 * ASCII and full-width digits (`１，０００` → `1000`), kanji numerals before a counter or after
 * 第 (`三つ` → `3`, `第三回` → `3`), English number words (`three`), ordinals (`3rd`), month names
 * (`February` → `2`, to meet `2月`), Roman numerals after a structural word (`Chapter II`,
 * `PART III`) or opening a heading (`IV. Findings`).
 *
 * Some mentions are weak: ordinal words (`third`, `second`) and `one`, which a translation
 * often renders without a figure (`First,` → `まず`, `one of` → `…の一つ` or nothing), and a
 * Japanese 1 before a counter (`1年間`, `1時間あたり`, `一人`), which renders `a year`, `an hour`. A weak
 * mention may match a number on the other side, but its absence there is no mismatch.
 */

export interface NumberMention {
  /** Normalised value (`'2025'`, `'3'`, `'1000'`, `'3.5'`). */
  value: string
  /** Offsets in the text the mention came from. */
  start: number
  end: number
  /** A word that may stand for the number or not (`third`, `one`): see above. */
  weak?: boolean | undefined
  /**
   * The figure of a strictly bounded count (`more than 100`): weak, since the other side may
   * write the next number (`101以上`), but most often written as is, so still an anchor.
   */
  bound?: true | undefined
}

const kanjiDigits: Record<string, number> = {〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壱: 1, 弐: 2, 参: 3}
const kanjiSmallUnits: Record<string, number> = {十: 10, 百: 100, 千: 1000}
/** Powers of ten of the scale words and units (`億` is 10^8). */
const kanjiBigUnits: Record<string, number> = {万: 4, 億: 8, 兆: 12}

/**
 * A decimal figure times a power of ten, read as one decimal literal (`8.2e9`) so that the
 * result is exact: `8.2 * 1e9` is 8199999999.999999 in binary floating point, and `¥8.2
 * billion` would not match `82億円`.
 */
function scaledBy(digits: string, power: number): number {
  return Number(`${digits}e${power}`)
}

/** Value of a kanji numeral (`二千二十五` → 2025, `三` → 3, `二〇二五` → 2025). */
export function kanjiToNumber(kanji: string): number | undefined {
  if (kanji.length === 0) return undefined
  // Positional form: every character a digit (二〇二五).
  if ([...kanji].every((unit) => unit in kanjiDigits)) {
    return Number([...kanji].map((unit) => kanjiDigits[unit]).join(''))
  }
  let total = 0
  let section = 0
  let digit: number | undefined
  for (const unit of kanji) {
    if (unit in kanjiDigits) {
      digit = kanjiDigits[unit]
    } else if (unit in kanjiSmallUnits) {
      section += (digit ?? 1) * kanjiSmallUnits[unit]
      digit = undefined
    } else if (unit in kanjiBigUnits) {
      total += (section + (digit ?? 0) || 1) * 10 ** kanjiBigUnits[unit]
      section = 0
      digit = undefined
    } else {
      return undefined
    }
  }
  return total + section + (digit ?? 0)
}

const wordNumbers: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12
}
const ordinalWords: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100
}
/** How many times: `twice a day` ↔ `1日2回`. Weak, like ordinals: a translation may drop them. */
const timesWords: Record<string, number> = {once: 1, twice: 2, thrice: 3, double: 2, doubled: 2, doubles: 2, doubling: 2, triple: 3, tripled: 3, triples: 3, tripling: 3, quadruple: 4, quadrupled: 4}
/**
 * Words that may stand for a number the other side writes, or not: `both` (`2個`), `a century`
 * (`100年前`), `midnight` (`午前0時`), `noon`, and the denominators of fractions (`two-thirds` ↔
 * `3分の2`, `three quarters` ↔ `4分の3`). Weak: a translation may do without them.
 */
const weakWords: Record<string, number> = {
  both: 2, single: 1, century: 100, midnight: 0, noon: 12, halves: 2, thirds: 3, quarters: 4, fifths: 5, sixths: 6,
  sevenths: 7, eighths: 8, ninths: 9, tenths: 10
}
/** Spans counted in units (`three centuries`, `2 decades`) that the other side may give in years (`300年`). */
const yearsIn: Record<string, number> = {centuries: 100, decades: 10}
const months: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12
}

/** Value of a count written as digits (`3`, `３`), an English number word (`three`) or kanji (`三`). */
export function countValue(word: string): number | undefined {
  const normal = word.normalize('NFKC').toLowerCase()
  if (/^\d+$/.test(normal)) return Number(normal)
  return wordNumbers[normal] ?? kanjiToNumber(normal)
}

/** Counters after which a kanji numeral is a number (三つ, 二名, 十年) rather than part of a word (一堂). */
const counters = /^(?:つ|回|年|か月|ヶ月|カ月|月|日|名|人|か国|カ国|ヵ国|ヶ国|国|件|個|倍|割|位|番|度|時|分|週|章|条|項|号|点|本|社|種|階|台|枚|冊|杯|軒|株|泊|億|万|千|百|%|％|パーセント)/
const kanjiRun = /[〇零一二三四五六七八九十百千万億兆壱弐参]+/g
/** `6:00 p.m.`, `18:30`, `午後6時`: the hour (and minutes), with what says it is afternoon. */
const clockTime = /(午後)?(?<![\d:.])(?:(\d{1,2}):(\d{2})(?!\d|:\d)|(\d{1,2})(?=時(?!間)|\s*[ap]\.?m\.?(?![A-Za-z])))(?:\s*([ap]\.?m\.?)(?![A-Za-z]))?/gi
/**
 * A year of a Japanese era (`令和7年`, `平成元年`, `令和7年度`): Japanese official documents date
 * by era where the English has the Western year. The year before each era's first.
 */
const eraYear = /(令和|平成|昭和|大正|明治)\s*(元|\d{1,2}|[一二三四五六七八九十]{1,3})(?=年)/g
const eraStart: Record<string, number> = {令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867}
/** Periods written as codes: a quarter (`Q3`, `3Q`), a half (`H1`), a fiscal year (`FY2025`). */
const periodCode = /(?<![A-Za-z\d])(?:Q([1-4])|([1-4])Q|H([12])|FY ?(\d{4}|\d{2}))(?![A-Za-z\d])/g
/** What follows a 1 that means “per one”: up to three kanji or katakana, or a unit (`1kWh当たり`), then 当たり, あたり, につき. */
/** After a 1: a neighbouring day, week, month or year (`1 day before`, `1 week later`, `1 year ago`). */
const neighbouring = /^\s+(?:day|week|month|year)s?\s+(?:before|after|earlier|later|ago|prior)\b/i
const perOne = /^(?:[\p{sc=Han}\p{sc=Katakana}ー]{1,3}|[A-Za-z]{1,4})(?:当たり|あたり|につき|\s*=)/u
/**
 * Is the figure at [start, end) followed by the counter that followed an earlier figure of the
 * text (`4切れ（1切れ…）`, `3袋（1袋…）`)? Then a 1 there counts one of those, “each”.
 */
function repeatsCounter(text: string, start: number, end: number): boolean {
  const counter = /^[\p{sc=Han}\p{sc=Katakana}]/u.exec(text.slice(end, end + 1))?.[0]
  if (counter === undefined) return false
  for (let at = text.indexOf(counter); at >= 0 && at < start; at = text.indexOf(counter, at + 1)) {
    if (/\d/.test(text[at - 1] ?? '')) return true
  }
  return false
}
/**
 * Units written straight after a figure (`20MB`, `5km`, `100ms`, `320kcal`, `100mL`): the figure
 * is a number; other letters glued to digits make a code or a name (`G7`, `3D`, `COVID19`), not
 * a quantity.
 */
const glued = '(?:[kKMGT]i?B|[kMG]b(?:ps)?|bps|[kcm]?m|km|kg|mg|g|k?cal|[mdc]?[lL]|cc|oz|lbs?|ft|mph|kph|ms|[kMG]?Hz|px|pt|fps|mAh|[kMG]?Wh|[kMG]?W|[kMGh]?Pa|[mk]?V|mA|dB|ppm|ha|x|h|min|sec|s)(?![A-Za-z])'
// Never the integer part of a decimal (`1` of `1.2MPa` when the letters were not a unit).
const digitRun = new RegExp(`(?<![A-Za-z\\d.,])\\d+(?:[.,]\\d+)*(?![.,]?\\d)(?:(?![A-Za-z\\d])|(?=${glued}))`, 'g')
const ordinal = /(?<![A-Za-z\d])(\d+)(?:st|nd|rd|th)\b/gi
const word = /[A-Za-z]+/g
/** A Roman numeral after a word that numbers parts of a document, or opening a heading. */
const structuralRoman =
  /(?<=\b(?:chapter|part|article|section|title|book|annex|appendix|schedule|volume|division|phase|tier|stage|protocol)\s+)[IVXLCDM]+(?![A-Za-z\d])|^[IVXLCDM]+(?=[.)]\s)/gi
const canonicalRoman = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/
const romanValues: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000}

/** Value of a Roman numeral (`XIV` → 14), or undefined when it is not one. */
export function romanToNumber(numeral: string): number | undefined {
  const upper = numeral.toUpperCase()
  if (upper === '' || !canonicalRoman.test(upper)) return undefined
  let total = 0
  for (let k = 0; k < upper.length; k++) {
    const value = romanValues[upper[k]]
    const next = romanValues[upper[k + 1]] ?? 0
    total += value < next ? -value : value
  }
  return total
}
const englishScales: Record<string, number> = {thousand: 3, million: 6, billion: 9, trillion: 12}
const englishScale = /(?<![A-Za-z\d.,])(\d+(?:,\d{3})*(?:\.\d+)?)\s+(thousand|million|billion|trillion)\b/gi
// Digits may carry thousands commas, before a unit (`1,840万`, newspaper style) and after the
// last one (`3万8,000` = 38000, `2万4,512` = 24512).
const japaneseScale = /(?<![\d.,])(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[兆億万])+(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.]|,\d))?/g

/**
 * Number mentions in a text, in order. Offsets refer to the NFKC form of the text when the text
 * has full-width characters; callers use the values, not the offsets, for comparison.
 */
export function numbersIn(text: string): NumberMention[] {
  const normal = text.normalize('NFKC')
  const found: NumberMention[] = []
  // Offsets covered by a scaled number, so that its parts are not counted again.
  const scaled = new Uint8Array(normal.length + 1)
  const cover = (start: number, end: number) => scaled.fill(1, start, end)
  // Large numbers with a scale word or unit: `300 million` and `3億` are both 300000000.
  for (const match of normal.matchAll(englishScale)) {
    const value = scaledBy(match[1].replace(/,/g, ''), englishScales[match[2].toLowerCase()])
    found.push({value: canonical(String(value)), start: match.index, end: match.index + match[0].length})
    cover(match.index, match.index + match[0].length)
  }
  for (const match of normal.matchAll(japaneseScale)) {
    let value = 0
    for (const part of match[0].replace(/,/g, '').matchAll(/(\d+(?:\.\d+)?)([兆億万])?/g)) {
      value += scaledBy(part[1], part[2] ? kanjiBigUnits[part[2]] : 0)
    }
    found.push({value: canonical(String(value)), start: match.index, end: match.index + match[0].length})
    cover(match.index, match.index + match[0].length)
  }
  // Clock times: `6:00 p.m.` is the hour 6 (`:00` is no number of its own) and, weakly, 18, as
  // `午後6時` is 6 and weakly 18, and `18:00` is 18 and weakly 6.
  for (const match of normal.matchAll(clockTime)) {
    const hour = Number(match[2] ?? match[4])
    const minutes = match[3]
    const end = match.index + match[0].length
    const afternoon = match[1] !== undefined || /^p\.?m\b/i.test(match[5] ?? '')
    found.push({value: String(hour), start: match.index, end})
    if (minutes !== undefined && minutes !== '00') found.push({value: canonical(minutes), start: match.index, end})
    if (afternoon && hour < 12) found.push({value: String(hour + 12), start: match.index, end, weak: true})
    if (hour > 12 && hour < 24) found.push({value: String(hour - 12), start: match.index, end, weak: true})
    cover(match.index, end)
  }
  // A version written after `Ver.` or `v` (`Ver.3.2`, `v2.0`), which the other side may spell `Version 3.2`.
  for (const match of normal.matchAll(/(?<![A-Za-z])(?:Ver|ver|VER|v|V)\.?\s?(\d+(?:\.\d+)?)(?![\d.]*\d)/g)) {
    const start = match.index + match[0].length - match[1].length
    found.push({value: canonical(match[1]), start, end: match.index + match[0].length})
    cover(start, match.index + match[0].length)
  }
  // `令和7年` is 2025 (and, weakly, 7: an English text may keep the era, `Reiwa 7`).
  for (const match of normal.matchAll(eraYear)) {
    const year = match[2] === '元' ? 1 : /\d/.test(match[2]) ? Number(match[2]) : kanjiToNumber(match[2])
    if (year === undefined) continue
    const end = match.index + match[0].length
    found.push({value: String(eraStart[match[1]] + year), start: match.index, end})
    found.push({value: String(year), start: match.index, end, weak: true})
    cover(match.index, end)
  }
  // A fiscal year named by the month it ends (`2026年3月期`, Japanese companies' usage) is the
  // English `fiscal 2025` or `FY2026`, by company: both years weak, and the month.
  for (const match of normal.matchAll(/(?<!\d)(\d{4})年(\d{1,2})月期/g)) {
    const end = match.index + match[0].length
    for (const value of [match[1], String(Number(match[1]) - 1), match[2]]) found.push({value, start: match.index, end, weak: true})
    cover(match.index, end)
  }
  // 半年 (half a year) is how Japanese says “six months”; weak, as “half a year” has no figure.
  for (const match of normal.matchAll(/半年/g)) found.push({value: '6', start: match.index, end: match.index + 2, weak: true})
  // A quarter, a half or a fiscal year written as a code: `Q3`, `3Q`, `H1`, `FY2025` (`FY25` is weakly 2025).
  for (const match of normal.matchAll(periodCode)) {
    const end = match.index + match[0].length
    if (match[1] ?? match[2]) found.push({value: match[1] ?? match[2], start: match.index, end})
    else if (match[3]) found.push({value: match[3], start: match.index, end, weak: true})
    else if (match[4]) found.push({value: match[4].length === 2 ? `20${match[4]}` : match[4], start: match.index, end, ...(match[4].length === 2 ? {weak: true} : {})})
    cover(match.index, end)
  }
  const inScaled = (at: number) => scaled[at] === 1
  for (const match of normal.matchAll(digitRun)) {
    if (inScaled(match.index)) continue
    const raw = match[0]
    // `1,000` is one thousand; `10,11` (no digits-of-three group) is two numbers.
    const parts = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw) ? [raw.replace(/,/g, '')] : raw.split(',')
    let offset = match.index
    for (const part of parts) {
      if (part !== '') {
        const mention: NumberMention = {value: canonical(part), start: offset, end: offset + part.length}
        // 1 before a counter (`1年`), per one (`1株当たり` for “per share”, `4切れ（1切れ約150g）`
        // for “4 fillets, about 150 g each”), or over a fraction (`3分の1` for “a third”) is
        // often not written as a figure in English. An English 1 of a neighbouring day, week,
        // month or year (`1 day before`, `1 year ago`) is often none in Japanese (前日, 前年).
        const after = normal.slice(offset + part.length, offset + part.length + 20)
        if (mention.value === '1' && (counters.test(after) || perOne.test(after) || repeatsCounter(normal, offset, offset + part.length) || normal.slice(offset - 2, offset) === '分の' || neighbouring.test(after))) mention.weak = true
        found.push(mention)
      }
      offset += part.length + 1
    }
  }
  for (const match of normal.matchAll(ordinal)) {
    found.push({value: canonical(match[1]), start: match.index, end: match.index + match[0].length})
  }
  for (const match of normal.matchAll(kanjiRun)) {
    const before = normal[match.index - 1]
    const after = normal.slice(match.index + match[0].length, match.index + match[0].length + 4)
    if (inScaled(match.index) || (before !== '第' && !counters.test(after))) continue
    const value = kanjiToNumber(match[0])
    if (value === undefined) continue
    const mention: NumberMention = {value: String(value), start: match.index, end: match.index + match[0].length}
    // `1年間`, `1時間あたり`, `一人` often stand for English `a year`, `an hour`, `a person`; and
    // 十分 is as often “enough” as “ten minutes”.
    if ((value === 1 && before !== '第') || (match[0] === '十' && after.startsWith('分'))) mention.weak = true
    found.push(mention)
  }
  for (const match of normal.matchAll(structuralRoman)) {
    // Mixed case (`Iv`) is a word, not a numeral.
    if (match[0] !== match[0].toUpperCase() && match[0] !== match[0].toLowerCase()) continue
    const value = romanToNumber(match[0])
    if (value !== undefined) found.push({value: String(value), start: match.index, end: match.index + match[0].length})
  }
  const words: Array<NumberMention & {parts: number[]}> = []
  for (const match of normal.matchAll(word)) {
    const lower = match[0].toLowerCase()
    const ordinalValue = ordinalWords[lower]
    const value = wordNumbers[lower] ?? months[lower] ?? ordinalValue ?? timesWords[lower] ?? weakWords[lower]
    if (value === undefined || inScaled(match.index)) continue
    // "May" is a month only with a capital; "no one", "one another" are no numbers at all.
    if (lower === 'may' && match[0] !== 'May') continue
    if (lower === 'one' && (/\bno\s+$/i.test(normal.slice(Math.max(0, match.index - 4), match.index)) || /^\s+another\b/i.test(normal.slice(match.index + 3, match.index + 12)))) continue
    const mention: NumberMention = {value: String(value), start: match.index, end: match.index + match[0].length}
    if (ordinalValue !== undefined || timesWords[lower] !== undefined || weakWords[lower] !== undefined || lower === 'one') mention.weak = true
    const previous = words[words.length - 1]
    // `three hundred`, `twenty-five`, `two thousand and ten` are one number.
    // Only after a cardinal: `the first two cups` is the first and two.
    if (wordNumbers[lower] !== undefined && previous && continuesNumber(previous.parts, value, normal.slice(previous.end, match.index))) {
      previous.end = mention.end
      previous.parts.push(value)
      continue
    }
    words.push({...mention, parts: wordNumbers[lower] !== undefined ? [value] : []})
  }
  for (const {parts, ...mention} of words) {
    if (parts.length > 1) {
      mention.value = String(compoundValue(parts))
      delete mention.weak
    }
    found.push(mention)
  }
  // `three centuries` may come back as 3世紀 or as 300年: both readings, neither required.
  for (const mention of [...found]) {
    const unit = /^\s+(centuries|decades)\b/i.exec(normal.slice(mention.end, mention.end + 12))
    if (!unit || !/^\d+$/.test(mention.value)) continue
    mention.weak = true
    found.push({value: String(Number(mention.value) * yearsIn[unit[1].toLowerCase()]), start: mention.start, end: mention.end + unit[0].length, weak: true})
  }
  boundedCounts(normal, found)
  return found.sort((a, b) => a.start - b.start)
}

/** Words before a whole number that make it a bound one past (`more than 5` is `6回以上`) or one short of the count. */
const above = /\b(?:more than|over|above|exceeding|in excess of|greater than)\s+$/i
const below = /\b(?:less than|fewer than|under|below)\s+$/i

/**
 * A count with a strict bound names the same counts as the next whole number with an inclusive
 * one, which is how Japanese says it: `more than five times` ↔ `6回以上`, `fewer than 10` ↔
 * `9人以下`. In English both figures are then weak (either answers); a Japanese `5回を超える`
 * keeps its 5 and may also answer a 6 (`6 or more`). Counts only: `over 20%`, `more than
 * 5.5 kg` are measures, where the figure itself is meant.
 */
function boundedCounts(text: string, found: NumberMention[]): void {
  for (const mention of [...found]) {
    // A figure or a cardinal (`five`), not `doubled` or `third`.
    const written = text.slice(mention.start, mention.end).toLowerCase()
    if (!/^\d+$/.test(mention.value) || !(/^\d+$/.test(written) || wordNumbers[written] !== undefined)) continue
    const before = text.slice(Math.max(0, mention.start - 20), mention.start)
    const after = text.slice(mention.end, mention.end + 8)
    if (/^\s*(?:%|percent|per cent|[a-z]{1,3}\b)/i.test(after)) continue
    const japanese = /^[\p{sc=Han}\p{sc=Katakana}]{0,2}(?:を超え|超)/u.test(after)
    const step = above.test(before) || japanese ? 1 : below.test(before) ? -1 : 0
    if (step === 0 || Number(mention.value) + step < 0) continue
    if (!japanese) {
      mention.weak = true
      mention.bound = true
    }
    found.push({value: String(Number(mention.value) + step), start: mention.start, end: mention.end, weak: true})
  }
}

/**
 * Does the number word `value`, after `between`, go on the number of `parts`? A scale word
 * multiplies (`three hundred`), units follow tens (`twenty-five`), and anything smaller follows a
 * scale (`two thousand and ten`); `three and four`, `one two` are two numbers.
 */
function continuesNumber(parts: readonly number[], value: number, between: string): boolean {
  if (parts.length === 0 || !/^(?:[\s-]+|\s+and\s+)$/.test(between)) return false
  const last = parts[parts.length - 1]
  const scale = Math.max(...parts.filter((part) => part >= 100), 0)
  if (value >= 100) return value > last
  if (/and/.test(between)) return scale > 0
  if (last >= 20 && last < 100 && last % 10 === 0) return value < 10
  return scale > 0 && last >= 100
}

/** Value of number words in a row: `three hundred` (3, 100) → 300, `twenty five` → 25. */
function compoundValue(parts: readonly number[]): number {
  let total = 0
  let current = 0
  for (const part of parts) {
    if (part === 100) current = (current || 1) * 100
    else if (part >= 1000) {
      total += (current || 1) * part
      current = 0
    } else current += part
  }
  return total + current
}

function canonical(digits: string): string {
  if (digits.includes('.') || digits.includes('e')) return String(Number(digits))
  return digits.replace(/^0+(?=\d)/, '')
}
