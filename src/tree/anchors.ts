/**
 * Anchors: tokens that survive translation between English and Japanese unchanged or after
 * normalisation, so that their presence on both sides is evidence of correspondence. Numbers
 * (any notation), Latin-script acronyms and names (OECD, G7, UNESCO, AI for Good), URLs and
 * e-mail addresses.
 */
import {numbersIn} from './numbers.js'
import {sentencesOf, textOf} from './accessors.js'
import {guessLang} from './script.js'
import type {RootNode} from './types.js'

export interface Anchor {
  /** Kind and normalised value: `num:2025`, `lat:oecd`, `url:https://…`. */
  key: string
  /** The text as written. */
  text: string
}

/**
 * A URL (with a scheme, or a host name starting `www.` with a path of ASCII characters other
 * than brackets, not ending in punctuation) or an e-mail address (source of the pattern, so
 * that callers can combine it).
 */
export const urlPattern =
  /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"」』）]|\bwww\.[\w-]+(?:\.[\w-]+)+(?:\/(?:[!-'*-;=?-~]*[\w/#%&+=~-])?)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const latinToken = /[A-Za-z][A-Za-z\d]*(?:[&'’-][A-Za-z\d]+)*/g

/** English function words: never anchors, never terms, never content words for the lexicon. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an the this that these those such ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'myself ourselves yourself yourselves himself herself itself themselves oneself one ones ' +
    'someone somebody something anyone anybody anything everyone everybody everything ' +
    'who whom whose which what whatever whichever whoever where when why how ' +
    'and or but nor so yet if then than because although though while whereas unless until whether ' +
    'as at by for from in into of off on onto out over to toward towards up upon with within without ' +
    'about above across after against along among amongst around before behind below beneath beside besides ' +
    'between beyond down during except inside like near outside per since through throughout till under ' +
    'underneath unlike via amid including regarding concerning ' +
    'be am is are was were been being have has had having do does did doing done ' +
    'will would shall should can could may might must ought ' +
    'not no yes also very too just only even still already again ever never ' +
    'all any both each either every few more most much many neither none other others own same several some ' +
    'there here thus hence therefore however moreover furthermore indeed ' +
    'etc e g i e eg ie vs'
  ).split(/\s+/)
)

/**
 * Latin tokens that are figures, not names: a quarter, a half or a fiscal year (`Q3`, `3Q`, `H1`,
 * `FY2025`, which `numbersIn` reads), or a currency's country before its sign (`US$`, `HK$`).
 */
export function isFigureToken(token: string, next: string | undefined): boolean {
  return /^(?:Q[1-4]|[1-4]Q|H[12]|FY\d{2}(?:\d{2})?)$/.test(token) || (next !== undefined && /[$€£¥]/.test(next))
}

/** Does a Latin token look like an acronym or code (OECD, G7, SDGs, IoT)? */
export function isAcronym(token: string): boolean {
  // `THE`, `AND` are words in capitals; two-letter ones (`IT`, `US`) may well be acronyms.
  if (token.length >= 3 && stopWords.has(token.toLowerCase())) return false
  return /^[A-Z][A-Z\d&]+s?$/.test(token) || /^[A-Za-z]+\d+[A-Za-z\d]*$/.test(token) || /^[a-z]+[A-Z][A-Za-z]*$/.test(token)
}

const capitalWord = /[A-Z][A-Z'’]*[A-Z](?![A-Za-z\d])/g

/**
 * Offsets inside words written in capitals for emphasis or style (`GENERAL PROVISIONS`, `THE
 * UNIVERSAL DECLARATION OF HUMAN RIGHTS`), not as acronyms: runs of two or more capitalised
 * words separated only by spaces or light punctuation that hold a function word, a word of six
 * letters or more, or three words. `UN OECD` and `WTO TRIPS` stay acronyms.
 */
export function capitalRuns(text: string): Uint8Array {
  const marked = new Uint8Array(text.length + 1)
  let run: Array<{start: number; end: number; word: string}> = []
  const close = () => {
    const shouted = run.length >= 3 || (run.length === 2 && run.some(({word}) => word.length >= 6 || stopWords.has(word.toLowerCase())))
    if (shouted) for (const {start, end} of run) marked.fill(1, start, end)
    run = []
  }
  for (const match of text.matchAll(capitalWord)) {
    const previous = run[run.length - 1]
    if (previous && !/^[\s,:;.–—-]{1,3}$/.test(text.slice(previous.end, match.index))) close()
    run.push({start: match.index, end: match.index + match[0].length, word: match[0]})
  }
  close()
  return marked
}

/**
 * Lower-cased Latin-script words of a text (for the other document's vocabulary), outside URLs
 * and e-mail addresses: `office@hillside.example` offers no `hillside` that the other text's
 * Hillside (rendered ヒルサイド) would then be expected to keep in Latin letters.
 */
export function latinWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const match of text.normalize('NFKC').replace(urlPattern, ' ').matchAll(latinToken)) {
    const lower = match[0].toLowerCase()
    if (!stopWords.has(lower)) words.add(lower)
  }
  return words
}

/**
 * The Latin-script words a document offers as the other document's vocabulary of anchors: in a
 * Japanese document, those of its Japanese sentences only. A sentence left in English is a
 * defect to report once, not a source of anchors that every English sentence would then be
 * expected to share.
 */
export function latinVocabulary(tree: RootNode): Set<string> {
  if (tree.lang !== 'ja') return latinWords(textOf(tree))
  const words = new Set<string>()
  for (const sentence of sentencesOf(tree)) {
    const text = textOf(sentence)
    if (guessLang(text) !== 'ja') continue
    for (const word of latinWords(text)) words.add(word)
  }
  return words
}

/**
 * Anchors of a text. A Latin-script word counts when it looks like an acronym or code, or when
 * `vocabulary` (the other document's Latin-script words) has it: in a Japanese text every Latin
 * word is a candidate, in an English one only those the translation kept.
 */
export function anchorsIn(text: string, vocabulary?: ReadonlySet<string> | undefined): Anchor[] {
  const normal = text.normalize('NFKC')
  const anchors: Anchor[] = []
  const urlCovered = new Uint8Array(normal.length + 1)
  for (const match of normal.matchAll(urlPattern)) {
    anchors.push({key: `url:${match[0].toLowerCase()}`, text: match[0]})
    urlCovered.fill(1, match.index, match.index + match[0].length)
  }
  const inUrl = (at: number) => urlCovered[at] === 1
  for (const mention of numbersIn(normal)) {
    // A weak mention (`one`, `third`) is no evidence either way; a bounded count's own figure
    // (`more than 100` ↔ `100か国以上`) mostly is.
    if (!inUrl(mention.start) && (!mention.weak || mention.bound)) anchors.push({key: `num:${mention.value}`, text: normal.slice(mention.start, mention.end)})
  }
  const shouted = capitalRuns(normal)
  for (const match of normal.matchAll(latinToken)) {
    if (inUrl(match.index)) continue
    const token = match[0]
    const lower = token.toLowerCase()
    if (stopWords.has(lower) || /^\d/.test(token) || isFigureToken(token, normal[match.index + token.length])) continue
    const acronym = isAcronym(token) && shouted[match.index] === 0
    // An acronym's plural is the acronym (`DVDs` ↔ `DVD`, `APIs` ↔ `API`).
    if (acronym && /^[A-Z][A-Z\d&]+s$/.test(token)) anchors.push({key: `lat:${lower.slice(0, -1)}`, text: token})
    else if (acronym || vocabulary?.has(lower)) anchors.push({key: `lat:${lower}`, text: token})
  }
  return anchors
}
