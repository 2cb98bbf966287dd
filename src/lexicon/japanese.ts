// Japanese side: content words found by longest match against the lexicon's forms,
// with okurigana/inflection undone for verbs and adjectives, a few derivational suffixes
// (的, 性, 化, する…) absorbed into the word, particles and other kana-only function words
// skipped, katakana runs kept as loanword candidates, and Latin letters/digits kept as is.
import {isContentWord, lemmatize} from './english.js'
import {isKatakanaWord} from './loanword.js'
import {hasForm, longestFormAt, type Lexicon} from './lexicon.js'

export type JapaneseWordKind = 'word' | 'katakana' | 'latin' | 'number' | 'unknown'

export interface JapaneseWord {
  /** As in the (NFKC-normalised) text, suffix included: 促進する, 包摂的. */
  readonly surface: string
  /** Offset of `surface` in the NFKC-normalised text. */
  readonly start: number
  readonly kind: JapaneseWordKind
  /** Lexicon forms this word was found under: its dictionary form, or the pieces of a katakana compound. */
  readonly forms: readonly string[]
  /** English words implied without the dictionary (month names for 2月). */
  readonly english: readonly string[]
}

/** Kana-only and kanji function words: pronouns, conjunctions, formal nouns, light verbs. */
export const JAPANESE_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'こと もの ため よう ところ など これ それ あれ どれ ここ そこ その この あの どの また および ならびに ' +
    'において について による により として とともに ための ように できる ある いる なる する れる られる いう ' +
    'おける あらゆる さらに より かつ つつ うち ほか ほど まで から ので のみ だけ すべて いずれ など ' +
    'という において における にとって に基づき に基づく に関する に関して に対する に対して によって とする とともに ' +
    '関する 関し 関して 対する 対し 基づき 基づく 通じ 通じて 通じる 通り ' +
    '我々 我ら 私 私たち 我 本 各 等 及び 並びに 又は 又 其の 此の 為 事 物 的 以下 以上 上 中 下 内 間 際'
  ).split(/\s+/)
)

/** Suffixes absorbed into the preceding word, longest first. They do not change the lookup. */
const SUFFIXES = ['させる', 'される', 'された', 'されて', 'され', 'させ', 'する', 'した', 'して', 'し', '的な', '的に', '的', '性', '化', 'な']

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Longest form looked up; longer dictionary forms are set phrases, not words in running text. */
const MAX_LOOKAHEAD = 16

const KANJI = /[\p{Script=Han}々〆ヶ]/u
/**
 * Per UTF-16 code unit: 0 not yet seen, 1 kanji, 2 not. The expression then runs once per
 * distinct character instead of at every character of every text.
 */
const kanjiCodes = new Uint8Array(0x10000)
const isKanji = (char: string): boolean => {
  const code = char.charCodeAt(0)
  if (kanjiCodes[code] === 0) kanjiCodes[code] = KANJI.test(char) ? 1 : 2
  return kanjiCodes[code] === 1
}
const isHiragana = (char: string): boolean => char >= '\u3041' && char <= '\u309F'
const isKatakana = (char: string): boolean => (char >= '\u30A1' && char <= '\u30FA') || char === 'ー'
const isLatinOrDigit = (char: string): boolean => {
  const code = char.charCodeAt(0)
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Godan endings: the kana a conjugated stem ends with → the dictionary-form ending. */
const GODAN: Readonly<Record<string, readonly string[]>> = {
  か: ['く'], き: ['く'], け: ['く'], こ: ['く'], が: ['ぐ'], ぎ: ['ぐ'], げ: ['ぐ'], ご: ['ぐ'],
  さ: ['す'], し: ['す'], せ: ['す'], そ: ['す'], た: ['つ'], ち: ['つ'], て: ['つ'], と: ['つ'],
  な: ['ぬ'], に: ['ぬ'], ね: ['ぬ'], の: ['ぬ'], ば: ['ぶ'], び: ['ぶ'], べ: ['ぶ'], ぼ: ['ぶ'],
  ま: ['む'], み: ['む'], め: ['む'], も: ['む'], ら: ['る'], り: ['る'], れ: ['る'], ろ: ['る'],
  わ: ['う'], い: ['う', 'く'], え: ['う'], お: ['う'],
  っ: ['う', 'つ', 'る', 'く'], ん: ['む', 'ぶ', 'ぬ']
}

/**
 * Dictionary forms that `stem` (kanji + some okurigana) may be a conjugation of:
 * 高め → 高める (ichidan), 築き → 築く (godan), 新しく → 新しい (adjective).
 */
function dictionaryCandidates(stem: string): string[] {
  const out = [stem, `${stem}る`, `${stem}い`]
  const last = stem[stem.length - 1]
  const head = stem.slice(0, -1)
  if (isHiragana(last)) {
    for (const ending of GODAN[last] ?? []) out.push(head + ending)
    if (last === 'く' || last === 'か' || last === 'け') out.push(`${head}い`) // 新しく, 高かっ
  }
  return out
}

interface Match {
  readonly length: number
  /** The dictionary forms read at this length: 話し is both the noun (talk) and 話す's stem. */
  readonly forms: readonly string[]
  /** A function word (JAPANESE_STOP_WORDS): consumed so its pieces are not read as words, but not reported. */
  readonly stop: boolean
}

const known = (lexicon: Lexicon, form: string): boolean => hasForm(lexicon, form) || JAPANESE_STOP_WORDS.has(form)

/** Longest stop word, bounding their look-up. */
const STOP_WORD_MAX = Math.max(...[...JAPANESE_STOP_WORDS].map((word) => word.length))

/** Longest form starting at `start`: plain prefixes, then conjugated verb/adjective stems. */
function longestMatch(text: string, start: number, lexicon: Lexicon): Match | undefined {
  const limit = Math.min(text.length - start, MAX_LOOKAHEAD, lexicon.maxFormLength)
  // The longest known prefix, a dictionary form or a stop word, whichever is longer.
  let length = longestFormAt(lexicon, text, start, limit)
  for (let stop = Math.min(limit, STOP_WORD_MAX); stop > length; stop--) {
    if (JAPANESE_STOP_WORDS.has(text.slice(start, start + stop))) {
      length = stop
      break
    }
  }
  let best: Match | undefined
  if (length > 0) {
    const form = text.slice(start, start + length)
    best = {length, forms: [form], stop: JAPANESE_STOP_WORDS.has(form)}
  }
  // Conjugations: the kanji run plus up to four kana of okurigana.
  let kanjiEnd = start
  while (kanjiEnd < text.length && isKanji(text[kanjiEnd])) kanjiEnd++
  if (kanjiEnd > start) {
    let kanaEnd = kanjiEnd
    while (kanaEnd < text.length && kanaEnd - kanjiEnd < 4 && isHiragana(text[kanaEnd])) kanaEnd++
    for (let end = kanaEnd; end > kanjiEnd && (!best || end - start >= best.length); end--) {
      const form = dictionaryCandidates(text.slice(start, end)).find((candidate) => known(lexicon, candidate) && !best?.forms.includes(candidate))
      if (!form) continue
      if (best && end - start === best.length) {
        // A stem that is also a noun (話し talk, 考え thought, 支払い payment) is read as both:
        // 話します renders "speaks" as much as 話し renders "talk".
        if (!best.stop && !JAPANESE_STOP_WORDS.has(form)) best = {...best, forms: [...best.forms, form]}
      } else {
        best = {length: end - start, forms: [form], stop: JAPANESE_STOP_WORDS.has(form)}
      }
      break
    }
  }
  return best
}

/** Suffix right after a word (的, する…), or '' when none. */
function suffixAt(text: string, index: number): string {
  return SUFFIXES.find((suffix) => text.startsWith(suffix, index)) ?? ''
}

/** Splits a katakana run into lexicon words, longest first; unmatched stretches stay as they are. */
function katakanaPieces(run: string, lexicon: Lexicon): string[] {
  const pieces: string[] = []
  for (let i = 0; i < run.length; ) {
    const length = longestFormAt(lexicon, run, i, MAX_LOOKAHEAD)
    if (length >= 2) {
      pieces.push(run.slice(i, i + length))
      i += length
    } else {
      i++
    }
  }
  return pieces
}

/**
 * Content words of a Japanese text. The text is NFKC-normalised first (full-width
 * letters and digits become ASCII), and offsets refer to that normalised text.
 */
export function segmentJapanese(input: string, lexicon: Lexicon): JapaneseWord[] {
  const text = input.normalize('NFKC')
  const words: JapaneseWord[] = []
  for (let i = 0; i < text.length; ) {
    const char = text[i]
    if (isLatinOrDigit(char)) {
      let end = i + 1
      // Inner hyphens join a word, as in English (`legacy-output`, `S3-compatible`): the two sides' tokens then agree.
      while (end < text.length && (isLatinOrDigit(text[end]) || (/[.,]/.test(text[end]) && /\d/.test(text[end + 1] ?? '')) || (text[end] === '-' && /[A-Za-z\d]/.test(text[end - 1]) && /[A-Za-z]/.test(text[end + 1] ?? '')))) end++
      const surface = text.slice(i, end)
      const number = /^\d[\d.,]*$/.test(surface)
      // English embedded in Japanese text ("Paris Pact for People"): its function words are not content.
      if (!number && !isContentWord(lemmatize(surface))) {
        i = end
        continue
      }
      const month = number && text[end] === '月' ? MONTHS[Number(surface) - 1] : undefined
      words.push({surface, start: i, kind: number ? 'number' : 'latin', forms: [], english: month ? [month] : []})
      i = end
      continue
    }
    if (isKatakana(char)) {
      let end = i + 1
      while (end < text.length && isKatakana(text[end])) end++
      const surface = text.slice(i, end)
      // A compound that goes on in kanji (ドイツ語 German, ドイツ人, コーヒー豆) is one word when
      // the dictionary has it: its pieces (Germany + language) do not say what it means.
      const compound = end < text.length && isKanji(text[end]) ? longestFormAt(lexicon, text, i, Math.min(text.length - i, MAX_LOOKAHEAD)) : 0
      if (compound > end - i) {
        const forms = hasForm(lexicon, surface) ? [text.slice(i, i + compound), surface] : [text.slice(i, i + compound)]
        words.push({surface: text.slice(i, i + compound), start: i, kind: 'word', forms, english: []})
        i += compound
        continue
      }
      if (isKatakanaWord(surface)) {
        const forms = hasForm(lexicon, surface) ? [surface] : katakanaPieces(surface, lexicon)
        words.push({surface, start: i, kind: 'katakana', forms, english: []})
      }
      i = end
      continue
    }
    if (isKanji(char)) {
      const match = longestMatch(text, i, lexicon)
      if (match?.stop) {
        i += match.length
      } else if (match) {
        const end = i + match.length
        const suffix = suffixAt(text, end)
        words.push({surface: text.slice(i, end + suffix.length), start: i, kind: 'word', forms: match.forms, english: []})
        i = end + suffix.length
      } else {
        if (!JAPANESE_STOP_WORDS.has(char)) words.push({surface: char, start: i, kind: 'unknown', forms: [], english: []})
        i++
      }
      continue
    }
    // A kana word also starts after the object or topic particle inside a kana run
    // (ことをおすすめします), when four or more kana long.
    const afterParticle = i > 1 && isHiragana(text[i - 1]) && /[をはが]/.test(text[i - 1]) && isHiragana(text[i - 2])
    if (afterParticle && !/[にとをがはでものへや]/.test(char)) {
      const match = longestMatch(text, i, lexicon)
      if (match && !match.stop && match.length >= 4) {
        words.push({surface: text.slice(i, i + match.length), start: i, kind: 'word', forms: match.forms, english: []})
        i += match.length
        continue
      }
    }
    if (isHiragana(char) && (i === 0 || !isHiragana(text[i - 1]))) {
      // Kana content words (つながり) are looked up only at the start of a kana run and only
      // when three or more kana long; shorter kana are almost always grammar.
      // A run starting with a case particle is grammar (にとって, による), whatever the dictionary lists.
      const match = /[にとをがはでものへや]/.test(char) ? undefined : longestMatch(text, i, lexicon)
      if (match?.stop) {
        i += match.length
        continue
      }
      if (match && match.length >= 3) {
        words.push({surface: text.slice(i, i + match.length), start: i, kind: 'word', forms: match.forms, english: []})
        i += match.length
        continue
      }
    }
    i++
  }
  return words
}
