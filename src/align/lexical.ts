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
  /** A proper name the dictionary cannot know (`CoveredWord.name`): counts only when matched. */
  name: boolean
}

/** A unit's content words with their match keys, and all those keys in one sorted list. */
export interface WordBag {
  words: readonly BagWord[]
  /**
   * Every key of the words, ascending, once each; looked up by binary search. A Set per bag
   * took several times the memory, with a bag for every paragraph, sentence and clause.
   */
  keys: readonly number[]
}

/** A bag of these words (its key list built once: the programmes compare each bag many times). */
export function wordBag(words: readonly BagWord[]): WordBag {
  const all: number[] = []
  for (const word of words) for (const key of word.keys) all.push(key)
  all.sort((a, b) => a - b)
  const keys: number[] = []
  for (const key of all) if (keys.length === 0 || keys[keys.length - 1] !== key) keys.push(key)
  return {words, keys}
}

function hasKey(keys: readonly number[], key: number): boolean {
  let low = 0
  let high = keys.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = keys[middle]
    if (value === key) return true
    if (value < key) low = middle + 1
    else high = middle - 1
  }
  return false
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
  // The lexicon keeps recent texts' words (coverage.ts), so asking again for a sentence's
  // words costs a look-up; the checks later ask for the same sentences.
  const prepare = (text: string, lang: Lang): readonly LexicalWord[] => (lang === 'en' ? englishWords(text, lexicon) : japaneseWords(text, lexicon))
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
      result = {text: word.text, keys: [...keys], weight: word.weight, name: word.name === true}
      resolved[lang].set(word.text, result)
    }
    return result
  }
  // One bag per distinct text: a clause that is its whole sentence, and a sentence the document
  // repeats, share theirs (bags are never changed once made).
  const bags = {en: new Map<string, WordBag>(), ja: new Map<string, WordBag>()}
  return {
    bag: (text, lang) => {
      let bag = bags[lang].get(text)
      if (!bag) {
        bag = wordBag(prepare(text, lang).map((word) => resolve(word, lang)))
        bags[lang].set(text, bag)
      }
      return bag
    }
  }
}

export interface BagCoverage {
  /** Covered weight over all weight, both sides pooled, 0–1. */
  score: number
  /** All weight: how much the score rests on. */
  weight: number
  uncoveredSource: string[]
  uncoveredTarget: string[]
}

/** The uncovered lists when they are not asked for: one empty list, never written to. */
const none: string[] = Object.freeze([]) as unknown as string[]

/** Two-sided coverage of two groups of units' words (`detail`: list the uncovered words). */
export function bagCoverage(source: readonly WordBag[], target: readonly WordBag[], detail: boolean): BagCoverage {
  // A word is covered when one of its keys is in a bag of the other side, that is, in the keys
  // both sides share. Those are found by walking the sorted key lists side by side, once; most
  // pairs the programmes weigh share few keys or none, so the words are then checked against a
  // short list instead of each key being searched for in the other side's bags. No closure and
  // no list is made per call beyond these: this is the aligner's inner loop.
  const shared: number[] = []
  for (let s = 0; s < source.length; s++) for (let t = 0; t < target.length; t++) intersect(source[s].keys, target[t].keys, shared)
  if (source.length > 1 || target.length > 1) shared.sort((a, b) => a - b)
  let covered = 0
  let weight = 0
  const uncoveredSource: string[] = detail ? [] : none
  const uncoveredTarget: string[] = detail ? [] : none
  // Source words, then target words, summed in that order (the sums decide between beads).
  for (let side = 0; side < 2; side++) {
    const bags = side === 0 ? source : target
    for (let b = 0; b < bags.length; b++) {
      const words = bags[b].words
      for (let w = 0; w < words.length; w++) {
        const word = words[w]
        if (shared.length > 0 && anyShared(word.keys, shared)) {
          weight += word.weight
          covered += word.weight
        } else if (!word.name) {
          // An unmatched name is no evidence either way: its kanji are beyond the dictionary.
          weight += word.weight
          if (detail) (side === 0 ? uncoveredSource : uncoveredTarget).push(word.text)
        }
      }
    }
  }
  return {score: weight > 0 ? covered / weight : 0, weight, uncoveredSource, uncoveredTarget}
}

function anyShared(keys: readonly number[], shared: readonly number[]): boolean {
  for (let k = 0; k < keys.length; k++) if (hasKey(shared, keys[k])) return true
  return false
}

/** Appends to `out` the values two ascending lists have in common. */
function intersect(a: readonly number[], b: readonly number[], out: number[]): void {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]
    const y = b[j]
    if (x === y) {
      out.push(x)
      i++
      j++
    } else if (x < y) {
      i++
    } else {
      j++
    }
  }
}
