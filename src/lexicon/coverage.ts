// Two-sided lexical coverage of a sentence pair: which content words on each side have a
// counterpart on the other (dictionary link in either direction, loanword, or the same
// Latin/number token), and a rarity-weighted score. It sees words, not meaning: a
// faithful paraphrase can score low and a scrambled translation with the same words high.
import {englishToken, isContentWord, placedEnglishSurfaces, type EnglishToken} from './english.js'
import {figureSpans, type PlacedToken} from './figures.js'
import {segmentJapanese, type JapaneseWord} from './japanese.js'
import {familyKeyIdOf, formKeyIds, keyWeight, knowsLemma, type Lexicon} from './lexicon.js'
import {matchLoanword} from './loanword.js'
import {boundedMemo} from './memo.js'
import {numbersIn} from '../tree/numbers.js'

export type CoverageVia = 'dictionary' | 'loanword' | 'identical'

export interface CoveredWord {
  /** English: the lemma (`promote`); Japanese: the surface (`促進する`). */
  readonly text: string
  readonly weight: number
  /** The word on the other side that covers it, when one does. */
  readonly counterpart?: string
  readonly via?: CoverageVia
  /**
   * A proper name the dictionary cannot know (`Kurayama`, `Masanori`: capitalised, in no
   * entry): evidence when matched (the same Latin word, a katakana rendering), neutral when not,
   * since a Japanese translation writes it in kanji that no dictionary ties to the romanisation.
   */
  readonly name?: true
}

export interface Coverage {
  readonly english: readonly CoveredWord[]
  readonly japanese: readonly CoveredWord[]
  /** Weighted share of English content covered (1 when there is none). */
  readonly englishCoverage: number
  readonly japaneseCoverage: number
  /** Both sides pooled: covered weight over total weight, in 0–1 (1 when both sides are empty). */
  readonly score: number
  readonly uncoveredEnglish: readonly string[]
  readonly uncoveredJapanese: readonly string[]
}

export interface CoverageOptions {
  /** Replace the lexicon's rarity weight, e.g. with IDF from the caller's own documents. */
  readonly englishWeight?: (lemma: string) => number
  readonly japaneseWeight?: (surface: string) => number
}

/** A content word prepared for matching: what it is, its dictionary keys, identity and loan forms. */
export interface LexicalWord {
  readonly text: string
  /** Family-key ids in the lexicon (dictionary links). */
  readonly keys: readonly number[]
  /** Lower-case Latin/number forms for identity matches. */
  readonly identity: readonly string[]
  /** Surfaces to try as loanwords (English words / katakana runs and pieces). */
  readonly loan: readonly string[]
  readonly weight: number
  /** See `CoveredWord.name`. */
  readonly name?: true
}

/**
 * Word lists of recent texts, and the words themselves, per lexicon: the aligner reads every
 * sentence and clause, then the checks ask about the same sentences again (coverage of a merge's
 * sentences, of a name), and a document repeats its words. A word is one shared object however
 * many lists hold it, so the lists cost a pointer a word. Only lists made with the lexicon's own
 * weights are kept.
 */
interface Memos {
  englishText: (text: string) => readonly LexicalWord[]
  japaneseText: (text: string) => readonly LexicalWord[]
  /** English surface → its word, or null for a function word. */
  englishWord: (surface: string) => LexicalWord | null
  /** A segmented Japanese word (`japaneseKey`) → its word. */
  japaneseWord: (key: string, word?: JapaneseWord) => LexicalWord
}
const memos = new WeakMap<Lexicon, Memos>()
/** Texts kept per language: the sentences and clauses of a long document. */
const MEMO_TEXTS = 40_000
/** Distinct words kept per language. */
const MEMO_WORDS = 50_000

function memosOf(lexicon: Lexicon): Memos {
  let memo = memos.get(lexicon)
  if (!memo) {
    const known = knowsLemma(lexicon)
    const englishWord = boundedMemo((surface) => {
      const token = englishToken(surface, known)
      return isContentWord(token.lemma) ? englishWordOf(token, lexicon, {}) : null
    }, MEMO_WORDS)
    const japaneseWord = boundedMemo((_key: string, word: JapaneseWord) => japaneseSide(word, lexicon, {}), MEMO_WORDS)
    memo = {
      englishWord,
      japaneseWord,
      englishText: boundedMemo((text) => unique(withFigures(text, placedEnglishSurfaces(text), (token) => englishWord(token.surface), lexicon)), MEMO_TEXTS),
      japaneseText: boundedMemo(
        (text) => unique(withFigures(text.normalize('NFKC'), segmentJapanese(text, lexicon), (word) => japaneseWord(japaneseKey(word), word), lexicon)),
        MEMO_TEXTS
      )
    }
    memos.set(lexicon, memo)
  }
  return memo
}

/** What a Japanese word's entry depends on, as one string. */
function japaneseKey(word: JapaneseWord): string {
  return `${word.kind}\t${word.forms.join('\u0001')}\t${word.english.join('\u0001')}\t${word.surface}`
}

/**
 * The words of a text's tokens, with each figure spread over several tokens or written with
 * grouping (`figureSpans`: `¥9 million`, `3万8,000`) made one word that matches by its value.
 * `text` is the text the tokens' offsets refer to.
 */
function withFigures<Token extends PlacedToken>(text: string, tokens: readonly Token[], wordOf: (token: Token) => LexicalWord | null, lexicon: Lexicon): Array<LexicalWord | null> {
  const spans = figureSpans(text, tokens)
  if (spans.length === 0) return tokens.map(wordOf)
  const words: Array<LexicalWord | null> = []
  let next = 0
  for (let index = 0; index < tokens.length; index++) {
    const span = spans[next]
    if (span === undefined || index !== span.first) {
      words.push(wordOf(tokens[index]))
      continue
    }
    const first = tokens[span.first]
    const last = tokens[span.last]
    const parts = tokens.slice(span.first, span.last + 1).flatMap((token) => wordOf(token) ?? [])
    const weight = parts.length > 0 ? Math.max(...parts.map((part) => part.weight)) : keyWeight(lexicon, undefined)
    // The parts' own forms stay: whatever matched a part before (`3` in `午後3時`, read as 15)
    // still matches the figure.
    const identity = [...new Set([span.value, ...parts.flatMap((part) => part.identity)])]
    const keys = [...new Set(parts.flatMap((part) => part.keys))]
    words.push({text: text.slice(first.start, last.start + last.surface.length), keys, identity, loan: [], weight})
    index = span.last
    next++
  }
  return words
}

/** The words once each, by `text` (the first one seen wins), in order. */
function unique(words: ReadonlyArray<LexicalWord | null>): LexicalWord[] {
  const seen = new Map<string, LexicalWord>()
  for (const word of words) if (word && !seen.has(word.text)) seen.set(word.text, word)
  return [...seen.values()]
}

/** Content words of an English text, once each (by lemma). The list is shared: do not change it. */
export function englishWords(text: string, lexicon: Lexicon, options: CoverageOptions = {}): readonly LexicalWord[] {
  if (!options.englishWeight) return memosOf(lexicon).englishText(text)
  const known = knowsLemma(lexicon)
  return unique(
    withFigures(text, placedEnglishSurfaces(text), ({surface}) => {
      const token = englishToken(surface, known)
      return isContentWord(token.lemma) ? englishWordOf(token, lexicon, options) : null
    }, lexicon)
  )
}

/** Content words of a Japanese text, once each (by surface). The list is shared: do not change it. */
export function japaneseWords(text: string, lexicon: Lexicon, options: CoverageOptions = {}): readonly LexicalWord[] {
  if (!options.japaneseWeight) return memosOf(lexicon).japaneseText(text)
  return unique(withFigures(text.normalize('NFKC'), segmentJapanese(text, lexicon), (word) => japaneseSide(word, lexicon, options), lexicon))
}

function englishWordOf(token: EnglishToken, lexicon: Lexicon, options: CoverageOptions): LexicalWord {
  const lemmas = [token.lemma, ...token.parts.filter(isContentWord)]
  const keyIds = lemmas.map((lemma) => familyKeyIdOf(lexicon, lemma))
  const keys = keyIds.filter((id): id is number => id !== undefined)
  const weight = options.englishWeight?.(token.lemma) ?? Math.max(...keyIds.map((id) => keyWeight(lexicon, id)))
  // A number written out (`three`, `twice`) is the same as its figure on the other side (`3週間`).
  const spelled = /^[A-Za-z]+$/.test(token.surface) ? numbersIn(token.surface).map((mention) => mention.value) : []
  const identity = [token.surface.toLowerCase(), token.lemma, ...spelled]
  const name = keys.length === 0 && /^[A-Z][a-z]+$/.test(token.surface) && !knowsLemma(lexicon)(token.lemma)
  return {text: token.lemma, keys, identity, loan: [token.surface, ...token.parts], weight, ...(name ? {name: true as const} : {})}
}

function japaneseSide(word: JapaneseWord, lexicon: Lexicon, options: CoverageOptions): LexicalWord {
  const keys = [...new Set([...word.forms.flatMap((form) => formKeyIds(lexicon, form)), ...word.english.map((english) => familyKeyIdOf(lexicon, english)).filter((id): id is number => id !== undefined)])]
  // Mean rarity of what the word means; words the lexicon does not know weigh like unknown English.
  const weight =
    options.japaneseWeight?.(word.surface) ??
    (keys.length > 0 ? keys.reduce((sum, key) => sum + keyWeight(lexicon, key), 0) / keys.length : keyWeight(lexicon, undefined))
  const identity = word.kind === 'latin' || word.kind === 'number' ? [word.surface.toLowerCase(), ...word.english] : word.english
  const loan = word.kind === 'katakana' ? [word.surface, ...word.forms.filter((form) => form !== word.surface)] : []
  return {text: word.surface, keys, identity, loan, weight}
}

/** How `side` is covered by any word of `others`, first by dictionary, then identity, then loanword. */
function findCounterpart(side: LexicalWord, others: readonly LexicalWord[], loanword: (a: LexicalWord, b: LexicalWord) => boolean): {counterpart: string; via: CoverageVia} | undefined {
  for (const other of others) if (side.keys.some((key) => other.keys.includes(key))) return {counterpart: other.text, via: 'dictionary'}
  for (const other of others) if (side.identity.some((form) => other.identity.includes(form))) return {counterpart: other.text, via: 'identical'}
  for (const other of others) if (loanword(side, other)) return {counterpart: other.text, via: 'loanword'}
  return undefined
}

function share(words: readonly CoveredWord[]): {covered: number; total: number} {
  let covered = 0
  let total = 0
  for (const word of words) {
    if (word.name && !word.via) continue
    total += word.weight
    if (word.via) covered += word.weight
  }
  return {covered, total}
}

/** Coverage of an English text and a Japanese text against each other. */
export function coverage(english: string, japanese: string, lexicon: Lexicon, options: CoverageOptions = {}): Coverage {
  const en = englishWords(english, lexicon, options)
  const ja = japaneseWords(japanese, lexicon, options)
  // Loanword comparisons are the costly part; each (katakana, English) pair is tried once.
  const memo = new Map<string, boolean>()
  const loanword = (katakana: LexicalWord, word: LexicalWord): boolean => {
    if (katakana.loan.length === 0 || word.loan.length === 0) return false
    const id = `${katakana.text}\t${word.text}`
    let result = memo.get(id)
    if (result === undefined) {
      result = katakana.loan.some((kana) => word.loan.some((surface) => matchLoanword(kana, surface).match))
      memo.set(id, result)
    }
    return result
  }
  const englishCovered = en.map((side): CoveredWord => ({text: side.text, weight: side.weight, ...(side.name ? {name: true as const} : {}), ...findCounterpart(side, ja, (a, b) => loanword(b, a))}))
  const japaneseCovered = ja.map((side): CoveredWord => ({text: side.text, weight: side.weight, ...findCounterpart(side, en, loanword)}))
  const e = share(englishCovered)
  const j = share(japaneseCovered)
  return {
    english: englishCovered,
    japanese: japaneseCovered,
    englishCoverage: e.total > 0 ? e.covered / e.total : 1,
    japaneseCoverage: j.total > 0 ? j.covered / j.total : 1,
    score: e.total + j.total > 0 ? (e.covered + j.covered) / (e.total + j.total) : 1,
    uncoveredEnglish: englishCovered.filter((word) => !word.via).map((word) => word.text),
    uncoveredJapanese: japaneseCovered.filter((word) => !word.via).map((word) => word.text)
  }
}
