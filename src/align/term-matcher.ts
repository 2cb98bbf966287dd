/**
 * Finding glossary terms in a text with a hash table of the terms, looked up at each possible
 * start for each length a term has: the cost grows with the text (times the number of distinct
 * term lengths), not with the size of the glossary, and building it is one pass over the
 * glossary. One alternation regex over 100,000 terms took 84 s and 1.35 GB for a one-line
 * document; a trie of them (a map per node) spent its time collecting garbage.
 *
 * The matches are exactly those of the regex it replaces: scanning left to right, at the first
 * place where some term fits, the longest term wins; English terms match whole words in any
 * case (by `toLowerCase`), optionally followed by `s` or `es`, and a
 * term that fits but ends inside a word gives way to a shorter one that ends at a word boundary;
 * Japanese terms match anywhere. After a match the scan resumes at its end.
 */
import type {Lang} from '../tree/types.js'
import type {Glossary} from './glossary.js'

export interface TermMention {
  /** Index of the glossary entry. */
  entry: number
  /** The text that matched. */
  text: string
  start: number
  end: number
  /** A forbidden rendering. */
  forbidden: boolean
}

export interface TermMatcher {
  (text: string): TermMention[]
}

/** Every form (lower-cased in English) → the first term listed for it, and the lengths that occur. */
interface Table {
  /** The entry's index × 2, + 1 for a forbidden rendering: a number, so that 100,000s of terms allocate no objects. */
  terms: Map<string, number>
  /** Distinct key lengths, longest first. */
  lengths: number[]
}

const wordCharacter = /[\p{L}\p{N}]/u

/**
 * A function that finds the glossary's terms in texts of one language: English by word, with
 * plural endings and any case; Japanese by substring (no spaces to rely on). Longer terms win
 * where terms overlap.
 */
export function termMatcher(glossary: Glossary, lang: Lang): TermMatcher {
  // A glossary from `parseGlossary` is frozen: its matchers can be kept for it. One built by
  // hand may change, so it gets a new matcher each time.
  const cache = Object.isFrozen(glossary) ? (matchers.get(glossary) ?? new Map<Lang, TermMatcher>()) : undefined
  const known = cache?.get(lang)
  if (known) return known
  const matcher = buildMatcher(glossary, lang)
  if (cache) {
    cache.set(lang, matcher)
    matchers.set(glossary, cache)
  }
  return matcher
}

/** Matchers of frozen glossaries, per language; a glossary no longer used is collected with them. */
const matchers = new WeakMap<Glossary, Map<Lang, TermMatcher>>()

function buildMatcher(glossary: Glossary, lang: Lang): TermMatcher {
  const terms = new Map<string, number>()
  const lengths = new Set<number>()
  // Of two entries with the same form the first wins, as it did in the alternation.
  const add = (form: string, entry: number, forbidden: boolean) => {
    const key = lang === 'en' ? form.toLowerCase() : form
    if (key === '') return // an empty form would match everywhere; parseGlossary rejects it
    if (terms.has(key)) return
    terms.set(key, entry * 2 + (forbidden ? 1 : 0))
    lengths.add(key.length)
  }
  glossary.forEach((entry, index) => {
    for (const form of lang === 'en' ? entry.en : entry.ja) add(form, index, false)
    if (lang === 'ja') for (const form of entry.forbidden) add(form, index, true)
  })
  if (terms.size === 0) return () => []
  const table: Table = {terms, lengths: [...lengths].sort((a, b) => b - a)}
  return lang === 'en' ? (text) => scan(text, (start) => englishAt(table, text, start)) : (text) => scan(text, (start) => termsAt(table, text, start, false)[0])
}

type Found = {entry: number; forbidden: boolean; end: number}

function scan(text: string, at: (start: number) => Found | undefined): TermMention[] {
  const found: TermMention[] = []
  let start = 0
  while (start < text.length) {
    const match = at(start)
    if (match) {
      found.push({entry: match.entry, text: text.slice(start, match.end), start, end: match.end, forbidden: match.forbidden})
      start = match.end
    } else {
      start += codePointLength(text, start)
    }
  }
  return found
}

function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1
}

/** Every term that fits at `start`, longest first, with the offset where each ends. */
function termsAt(table: Table, text: string, start: number, lower: boolean): Found[] {
  const result: Found[] = []
  for (const length of table.lengths) {
    const end = start + length
    if (end > text.length) continue
    // Never end between the two halves of a surrogate pair.
    if ((text.charCodeAt(end - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(end) & 0xfc00) === 0xdc00) continue
    const piece = text.slice(start, end)
    const term = table.terms.get(lower ? piece.toLowerCase() : piece)
    if (term !== undefined) result.push({entry: term >> 1, forbidden: (term & 1) === 1, end})
  }
  return result
}

/**
 * English: at a word start, the longest term that, with an optional `s` or `es` (tried in that
 * order), ends at a word boundary.
 */
function englishAt(table: Table, text: string, start: number): Found | undefined {
  if (start > 0 && isWordCharacter(text, previousCodePoint(text, start))) return undefined
  for (const candidate of termsAt(table, text, start, true)) {
    for (const suffix of ['s', 'es', '']) {
      const end = candidate.end + suffix.length
      if (suffix && text.slice(candidate.end, end).toLowerCase() !== suffix) continue
      if (end < text.length && isWordCharacter(text, end)) continue
      return {...candidate, end}
    }
  }
  return undefined
}

function previousCodePoint(text: string, index: number): number {
  return index >= 2 && (text.charCodeAt(index - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800 ? index - 2 : index - 1
}

function isWordCharacter(text: string, index: number): boolean {
  return wordCharacter.test(String.fromCodePoint(text.codePointAt(index)!))
}
