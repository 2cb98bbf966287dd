// Katakana loanwords ↔ English words. Katakana is romanised (Hepburn-ish), both sides are
// reduced to a consonant skeleton with the sound mergers katakana forces on English
// (l→r, v→b, th→s, c→k/s, non-rhotic r dropped, vowels gone), and compared by a
// weighted edit distance. A katakana clipping (インフラ) may match a prefix.
import {boundedMemo} from './memo.js'

const BASE: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'ア:a イ:i ウ:u エ:e オ:o カ:ka キ:ki ク:ku ケ:ke コ:ko ガ:ga ギ:gi グ:gu ゲ:ge ゴ:go ' +
    'サ:sa シ:shi ス:su セ:se ソ:so ザ:za ジ:ji ズ:zu ゼ:ze ゾ:zo タ:ta チ:chi ツ:tsu テ:te ト:to ' +
    'ダ:da ヂ:ji ヅ:zu デ:de ド:do ナ:na ニ:ni ヌ:nu ネ:ne ノ:no ハ:ha ヒ:hi フ:fu ヘ:he ホ:ho ' +
    'バ:ba ビ:bi ブ:bu ベ:be ボ:bo パ:pa ピ:pi プ:pu ペ:pe ポ:po マ:ma ミ:mi ム:mu メ:me モ:mo ' +
    'ヤ:ya ユ:yu ヨ:yo ラ:ra リ:ri ル:ru レ:re ロ:ro ワ:wa ヰ:i ヱ:e ヲ:o ン:n ヴ:vu ヵ:ka ヶ:ke'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string])
)

const SMALL_VOWEL: Readonly<Record<string, string>> = {ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ヮ: 'a'}
const SMALL_Y: Readonly<Record<string, string>> = {ャ: 'a', ュ: 'u', ョ: 'o'}

/** Hiragana → katakana, so the romaniser accepts either script. */
function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60))
}

/** Last vowel of the romaji so far, for ー. */
function lastVowel(romaji: string): string {
  const match = /[aeiou](?=[^aeiou]*$)/.exec(romaji)
  return match ? match[0] : ''
}

/**
 * Romanises katakana: キャ kya, シャ sha, ティ ti, ファ fa, ヴァ va, ウィ wi, ッ doubles
 * the next consonant, ー repeats the vowel, ン before b/p/m is m. Other characters
 * (・, letters) pass through as spaces or themselves.
 */
export function romanize(kana: string): string {
  const text = toKatakana(kana)
  let out = ''
  let geminate = false
  for (const char of text) {
    let syllable: string | undefined
    if (char in SMALL_Y) {
      const vowel = SMALL_Y[char]
      // シ+ャ → sha, チ+ャ → cha, ジ+ャ → ja, キ+ャ → kya
      if (/(?:sh|ch|j)i$/.test(out)) out = out.slice(0, -1) + vowel
      else if (/[^aeiou]i$/.test(out)) out = `${out.slice(0, -1)}y${vowel}`
      else out += `y${vowel}`
      continue
    }
    if (char in SMALL_VOWEL) {
      const vowel = SMALL_VOWEL[char]
      if (/(?:^|[aeiou])u$/.test(out)) out = `${out.slice(0, -1)}w${vowel}` // ウィ wi, ウォ wo
      else if (/(?:^|[aeiou])i$/.test(out)) out = `${out.slice(0, -1)}y${vowel}` // イェ ye
      else if (/[^aeiou][aeiou]$/.test(out)) out = out.slice(0, -1) + vowel // ティ ti, ファ fa, ヴァ va
      else out += vowel
      continue
    }
    if (char === 'ー') {
      out += lastVowel(out)
      continue
    }
    if (char === 'ッ') {
      geminate = true
      continue
    }
    syllable = BASE[char]
    if (syllable === undefined) {
      out += char === '・' || char === '゠' || /\s/.test(char) ? ' ' : char.toLowerCase()
      geminate = false
      continue
    }
    if (geminate && /^[^aeiou]/.test(syllable)) out += syllable.startsWith('ch') ? 't' : syllable[0]
    geminate = false
    // Every syllable but ン ends in a vowel, so a trailing n is ン; Hepburn writes m before b/p/m.
    if (out.endsWith('n') && /^[bpm]/.test(syllable)) out = `${out.slice(0, -1)}m`
    out += syllable
  }
  return out
}

const SIBILANTS = 'szjc'

/** Skeleton of romanised katakana: consonants only, palatal y after a consonant dropped. */
export function japaneseSkeleton(romaji: string): string {
  const w = romaji.toLowerCase().replace(/[^a-z]/g, '')
  let out = /^[aeiou]/.test(w) ? 'V' : ''
  const s = w.replace(/sh/g, 's').replace(/ch/g, 'c').replace(/v/g, 'b').replace(/l/g, 'r')
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if ('aeiou'.includes(c)) continue
    if (c === 'y' && i > 0 && !'aeiou'.includes(s[i - 1])) continue
    if (out[out.length - 1] !== c) out += c
  }
  return out
}

/** Skeleton of an English word as katakana would hear it. */
export function englishSkeleton(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w === '') return ''
  // initial u pronounced "yu" (user, unit, universal, utility) before consonant+vowel
  const initialYu = /^u[^aeiou][aeiouy]/.test(w) && !/^un(?:[^i]|i[^tvo])/.test(w)
  w = w
    .replace(/tion|sion/g, 'SN')
    .replace(/(?<=[aeiou])ti(?=[aeiou])/g, 'si')
    .replace(/ture/g, 'C')
    .replace(/sch/g, 'sk')
    .replace(/ch(?=[nrl])/g, 'k')
    .replace(/tch|ch/g, 'C')
    .replace(/g(?=[mn]$)/, '')
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/sh/g, 's')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/dg/g, 'j')
    .replace(/gh/g, '')
    .replace(/^wr/, 'r')
    .replace(/^kn/, 'n')
    .replace(/^ps/, 's')
    .replace(/wh/g, 'w')
    .replace(/mb$/, 'm')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/v/g, 'b')
    .toLowerCase()
  let out = initialYu ? 'y' : /^[aeiouy]/.test(w) && !/^y[aeiou]/.test(w) ? 'V' : ''
  for (let i = 0; i < w.length; i++) {
    const c = w[i]
    const previous = w[i - 1] ?? ''
    const next = w[i + 1] ?? ''
    const vowelBefore = /[aeiouy]/.test(previous)
    if ('aeiou'.includes(c)) continue
    if (c === 'y' && !(i === 0 && /[aeiou]/.test(next))) continue
    // non-rhotic: ar, er, or, ur before a consonant or at the end become a long vowel
    if (c === 'r' && vowelBefore && !/[aeiouy]/.test(next)) continue
    // ow, aw, ew: vowel glides
    if (c === 'w' && vowelBefore && !/[aeiou]/.test(next)) continue
    if (c === 'h' && i > 0) continue
    const mapped = c === 'l' ? 'r' : c
    if (out[out.length - 1] !== mapped) out += mapped
  }
  return out
}

/** Substitution cost: cheap within the sibilant group and between voiced/voiceless pairs. */
function substitution(a: string, b: string): number {
  if (a === b) return 0
  if (SIBILANTS.includes(a) && SIBILANTS.includes(b)) return 0.4
  const pairs = ['kg', 'td', 'pb', 'fh', 'bf', 'tc']
  if (pairs.some((pair) => pair.includes(a) && pair.includes(b))) return 0.6
  return 1
}

/** Insertion/deletion cost: r, h, w, y are often lost or added between the two languages. */
function indel(c: string): number {
  return 'rhwy'.includes(c) ? 0.5 : 1
}

// The same costs as tables over ASCII codes (skeletons are lower-case letters and V), read in
// the distance's inner loop instead of searching strings there; other characters use the functions.
const ASCII = 128
const SUBSTITUTION = new Float64Array(ASCII * ASCII)
const INDEL = new Float64Array(ASCII)
for (let a = 0; a < ASCII; a++) {
  INDEL[a] = indel(String.fromCharCode(a))
  for (let b = 0; b < ASCII; b++) SUBSTITUTION[a * ASCII + b] = substitution(String.fromCharCode(a), String.fromCharCode(b))
}
const indelAt = (text: string, index: number): number => {
  const code = text.charCodeAt(index)
  return code < ASCII ? INDEL[code] : indel(text[index])
}

/** Weighted edit distance (Levenshtein with the costs above). */
export function skeletonDistance(a: string, b: string): number {
  let previous = new Float64Array(b.length + 1)
  let current = new Float64Array(b.length + 1)
  previous[0] = 0
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + indelAt(b, j - 1)
  for (let i = 1; i <= a.length; i++) {
    const deleteA = indelAt(a, i - 1)
    const codeA = a.charCodeAt(i - 1)
    current[0] = previous[0] + deleteA
    for (let j = 1; j <= b.length; j++) {
      const codeB = b.charCodeAt(j - 1)
      const replace = codeA < ASCII && codeB < ASCII ? SUBSTITUTION[codeA * ASCII + codeB] : substitution(a[i - 1], b[j - 1])
      current[j] = Math.min(previous[j] + deleteA, current[j - 1] + indelAt(b, j - 1), previous[j - 1] + replace)
    }
    const swap = previous
    previous = current
    current = swap
  }
  return previous[b.length]
}

export interface LoanwordMatch {
  readonly match: boolean
  /** 1 − distance / longer skeleton length (for a prefix match: over the katakana skeleton). */
  readonly similarity: number
  readonly prefix: boolean
}

/** Largest distance per skeleton consonant still called a match. */
export const LOANWORD_MAX_DISTANCE_RATE = 0.2
const MIN_PREFIX_CONSONANTS = 3
/** A clipping drops a real tail: at least this many English consonants past the katakana. */
const MIN_CLIPPED_CONSONANTS = 3

/** English first vowel letter → katakana vowels it is commonly heard as. */
const VOWEL_RENDERINGS: Readonly<Record<string, string>> = {a: 'ae', e: 'e', i: 'iae', o: 'oa', u: 'auy', y: 'ia'}

/**
 * Short skeletons (data/date, model/medal) collide by consonants alone, so for them the
 * vowels must agree too: the first vowel, and whether the word ends in a sounded vowel
 * (data → データ) or in a consonant/silent e (date → デート, whose last kana vowel is
 * epenthetic u/o/i, a long vowel or ン).
 */
function vowelsAgree(romaji: string, english: string): boolean {
  const en = english.toLowerCase().replace(/[^a-z]/g, '')
  // プロ puro: the u after the first consonant is epenthetic, not the word's first vowel
  const jaFirst = /[aeiou]/.exec(romaji.replace(/^y/, '').replace(/^(?:([pbkgf])u(?=r)|(s)u(?=[ptkm])|([td])o(?=r))/, '$1$2$3'))?.[0]
  const enFirst = /^[^aeiouy]*(ee|ea|[aeiouy])/.exec(en)?.[1]
  if (jaFirst && enFirst) {
    const allowed = enFirst.length === 2 ? 'i' : VOWEL_RENDERINGS[enFirst]
    if (!allowed.includes(jaFirst)) return false
  }
  const soundedFinal = /[aiou]$/.test(en) && !/[aeiou]{2}$/.test(en) ? en[en.length - 1] : undefined
  const epenthetic = /(?:u|[td]o|(?:ch|j|sh)i|aa|ii|ee|oo|n)$/.test(romaji)
  return soundedFinal === undefined ? epenthetic : romaji.endsWith(soundedFinal)
}

/** Compares skeletons; both must start alike (a leading vowel is the letter V). */
export function compareSkeletons(ja: string, en: string): LoanwordMatch {
  if (ja.length < 2 || en.length < 2 || substitution(ja[0], en[0]) > 0.5) return {match: false, similarity: 0, prefix: false}
  const longer = Math.max(ja.length, en.length)
  const distance = skeletonDistance(ja, en)
  const similarity = 1 - distance / longer
  // Short skeletons allow only the cheap differences (s/z, a lost r), no full substitution.
  if (distance <= LOANWORD_MAX_DISTANCE_RATE * longer && (longer > 5 || distance < 1)) return {match: true, similarity, prefix: false}
  // Clipped loans (インフラ, リストラ): the katakana skeleton is the English one's start.
  if (ja.length >= MIN_PREFIX_CONSONANTS && en.length - ja.length >= MIN_CLIPPED_CONSONANTS) {
    if (skeletonDistance(ja, en.slice(0, ja.length)) === 0) return {match: true, similarity: ja.length / en.length, prefix: true}
  }
  return {match: false, similarity, prefix: false}
}

// Coverage tries every uncovered katakana word against every English word of the other side, so
// the same words' skeletons, and the same pairs, come back again and again.
const englishSkeletonOf = boundedMemo(englishSkeleton, 50_000)
const kanaSkeletonOf = boundedMemo((katakana) => {
  const romaji = romanize(katakana)
  return {romaji, skeleton: japaneseSkeleton(romaji)}
}, 50_000)
const pairMatch = boundedMemo((key) => {
  // The key is `katakana.length:katakana` then the English word (see matchLoanword).
  const colon = key.indexOf(':')
  const end = colon + 1 + Number(key.slice(0, colon))
  const english = key.slice(end)
  const {romaji, skeleton} = kanaSkeletonOf(key.slice(colon + 1, end))
  const result = compareSkeletons(skeleton, englishSkeletonOf(english))
  return Object.freeze(result.match && !result.prefix && skeleton.length <= 3 && !vowelsAgree(romaji, english) ? {...result, match: false} : result)
}, 100_000)

/** Does this katakana word render this English word? */
export function matchLoanword(katakana: string, english: string): LoanwordMatch {
  return pairMatch(`${katakana.length}:${katakana}${english}`)
}

/** A run of katakana (with ー), the shape of a loanword candidate. */
export function isKatakanaWord(text: string): boolean {
  return /^[\u30A1-\u30FA\u30FC]+$/.test(text) && text.length >= 2
}
