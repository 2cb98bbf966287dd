/**
 * Sentence boundaries in the plain text of one Markdown block (a block boundary always ends a
 * sentence, so the caller runs this per block).
 *
 * English: `.`, `!`, `?` followed by space and a sentence start, except after abbreviations
 * (e.g., i.e., U.S., No. 5, Art. 3), initials and inside decimals.
 * Japanese: `。`, `！`, `？`, `．` (and the English rules for ASCII marks), but not inside
 * 「」『』（）() brackets, so that `「明日行く。」と言った。` stays one sentence.
 * A citation marker right after the end of a sentence (`…しました。elysee.fr`) belongs to it.
 */
import type {Lang} from './types.js'
import {citationAt} from './annotations.js'
import {cjk, isWhitespace} from './script.js'
import {stopWords} from './anchors.js'

export interface SentenceSpan {
  start: number
  end: number
  /** Citation markers at the end of the sentence. */
  citations: Array<{start: number; end: number}>
}

const asciiTerminator = /[.!?]/
const jaTerminator = /[。！？．]/
const closers = /[)"'’”\]」』）】〕］｣]/
/** What follows a closing bracket that quotes rather than ends: と, って, との, や, を, が, は, に, の, も. */
const quotative = /^(?:と|って|や|を|が|は|に|の|も|、)/
const openers: Record<string, string> = {'「': '」', '『': '』', '（': '）', '(': ')', '【': '】', '〔': '〕', '［': '］', '｢': '｣'}

/** Abbreviations after which a period never ends a sentence. */
const alwaysAbbreviations = new Set([
  'e.g', 'i.e', 'etc', 'cf', 'vs', 'viz', 'approx', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt',
  'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'hon', 'rev', 'lt', 'col', 'capt', 'sgt', 'messrs',
  'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'fig', 'figs', 'al'
])
/** Abbreviations that do not end a sentence when a number follows (`No. 5`, `Art. 3`, `Jan. 5`). */
const numberAbbreviations = new Set([
  'no', 'nos', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'vol', 'vols', 'sec', 'ch', 'chap',
  'op', 'nr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/** Abbreviations written in lower case that may close a sentence: `a.m.`, `p.m.`, `etc.` */
const sentenceFinalAbbreviation = /^(?:(?:[a-z]\.)+[a-z]|etc)$/

/** Does a capitalised function word (`We`, `The`, `If`), or `Please`, start at `index`? */
function opensSentence(text: string, index: number, to: number): boolean {
  let end = index
  while (end < to && /[A-Za-z]/.test(text[end])) end++
  const word = text.slice(index, end)
  return /^[A-Z][a-z]*$/.test(word) && (stopWords.has(word.toLowerCase()) || word === 'Please')
}

export interface SplitOptions {
  /**
   * The block is a heading: a period after its leading number does not end a sentence
   * (`CHAPTER II. GENERAL PROVISIONS`, `Article 3. Scope`, `IV. Findings` are one title).
   */
  heading?: boolean | undefined
}

/** A heading's numbering before a period: an optional word, then a Roman numeral, number or letter. */
const headingNumber = /^(?:[A-Za-z]+\s+)?(?:[IVXLCDM]+|[ivxlcdm]+|\d+(?:\.\d+)*|[A-Z])$/

export function splitSentences(text: string, from: number, to: number, lang: Lang, options?: SplitOptions | undefined): SentenceSpan[] {
  const inBracket = lang === 'ja' ? bracketDepths(text, from, to) : undefined
  const spans: SentenceSpan[] = []
  let start = skipSpace(text, from, to)
  let index = start
  while (index < to) {
    const unit = text[index]
    // A bracketed sentence （…。） ends at its outermost closer, unless a quotative follows
    // (「…。」と言った).
    const closesSentence =
      inBracket !== undefined &&
      inBracket[index - from] === 0 &&
      closers.test(unit) &&
      index > from &&
      (jaTerminator.test(text[index - 1]) || asciiTerminator.test(text[index - 1])) &&
      !quotative.test(text.slice(index + 1, index + 3))
    const ja = closesSentence || jaTerminator.test(unit)
    if (!(ja || asciiTerminator.test(unit)) || (!closesSentence && inBracket && inBracket[index - from] > 0)) {
      index++
      continue
    }
    let after = index + 1
    // An ASCII mark glued to a letter or digit opens the next sentence's first word
    // (`…実行します。.kelpie.yml という…`, `.NET`), it does not repeat this one's end.
    while (after < to && (jaTerminator.test(text[after]) || (asciiTerminator.test(text[after]) && !/[A-Za-z\d]/.test(text[after + 1] ?? '')) || closers.test(text[after]))) {
      after++
    }
    const numbering = options?.heading === true && text[index] === '.' && headingNumber.test(text.slice(start, index))
    if (!ja && (numbering || !endsEnglishSentence(text, index, after, to))) {
      index = after
      continue
    }
    const next = skipSpace(text, after, to)
    const span: SentenceSpan = {start, end: after, citations: []}
    let resume = next
    const citation = next < to ? citationAt(text, next, to) : 0
    if (citation > 0) {
      span.citations.push({start: next, end: next + citation})
      span.end = next + citation
      resume = skipSpace(text, next + citation, to)
    }
    if (span.end > span.start) spans.push(span)
    start = resume
    index = resume
  }
  if (start < to) {
    let end = to
    while (end > start && isWhitespace(text[end - 1])) end--
    if (end > start) spans.push({start, end, citations: []})
  }
  return spans
}

function skipSpace(text: string, at: number, to: number): number {
  while (at < to && isWhitespace(text[at])) at++
  return at
}

/** Does the ASCII mark at `index` (its run ending at `after`) end an English-style sentence? */
function endsEnglishSentence(text: string, index: number, after: number, to: number): boolean {
  if (after >= to) return true
  const gap = text[after]
  let wordStart = index
  while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1])) wordStart--
  const word = text.slice(wordStart, index)
  const lower = word.toLowerCase()
  // Japanese text straight after the mark starts a sentence, but not after an abbreviation, nor
  // an opening bracket: `製造元：Hanover Pharma Ltd.（12 Mill Road…）` is one sentence.
  if (!isWhitespace(gap)) return cjk.test(gap) && !(gap in openers) && !(text[index] === '.' && alwaysAbbreviations.has(lower))
  const nextIndex = skipSpace(text, after, to)
  if (nextIndex >= to) return true
  const next = text[nextIndex]
  if (/[a-z]/.test(next)) return false
  if (text[index] !== '.') return true
  if (word.length === 0) return true
  // `a.m.`, `p.m.` and `etc.` often end a sentence, their period doing for both: they do when
  // what follows is a capitalised function word, which opens a sentence (`by 10:00 a.m. We can
  // store…`), and not before a name (`10 a.m. Tokyo time`).
  if (sentenceFinalAbbreviation.test(word) && opensSentence(text, nextIndex, to)) return true
  if (alwaysAbbreviations.has(lower)) return false
  if (/^(?:[a-z]\.)+[a-z]$/i.test(word)) return false
  if (/^[A-Z]$/.test(word)) return false
  if (numberAbbreviations.has(lower) && /\d/.test(next)) return false
  return true
}

/**
 * For each unit in [from, to), how many matched brackets enclose it. Unmatched openers enclose
 * nothing, so a stray `「` cannot swallow the rest of a paragraph.
 */
function bracketDepths(text: string, from: number, to: number): Int32Array {
  const delta = new Int32Array(to - from + 1)
  const stack: Array<{closer: string; at: number}> = []
  for (let index = from; index < to; index++) {
    const unit = text[index]
    const closer = openers[unit]
    if (closer) {
      stack.push({closer, at: index})
      continue
    }
    if (closers.test(unit)) {
      // Look a bounded way down the stack: deep runs of unmatched openers stay linear.
      for (let k = stack.length - 1; k >= Math.max(0, stack.length - 32); k--) {
        if (stack[k].closer === unit) {
          delta[stack[k].at + 1 - from]++
          delta[index - from]--
          stack.length = k
          break
        }
      }
    }
  }
  const depth = new Int32Array(to - from)
  let running = 0
  for (let k = 0; k < depth.length; k++) {
    running += delta[k]
    depth[k] = running
  }
  return depth
}
