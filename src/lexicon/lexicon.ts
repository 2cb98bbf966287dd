// Look-ups over the lexicon's tables (format.ts): binary searches in sorted UTF-16 tables, no
// Map or string per entry. A document asks for a few thousand of the 240,000 forms, so building
// an index of all of them (as earlier versions did, about 200 ms and 100 MB at every start)
// cost more than every look-up of a long document together.
import type {CompiledLexicon} from './compile.js'
import {decodeLexicon, encodeLexicon, type LexiconTables, type StringTable} from './format.js'
import {lemmatize, stemKey} from './english.js'

export interface Lexicon extends LexiconTables {
  /** Number of Japanese forms (the document count of the rarity weights). */
  readonly formCount: number
  readonly lemmaCount: number
}

/** A lexicon from its encoded bytes (the shipped file, or `encodeLexicon`'s output). */
export function openLexicon(bytes: Uint8Array): Lexicon {
  const tables = decodeLexicon(bytes)
  return {...tables, formCount: tables.forms.offsets.length - 1, lemmaCount: tables.lemmas.offsets.length - 1}
}

/** A lexicon from a compiled dictionary, through the same encoded form the shipped file has. */
export function buildLexicon(compiled: CompiledLexicon): Lexicon {
  return openLexicon(encodeLexicon(compiled))
}

/** Index of `value` in a sorted table, or -1; compares UTF-16 code units as `<` on strings does. */
export function findString(table: StringTable, value: string): number {
  const {offsets, chars} = table
  let low = 0
  let high = offsets.length - 2
  while (low <= high) {
    const middle = (low + high) >>> 1
    const start = offsets[middle]
    const length = offsets[middle + 1] - start
    const shared = Math.min(length, value.length)
    let order = 0
    for (let k = 0; k < shared && order === 0; k++) order = chars[start + k] - value.charCodeAt(k)
    if (order === 0) order = length - value.length
    if (order === 0) return middle
    if (order < 0) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/** String `index` of a table. */
export function stringAt(table: StringTable, index: number): string {
  const {offsets, chars} = table
  let out = ''
  for (let k = offsets[index]; k < offsets[index + 1]; k++) out += String.fromCharCode(chars[k])
  return out
}

/** Index of a Japanese form, or -1. */
export function formIndexOf(lexicon: Lexicon, form: string): number {
  return form.length > lexicon.maxFormLength ? -1 : findString(lexicon.forms, form)
}

export function hasForm(lexicon: Lexicon, form: string): boolean {
  return formIndexOf(lexicon, form) >= 0
}

/**
 * Length of the longest form that `text` has at `start` (at most `maxLength` characters), or 0.
 * One pass that narrows the range of forms sharing the prefix read so far, a character at a
 * time, and stops when none is left (after two or three characters for most places), where
 * looking up every length from the longest down made sixteen searches and as many strings.
 */
export function longestFormAt(lexicon: Lexicon, text: string, start: number, maxLength: number): number {
  const {offsets, chars} = lexicon.forms
  // Character `position` of form `index`, or -1 past its end (a shorter form sorts first).
  const charOf = (index: number, position: number): number => (offsets[index] + position < offsets[index + 1] ? chars[offsets[index] + position] : -1)
  // First index in [low, high) whose character at `position` is at least `code`.
  const lowerBound = (low: number, high: number, position: number, code: number): number => {
    while (low < high) {
      const middle = (low + high) >>> 1
      if (charOf(middle, position) < code) low = middle + 1
      else high = middle
    }
    return low
  }
  let low = 0
  let high = offsets.length - 1
  let best = 0
  const limit = Math.min(maxLength, text.length - start, lexicon.maxFormLength)
  for (let length = 1; length <= limit; length++) {
    const code = text.charCodeAt(start + length - 1)
    low = lowerBound(low, high, length - 1, code)
    high = lowerBound(low, high, length - 1, code + 1)
    if (low >= high) break
    // The prefix itself, when it is a form, sorts first among the forms that extend it.
    if (offsets[low + 1] - offsets[low] === length) best = length
  }
  return best
}

/** The lemma ids of form `index`. */
export function linksOf(lexicon: Lexicon, index: number): Uint32Array {
  return lexicon.links.subarray(lexicon.linkOffsets[index], lexicon.linkOffsets[index + 1])
}

/** Id of a family key (`stemKey` of a lemma), or undefined when no lemma has it. */
export function keyIdOf(lexicon: Lexicon, key: string): number | undefined {
  const id = findString(lexicon.keys, key)
  return id < 0 ? undefined : id
}

/**
 * Id of the family key of an English lemma in this lexicon, or undefined. The key is the one the
 * lexicon was built with: `stemKey` asking the lexicon which lemmas it knows (recommendation →
 * recommend's key), so every caller gets the same key for the same word.
 */
export function familyKeyIdOf(lexicon: Lexicon, lemma: string): number | undefined {
  return keyIdOf(lexicon, stemKey(lemma, knowsLemma(lexicon)))
}

/** Distinct family-key ids of a Japanese form (empty when unknown). */
export function formKeyIds(lexicon: Lexicon, form: string): number[] {
  const index = formIndexOf(lexicon, form)
  if (index < 0) return []
  const out: number[] = []
  for (const lemma of linksOf(lexicon, index)) {
    const key = lexicon.keyOf[lemma]
    if (!out.includes(key)) out.push(key)
  }
  return out
}

/** English lemmas a Japanese form is linked to (empty when unknown). */
export function englishFor(lexicon: Lexicon, form: string): string[] {
  const index = formIndexOf(lexicon, form)
  return index < 0 ? [] : Array.from(linksOf(lexicon, index), (lemma) => stringAt(lexicon.lemmas, lemma))
}

/**
 * Japanese forms linked to an English word (any inflection or derivation of it).
 * A scan over all forms: meant for inspection and tests, not for hot loops, which
 * compare key ids as coverage.ts does.
 */
export function japaneseFor(lexicon: Lexicon, word: string): string[] {
  const id = familyKeyIdOf(lexicon, lemmatize(word, knowsLemma(lexicon)))
  if (id === undefined) return []
  const out: string[] = []
  for (let index = 0; index < lexicon.formCount; index++) {
    if (linksOf(lexicon, index).some((lemma) => lexicon.keyOf[lemma] === id)) out.push(stringAt(lexicon.forms, index))
  }
  return out
}

/** Is this lemma (exactly) in the lexicon? Used to choose promot → promote when lemmatising. */
export function knowsLemma(lexicon: Lexicon): (word: string) => boolean {
  return (word) => findString(lexicon.lemmas, word) >= 0
}

/**
 * Inverse document frequency of a key among Japanese forms: rare English meanings weigh
 * more than "thing" or "do". Unknown keys get the top weight (names, acronyms).
 */
export function keyWeight(lexicon: Lexicon, keyId: number | undefined): number {
  const count = keyId === undefined ? 0 : lexicon.keyFormCount[keyId]
  return Math.log((lexicon.formCount + 1) / (count + 1))
}
