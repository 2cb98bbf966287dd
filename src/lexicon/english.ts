// English side: tokens, inflectional lemmas and a coarser "family key" for matching.
// Rules instead of a package: the matcher only needs inflection undone and a few
// derivational suffixes folded (promote/promotion, inclusive/inclusion), and both
// sides of every comparison go through the same functions, so a wrong-but-consistent
// stem still matches. The rule set is small enough to read and test as a table.
import {stopWords} from '../tree/anchors.js'

/** English function words (the tree stage's list, shared): never counted as content, never looked up. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = stopWords

/** Irregular inflections: surface → lemma. Only words plausible in policy text and glosses. */
const IRREGULAR: Readonly<Record<string, string>> = {
  children: 'child', people: 'people', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  criteria: 'criterion', phenomena: 'phenomenon', data: 'data', media: 'media', analyses: 'analysis',
  bases: 'basis', crises: 'crisis', theses: 'thesis', hypotheses: 'hypothesis', indices: 'index',
  lives: 'life', knives: 'knife', wives: 'wife', leaves: 'leaf', halves: 'half', selves: 'self',
  went: 'go', gone: 'go', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give',
  brought: 'bring', built: 'build', held: 'hold', led: 'lead', met: 'meet', paid: 'pay', said: 'say',
  saw: 'see', seen: 'see', set: 'set', shown: 'show', sought: 'seek', thought: 'think', told: 'tell',
  understood: 'understand', began: 'begin', begun: 'begin', became: 'become', came: 'come', found: 'find',
  got: 'get', kept: 'keep', laid: 'lay', left: 'leave', lost: 'lose', meant: 'mean', ran: 'run',
  spent: 'spend', stood: 'stand', won: 'win', wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose',
  grew: 'grow', grown: 'grow', knew: 'know', known: 'know', drew: 'draw', drawn: 'draw', driven: 'drive', drove: 'drive',
  burnt: 'burn', learnt: 'learn', spelt: 'spell', dreamt: 'dream', dealt: 'deal', felt: 'feel', sent: 'send',
  lent: 'lend', fought: 'fight', bought: 'buy', caught: 'catch', taught: 'teach', sold: 'sell', heard: 'hear',
  hidden: 'hide', fallen: 'fall', broke: 'break', broken: 'break', spoke: 'speak', spoken: 'speak', wore: 'wear',
  worn: 'wear', froze: 'freeze', frozen: 'freeze', slept: 'sleep', swept: 'sweep', fled: 'flee', sat: 'sit',
  struck: 'strike', stuck: 'stick', ate: 'eat', eaten: 'eat', threw: 'throw', thrown: 'throw', flew: 'fly',
  flown: 'fly', forgot: 'forget', forgotten: 'forget', withdrew: 'withdraw', withdrawn: 'withdraw',
  undertook: 'undertake', undertaken: 'undertake', arose: 'arise', arisen: 'arise', risen: 'rise',
  better: 'good', best: 'good', worse: 'bad', worst: 'bad', greater: 'great', further: 'far',
  // words that only look inflected
  news: 'news', series: 'series', species: 'species', process: 'process', analysis: 'analysis',
  basis: 'basis', crisis: 'crisis', status: 'status', focus: 'focus', thus: 'thus', always: 'always',
  during: 'during', thing: 'thing', things: 'thing', nothing: 'nothing', something: 'something', evening: 'evening',
  bring: 'bring', king: 'king', ring: 'ring', sing: 'sing', spring: 'spring', string: 'string', wing: 'wing',
  need: 'need', needed: 'need', speed: 'speed', seed: 'seed', feed: 'feed', indeed: 'indeed', bed: 'bed', red: 'red',
  early: 'early', only: 'only', family: 'family', reply: 'reply', apply: 'apply', supply: 'supply', rely: 'rely',
  ally: 'ally', assembly: 'assembly', daily: 'daily', holy: 'holy', italy: 'italy', july: 'july', fly: 'fly',
  monopoly: 'monopoly', anomaly: 'anomaly', multiply: 'multiply', comply: 'comply', imply: 'imply'
}

/** Contractions whose first word is not what is left without the ending. */
const CONTRACTED: Readonly<Record<string, string>> = {"won't": 'will', "can't": 'can', "shan't": 'shall', "ain't": 'be'}

/** Tokens: letters/digits with inner hyphens, apostrophes and decimal points. */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[-‐‑][\p{L}\p{N}]+)*(?:[.,]\d+)*/gu

export interface EnglishToken {
  /** As written. */
  readonly surface: string
  /** Inflection undone, lower case (`Promoting` → `promote` when `known` says so). */
  readonly lemma: string
  /** For hyphenated words, the parts' lemmas (the whole is also matched as one word). */
  readonly parts: readonly string[]
}

const VOWEL = /[aeiou]/

/** Consonant-vowel-consonant ending, Porter's cue that a final e was removed (mak-ing). */
function endsCvc(stem: string): boolean {
  const n = stem.length
  return n >= 3 && !VOWEL.test(stem[n - 1]) && !'wxy'.includes(stem[n - 1]) && VOWEL.test(stem[n - 2]) && !VOWEL.test(stem[n - 3])
}

/** Undo -ing/-ed: restore a dropped e or undo a doubled consonant, asking `known` first. */
function restoreStem(stem: string, known?: (word: string) => boolean): string {
  if (known) {
    if (known(stem)) return stem
    if (known(`${stem}e`)) return `${stem}e`
    const last = stem[stem.length - 1]
    if (stem.length > 3 && last === stem[stem.length - 2] && known(stem.slice(0, -1))) return stem.slice(0, -1)
  }
  const last = stem[stem.length - 1]
  if (stem.length > 3 && last === stem[stem.length - 2] && !'lsz'.includes(last) && !VOWEL.test(last)) return stem.slice(0, -1)
  if (/(?:at|bl|iz|v|uc|ur|dg|rg)$/.test(stem)) return `${stem}e`
  if (stem.length <= 4 && endsCvc(stem)) return `${stem}e`
  return stem
}

/**
 * Inflectional lemma of one word: possessive, plural (-s, -es, -ies), -ing, -ed,
 * adverbial -ly. `known` (e.g. "is this a lexicon lemma?") picks between
 * candidates like promot/promote; without it, Porter-style cues decide.
 */
export function lemmatize(word: string, known?: (word: string) => boolean): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$|'$/, '')
  // A contraction is its first word (`couldn't` could, `we'll` we, `won't` will): function words
  // all, but for the rare `that'd`.
  if (/[a-z]'(?:t|re|ll|ve|m|d)$/.test(w)) w = CONTRACTED[w] ?? w.replace(/n't$|'(?:re|ll|ve|m|d)$/, '')
  // A function word has no inflection to undo: `does` is no plural of doe. A preposition made
  // from a verb (`including`, `regarding`) stays that verb, which translations render (含む).
  if (stopWords.has(w) && !w.endsWith('ing')) return w
  if (w in IRREGULAR) return IRREGULAR[w]
  if (w.length <= 3 || /\d/.test(w)) return w
  if (known?.(w) && !w.endsWith('s')) return w
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) {
    w = w.slice(0, -1)
    return w
  }
  if (w.endsWith('ing') && w.length > 5) return restoreStem(w.slice(0, -3), known)
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`
  if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) return restoreStem(w.slice(0, -2), known)
  if (w.endsWith('ly') && w.length > 5) {
    if (w.endsWith('ily')) return `${w.slice(0, -3)}y`
    if (w.endsWith('bly')) return `${w.slice(0, -3)}ble`
    return w.slice(0, -2)
  }
  return w
}

/**
 * Derivational suffixes folded into one family key, longest first. Each needs a stem
 * of at least four letters left, so nation, action, science keep their identity.
 */
const DERIVATIONS: ReadonlyArray<readonly [string, string]> = [
  ['ization', 'iz'], ['isation', 'iz'], ['ibility', 'ibl'], ['ability', 'abl'], ['ivity', 'iv'],
  ['ality', ''], ['ation', 'at'], ['ition', 'it'], ['ution', 'ut'], ['ssion', 'ss'], ['tion', 't'], ['sion', 's'],
  ['ement', 'e'], ['ment', ''], ['ness', ''], ['ance', ''], ['ence', ''], ['ancy', ''], ['ency', ''],
  ['ity', ''], ['ive', ''], ['ery', 'er'], ['ize', 'iz'], ['ise', 'iz'], ['ant', ''], ['ent', ''], ['al', '']
]

/**
 * Endings of nouns and adjectives made from a verb by a change of its last letters, and the
 * verb's ending: suspension, extension ← suspend, extend; permission ← permit; decision,
 * inclusive ← decide, include; reservation ← reserve; production ← produce; description ←
 * describe. English says with a verb what Japanese says with a Sino-Japanese noun (reserve ↔
 * 予約 “reservation”, suspend ↔ 停止 “suspension”, extend ↔ 延長 “extension”), so the two must
 * share a key; the verb must be a lemma of the dictionary. Not adjectives in -nsive or -ssive:
 * extensive and intensive are not extend and intend.
 */
const VERB_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['nsion', 'nd'], ['ssion', 't'], ['sion', 'de'], ['sive', 'de'], ['ation', 'e'], ['uction', 'uce'], ['ption', 'be']
]

/** The known verb a derived noun or adjective comes from, if any (`verbOf('suspension')` is `suspend`). */
function verbOf(word: string, known: (word: string) => boolean): string | undefined {
  for (const [ending, verbEnding] of VERB_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue
    const verb = word.slice(0, word.length - ending.length) + verbEnding
    if (known(verb)) return verb
  }
  return undefined
}

/**
 * Family key of a lemma: promote, promotion, promoted → `promot`; inclusive, inclusion →
 * `inclus` (with `known`, include's `includ`); sustainable, sustainability → `sustainabl`; independent, independence →
 * `independ`; impartial, impartiality → `impart`; recover, recovery → `recover`; with `known`
 * (is this a lemma of the dictionary?), recommend, recommendation → `recommend`. Coarser than
 * a lemma on purpose: Japanese often uses one word (促進, 独立, 回復) for what English splits by
 * part of speech, and the dictionary glosses it with one of them (回復 “recovery”).
 */
export function stemKey(lemma: string, known?: (word: string) => boolean): string {
  let w = lemma.toLowerCase()
  // A noun in -ation made from a verb the dictionary knows (recommendation, information,
  // consideration) shares the verb's key; otherwise -ation stands for -ate (creation, create).
  if (known && w.endsWith('ation') && w.length >= 9 && known(w.slice(0, -5))) return stemKey(w.slice(0, -5), known)
  const verb = known ? verbOf(w, known) : undefined
  if (verb !== undefined) return stemKey(verb, known)
  for (const [suffix, replacement] of DERIVATIONS) {
    if (w.endsWith(suffix) && w.length - suffix.length + replacement.length >= 4) {
      w = w.slice(0, w.length - suffix.length) + replacement
      break
    }
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

/** The tokens of a text as written, in order. */
export function englishSurfaces(text: string): string[] {
  return Array.from(text.matchAll(TOKEN), (match) => match[0])
}

/** The tokens of a text as written, in order, with their offsets. */
export function placedEnglishSurfaces(text: string): Array<{surface: string; start: number}> {
  return Array.from(text.matchAll(TOKEN), (match) => ({surface: match[0], start: match.index}))
}

/** One token (a surface `englishSurfaces` gives) with its lemma and, when hyphenated, its parts' lemmas. */
export function englishToken(surface: string, known?: (word: string) => boolean): EnglishToken {
  const pieces = surface.split(/[-‐‑]/)
  const lemma = pieces.length > 1 ? pieces.map((piece) => lemmatize(piece, known)).join('-') : lemmatize(surface, known)
  const parts = pieces.length > 1 ? pieces.map((piece) => lemmatize(piece, known)) : []
  return {surface, lemma, parts}
}

/** Splits text into tokens with lemmas; keeps stop words (callers filter with `isContentWord`). */
export function tokenizeEnglish(text: string, known?: (word: string) => boolean): EnglishToken[] {
  return englishSurfaces(text).map((surface) => englishToken(surface, known))
}

/** A word that carries content: not a stop word, not a lone letter. Numbers count. */
export function isContentWord(lemma: string): boolean {
  if (stopWords.has(lemma)) return false
  return lemma.length > 1 || /\d/.test(lemma)
}
