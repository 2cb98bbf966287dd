/**
 * Dictionary evidence for the aligner: each unit's content words, each reduced to the integer
 * keys it can be matched by — its dictionary families (EDICT), its identity (a Latin word or a
 * number kept as is), and, for a katakana loanword, the English word of the other document it
 * transliterates — so that comparing two units is a few set look-ups. The lexicon module says
 * what a word is; this module only resolves the words of one document pair against each other,
 * once, before the dynamic programmes run.
 */
import {englishSkeleton, englishWords, japaneseSkeleton, japaneseWords, matchLoanword, romanize, type Lexicon, type LexicalWord} from '../lexicon/index.js'
import type {Lang} from '../tree/types.js'

export interface BagWord {
  /** English lemma or Japanese surface, as evidence lists show it. */
  text: string
  keys: readonly number[]
  weight: number
}

/** A unit's content words with their match keys, and all those keys in one set. */
export interface WordBag {
  words: readonly BagWord[]
  keys: ReadonlySet<number>
}

/** A bag of these words (its key set built once: the programmes compare each bag many times). */
export function wordBag(words: readonly BagWord[]): WordBag {
  const keys = new Set<number>()
  for (const word of words) for (const key of word.keys) keys.add(key)
  return {words, keys}
}

export interface LexicalModel {
  /** The content words of a text in one of the pair's languages, keys resolved. */
  bag: (text: string, lang: Lang) => WordBag
}

/** Where synthetic keys start, above any dictionary family id. */
const syntheticBase = 1 << 26

/**
 * A lexical model for one document pair, given the texts of both sides' sentences: every word
 * of the pair is prepared once, and loanwords are matched against the other side's English
 * words once per distinct pair (bucketed by the skeleton's first consonant, since a match needs
 * the same start).
 */
export function lexicalModel(lexicon: Lexicon, texts: Record<Lang, readonly string[]>): LexicalModel {
  const prepared = {en: new Map<string, LexicalWord[]>(), ja: new Map<string, LexicalWord[]>()}
  const prepare = (text: string, lang: Lang): LexicalWord[] => {
    let words = prepared[lang].get(text)
    if (!words) {
      words = lang === 'en' ? englishWords(text, lexicon) : japaneseWords(text, lexicon)
      prepared[lang].set(text, words)
    }
    return words
  }
  const synthetic = new Map<string, number>()
  const syntheticKey = (name: string) => {
    let key = synthetic.get(name)
    if (key === undefined) {
      key = syntheticBase + synthetic.size
      synthetic.set(name, key)
    }
    return key
  }

  // Distinct English words by lemma, and katakana words by surface, over the whole pair.
  const english = new Map<string, LexicalWord>()
  const katakana = new Map<string, LexicalWord>()
  for (const text of texts.en) for (const word of prepare(text, 'en')) english.set(word.text, word)
  for (const text of texts.ja) for (const word of prepare(text, 'ja')) if (word.loan.length > 0) katakana.set(word.text, word)
  const byStart = new Map<string, LexicalWord[]>()
  for (const word of english.values()) {
    for (const surface of word.loan) {
      const start = englishSkeleton(surface)[0]
      if (start === undefined) continue
      const bucket = byStart.get(start) ?? []
      if (bucket[bucket.length - 1] !== word) bucket.push(word)
      byStart.set(start, bucket)
    }
  }
  /** Katakana surface → the English lemmas it renders. */
  const loans = new Map<string, Set<string>>()
  for (const word of katakana.values()) {
    const matched = new Set<string>()
    for (const kana of word.loan) {
      const start = japaneseSkeleton(romanize(kana))[0]
      for (const candidate of (start === undefined ? undefined : byStart.get(start)) ?? []) {
        if (!matched.has(candidate.text) && candidate.loan.some((surface) => matchLoanword(kana, surface).match)) matched.add(candidate.text)
      }
    }
    if (matched.size > 0) loans.set(word.text, matched)
  }
  const loaned = new Set([...loans.values()].flatMap((lemmas) => [...lemmas]))

  const resolved = {en: new Map<string, BagWord>(), ja: new Map<string, BagWord>()}
  const resolve = (word: LexicalWord, lang: Lang): BagWord => {
    let result = resolved[lang].get(word.text)
    if (!result) {
      const keys = new Set<number>(word.keys)
      for (const form of word.identity) keys.add(syntheticKey(`=${form}`))
      if (lang === 'en' && loaned.has(word.text)) keys.add(syntheticKey(`~${word.text}`))
      if (lang === 'ja') for (const lemma of loans.get(word.text) ?? []) keys.add(syntheticKey(`~${lemma}`))
      result = {text: word.text, keys: [...keys], weight: word.weight}
      resolved[lang].set(word.text, result)
    }
    return result
  }
  return {bag: (text, lang) => wordBag(prepare(text, lang).map((word) => resolve(word, lang)))}
}

export interface BagCoverage {
  /** Covered weight over all weight, both sides pooled, 0–1. */
  score: number
  /** All weight: how much the score rests on. */
  weight: number
  uncoveredSource: string[]
  uncoveredTarget: string[]
}

/** Two-sided coverage of two groups of units' words (`detail`: list the uncovered words). */
export function bagCoverage(source: readonly WordBag[], target: readonly WordBag[], detail: boolean): BagCoverage {
  const sourceKeys = source.map((bag) => bag.keys)
  const targetKeys = target.map((bag) => bag.keys)
  let covered = 0
  let weight = 0
  const uncoveredSource: string[] = []
  const uncoveredTarget: string[] = []
  const tally = (bags: readonly WordBag[], others: ReadonlyArray<ReadonlySet<number>>, uncovered: string[]) => {
    for (const bag of bags) {
      for (const word of bag.words) {
        weight += word.weight
        if (word.keys.some((key) => others.some((set) => set.has(key)))) covered += word.weight
        else if (detail) uncovered.push(word.text)
      }
    }
  }
  tally(source, targetKeys, uncoveredSource)
  tally(target, sourceKeys, uncoveredTarget)
  return {score: weight > 0 ? covered / weight : 0, weight, uncoveredSource, uncoveredTarget}
}
