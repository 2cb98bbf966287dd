/**
 * Figures that a language writes over several tokens, or with digit grouping, read as one word
 * with the value `numbersIn` gives them: `¥9 million` and `900万`, `38,000` and `3万8,000`,
 * `1.2 billion` and `12億`. Token by token they share nothing (`9`, `million` against `900`, `万`),
 * so coverage took a translated figure for an untranslated one; as one word each, valued alike,
 * they match.
 */
import {numbersIn} from '../tree/numbers.js'

/** A token of a text: its surface and where it starts. */
export interface PlacedToken {
  readonly surface: string
  readonly start: number
}

/** One figure over tokens `first`…`last` (indexes into the token list), with its value. */
export interface FigureSpan {
  readonly first: number
  readonly last: number
  readonly value: string
}

const numeric = /^\d+(?:\.\d+)?$/
const digit = /\d/

/**
 * The figures of `text` (offsets as `tokens` were found in it) that differ from their tokens:
 * spread over two tokens or more, or one token written otherwise than the value (`38,000`). A
 * figure that overlaps another (a clock time read as hours and minutes) is left alone, as is
 * one that touches no token with a digit (a month name, a number word: matched already).
 */
export function figureSpans(text: string, tokens: readonly PlacedToken[]): FigureSpan[] {
  // `numbersIn` reads the NFKC form: its offsets are the text's only when that keeps the length.
  if (text.normalize('NFKC').length !== text.length) return []
  const mentions = numbersIn(text).filter((mention) => !mention.weak && numeric.test(mention.value))
  const spans: FigureSpan[] = []
  for (const mention of mentions) {
    if (mentions.some((other) => other !== mention && other.start < mention.end && mention.start < other.end)) continue
    let first = -1
    let last = -1
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token.start < mention.end && mention.start < token.start + token.surface.length) {
        if (first < 0) first = index
        last = index
      }
    }
    if (first < 0) continue
    const pieces = tokens.slice(first, last + 1)
    if (!pieces.some((token) => digit.test(token.surface))) continue
    if (pieces.length === 1 && pieces[0].surface === mention.value) continue
    if (spans.length > 0 && spans[spans.length - 1].last >= first) continue
    spans.push({first, last, value: mention.value})
  }
  return spans
}
