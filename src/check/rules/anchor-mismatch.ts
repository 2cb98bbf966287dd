/**
 * `anchor-mismatch`: acronyms, codes and URLs present on one side of a linked pair only. A token
 * that is part of a glossary term whose rendering is on the other side is fine (`UN General
 * Assembly` ↔ `国連総会`, `国際エネルギー機関(IEA)` ↔ `International Energy Agency`).
 */
import type {Finding} from '../findings.js'
import type {TermMatcher} from '../../align/glossary.js'
import {capitalRuns, isAcronym, isFigureToken, urlPattern} from '../../tree/anchors.js'
import {namesCode} from '../../tree/code-names.js'
import {englishFor, familyKeyIdOf, knowsLemma, lemmatize, tokenizeEnglish, type Lexicon} from '../../lexicon/index.js'
import {nodesOfType, textOf} from '../../tree/accessors.js'
import {sideCoverage, textOfAll, type Rule, type RuleContext} from './context.js'

/** URLs, e-mail addresses and Latin-script tokens; only URLs and acronyms among them count. */
const token = new RegExp(`${urlPattern.source}|[A-Za-z][A-Za-z\\d]*(?:[&-][A-Za-z\\d]+)*`, 'g')

interface Mention {
  key: string
  text: string
  start: number
  end: number
}

function mentions(text: string): Mention[] {
  const result: Mention[] = []
  const normal = text.normalize('NFKC')
  const shouted = capitalRuns(normal)
  for (const match of normal.matchAll(token)) {
    // An acronym that opens a compound with lower-case words (`S3-compatible`, `AI-powered`) is
    // the acronym; `COVID-19` and `Wi-Fi` stay whole.
    const value = /^[A-Za-z\d]+(?:-[a-z]+)+$/.test(match[0]) && isAcronym(match[0].slice(0, match[0].indexOf('-'))) ? match[0].slice(0, match[0].indexOf('-')) : match[0]
    const isUrl = /^https?:|^www\.|@/i.test(value)
    if (!isUrl && (!isAcronym(value) || shouted[match.index] === 1 || isFigureToken(value, normal[match.index + value.length]))) continue
    result.push({key: value.toLowerCase(), text: value, start: match.index, end: match.index + value.length})
  }
  return result
}

/**
 * Acronyms and URLs of a text, each with whether every occurrence lies inside a glossary term
 * whose entry the other side renders (then its absence there is no mismatch).
 */
function anchorsOf(text: string, terms: TermMatcher, otherEntries: ReadonlySet<number>): Map<string, {text: string; excused: boolean}> {
  const normal = text.normalize('NFKC')
  // Offsets inside a term the other side renders.
  const covered = new Uint8Array(normal.length + 1)
  for (const term of terms(normal)) if (otherEntries.has(term.entry)) covered.fill(1, term.start, term.end)
  const result = new Map<string, {text: string; excused: boolean}>()
  for (const mention of mentions(normal)) {
    const inTerm = covered[mention.start] === 1 && covered[mention.end - 1] === 1
    const known = result.get(mention.key)
    result.set(mention.key, {text: mention.text, excused: (known?.excused ?? true) && inTerm})
  }
  return result
}

type Anchors = Map<string, {text: string; excused: boolean}>

// The lists below are filled by `push` into array literals rather than made by `filter` and
// `map`: an empty and a filled list then have the same hidden class, which most pairs (no
// mismatch) and the few others share. With `filter`'s empty lists the rule's optimised code
// met a new class at the first mismatch and was thrown away and compiled again, up to seven
// times on the bench tree.

/** The texts of anchors of one side that the other side neither has, excuses nor renders. */
function unmatched(anchors: Anchors, other: Anchors, rendered: (text: string) => boolean): string[] {
  const texts: string[] = []
  for (const [key, anchor] of anchors) if (!other.has(key) && !anchor.excused && !rendered(anchor.text)) texts.push(anchor.text)
  return texts
}

function textsOf(anchors: Anchors): string[] {
  const texts: string[] = []
  for (const anchor of anchors.values()) texts.push(anchor.text)
  return texts
}

/** Words skipped when an acronym is read off a name (`Chief Technology Officer` → CTO, `Bank of Japan` → BOJ). */
const acronymFillers = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'at', 'as', 'a', 'an', 'by', 'with', '&'])

/**
 * Is an acronym a gloss in brackets (`最高技術責任者（CTO）`) of a name the other text spells out, as
 * the initials of words in a row (`Chief Technology Officer`)? Only in brackets: an acronym in
 * running text is a choice of words, and may be the only trace of an addition.
 */
function spelledOut(acronym: string, text: string, otherText: string): boolean {
  if (!new RegExp(`[(（]\\s*${acronym}\\s*[)）]`).test(text.normalize('NFKC'))) return false
  return spelledWords(acronym, otherText) !== undefined
}

/** The words in a row of `text` whose initials make the acronym (`grade point average` for GPA), or undefined. */
function spelledWords(acronym: string, text: string): string[] | undefined {
  const letters = acronym.replace(/s$/, '').toUpperCase()
  if (!/^[A-Z]{2,}$/.test(letters)) return undefined
  const words = text.normalize('NFKC').match(/[A-Za-z][A-Za-z'’-]*|&/g) ?? []
  for (let start = 0; start < words.length; start++) {
    let at = 0
    let k = start
    for (; k < words.length && at < letters.length; k++) {
      const word = words[k]
      if (word[0].toUpperCase() === letters[at]) at++
      else if (!acronymFillers.has(word.toLowerCase()) || at === 0) break
    }
    if (at === letters.length) return words.slice(start, k)
  }
  return undefined
}

/**
 * Is an acronym of the translation the initials of words in a row of the source sentence
 * (`GPA` for “grade point average”), which the translation renders no other way? A reader of
 * Japanese knows many such acronyms better than any rendering. At least two words besides
 * `of`, `and`…: one word's initial is met by chance. An `AI` beside 人工知能 for “artificial
 * intelligence” is still added.
 */
function initialsOfSource(acronym: string, sourceText: string, targetText: string, context: RuleContext): boolean {
  const words = spelledWords(acronym, sourceText)
  if (!words || words.filter((word) => !acronymFillers.has(word.toLowerCase())).length < 2) return false
  const rest = targetText.normalize('NFKC').split(acronym).join(' ')
  return sideCoverage(words.join(' '), rest, 'source', context).covered === 0
}

/**
 * The words of the source sentence that an acronym of the translation abbreviates, as written:
 * those the lexicon glosses it with (JMdict writes these acronyms in full-width letters: `ＧＫ`
 * “goalkeeper”, `ＴＶ` “television”), and a word whose parts the acronym gives the initials of,
 * each part after the first a word of the lexicon (`FW` ← for·ward, `MF` ← mid·fielder, `DF` ←
 * de·fender): the test for an abbreviation's long form of Schwartz and Hearst (2003), first letter
 * at the word's start, narrowed to word parts.
 */
function abbreviated(acronym: string, sourceText: string, lexicon: Lexicon): string[] {
  const letters = acronym.toLowerCase()
  if (!/^[a-z]{2,4}$/.test(letters)) return []
  const known = knowsLemma(lexicon)
  const wide = acronym.toUpperCase().replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0xfee0))
  const glossKeys = new Set([...englishFor(lexicon, wide), ...englishFor(lexicon, acronym)].map((lemma) => familyKeyIdOf(lexicon, lemma)))
  glossKeys.delete(undefined)
  const words: string[] = []
  for (const {surface, lemma} of tokenizeEnglish(sourceText.normalize('NFKC'), known)) {
    if ((glossKeys.size > 0 && glossKeys.has(familyKeyIdOf(lexicon, lemma))) || (/^[a-z]+$/.test(lemma) && lemma[0] === letters[0] && initialsOfParts(lemma, letters, known))) words.push(surface)
  }
  return words
}

/**
 * Is an acronym of the translation a rendering of source words it abbreviates (`FW` for
 * “forward”), not an addition? Only when the translation renders those words no other way: the
 * `AI` of a translation that has 人工知能 for “Artificial Intelligence” is still added.
 */
function rendersSourceWords(acronym: string, sourceText: string, targetText: string, context: RuleContext, lexicon: Lexicon): boolean {
  const words = abbreviated(acronym, sourceText, lexicon)
  if (words.length === 0) return false
  const rest = targetText.normalize('NFKC').split(acronym).join(' ')
  return words.every((word) => sideCoverage(word, rest, 'source', context).covered === 0)
}

/** Can `word` be cut after its first two letters or more into parts that start with `letters[1…]`, each a known word of three letters or more? */
function initialsOfParts(word: string, letters: string, known: (word: string) => boolean): boolean {
  // Part `next` starts at `at` (where `word` has `letters[next]`).
  const fits = (next: number, at: number): boolean => {
    if (next === letters.length - 1) {
      const part = word.slice(at)
      return part.length >= 3 && (known(part) || known(lemmatize(part, known)))
    }
    for (let end = at + 3; end < word.length; end++) {
      if (word[end] === letters[next + 1] && known(word.slice(at, end)) && fits(next + 1, end)) return true
    }
    return false
  }
  for (let at = word.indexOf(letters[1], 2); at >= 0; at = word.indexOf(letters[1], at + 1)) if (fits(1, at)) return true
  return false
}

/**
 * The words a translation glosses each acronym with, anywhere in the document: `関西国際空港（KIX）`
 * makes 関西国際空港 the translator's rendering of KIX, so a later `関西国際空港からは` renders
 * “From KIX” (the source spells the name out once, then uses the acronym).
 */
function glossedAcronyms(context: RuleContext): Map<string, Set<string>> {
  let glossed = glossCache.get(context)
  if (glossed) return glossed
  glossed = new Map()
  glossCache.set(context, glossed)
  // Run-in labels too: a list of options often glosses there (`免責補償制度（CDW）：1日1,100円`).
  const labels = nodesOfType(context.alignment.target, 'LabelNode').map((label) => label.value)
  const text = [textOf(context.alignment.target), ...labels].join('\n').normalize('NFKC')
  for (const match of text.matchAll(/([\p{Script=Han}\p{Script=Katakana}ー・]{2,})[(（]\s*([A-Za-z][A-Za-z\d&-]*)\s*[)）]/gu)) {
    const key = match[2].toLowerCase()
    const forms = glossed.get(key) ?? new Set<string>()
    forms.add(match[1])
    glossed.set(key, forms)
  }
  return glossed
}

const glossCache = new WeakMap<RuleContext, Map<string, Set<string>>>()

/** Does the translation render a source acronym with the words it glosses it with elsewhere? */
function glossedElsewhere(acronym: string, targetText: string, context: RuleContext): boolean {
  const forms = glossedAcronyms(context).get(acronym.toLowerCase())
  if (!forms) return false
  const normal = targetText.normalize('NFKC')
  for (const form of forms) if (normal.includes(form)) return true
  return false
}

/**
 * A gas in CO2 equivalents, written `CO2e` (`tCO2e`, `CO2eq`) in English and `CO2換算` or
 * `CO2相当` in Japanese: each side's form renders the other's.
 */
function carbonEquivalent(text: string, otherText: string, side: 'source' | 'target'): boolean {
  const other = otherText.normalize('NFKC')
  if (/^t?CO2e(?:q)?$/i.test(text)) return /CO2\s*(?:換算|相当|当量|equivalent)/i.test(other) || /CO2e/i.test(other)
  return /^CO2$/i.test(text) && side === 'target' && /CO2e/i.test(other)
}

/** `a`, `b` */
function quoted(texts: readonly string[]): string {
  let result = ''
  for (let k = 0; k < texts.length; k++) result += `${k > 0 ? ', ' : ''}\`${texts[k]}\``
  return result
}

export const anchorMismatch: Rule = (context) => {
  const findings: Finding[] = []
  for (const {sourceNodes, targetNodes, sourceText} of context.linked) {
    const targetText = textOfAll(targetNodes, {annotations: true})
    const sourceEntries = new Set(context.sourceTerms(sourceText.normalize('NFKC')).map((term) => term.entry))
    const targetEntries = new Set(context.targetTerms(targetText.normalize('NFKC')).map((term) => term.entry))
    const sourceAnchors = anchorsOf(sourceText, context.sourceTerms, targetEntries)
    const targetAnchors = anchorsOf(targetText, context.targetTerms, sourceEntries)
    // A currency code or common acronym the other side names (`EUR` ↔ `ユーロ`, `HR` ↔ `人事部`)
    // is rendered, as is `CO2e` by
    // `CO2換算`; and with a dictionary,
    // a name or acronym the other side writes its own way (`OSAKA` ↔ 大阪, `UNESCO` ↔ ユネスコ).
    const rendered = (text: string, side: 'source' | 'target') =>
      namesCode(text, side === 'source' ? targetText : sourceText) ||
      carbonEquivalent(text, side === 'source' ? targetText : sourceText, side) ||
      spelledOut(text, side === 'source' ? sourceText : targetText, side === 'source' ? targetText : sourceText) ||
      (side === 'target' && context.lexicon !== undefined && (rendersSourceWords(text, sourceText, targetText, context, context.lexicon) || initialsOfSource(text, sourceText, targetText, context))) ||
      (side === 'source' && context.alignment.target.lang === 'ja' && glossedElsewhere(text, targetText, context)) ||
      (context.lexicon !== undefined && sideCoverage(text, side === 'source' ? targetText : sourceText, side, context).covered > 0)
    const missing = unmatched(sourceAnchors, targetAnchors, (text) => rendered(text, 'source'))
    const extra = unmatched(targetAnchors, sourceAnchors, (text) => rendered(text, 'target'))
    if (missing.length === 0 && extra.length === 0) continue
    const parts: string[] = []
    if (missing.length > 0) parts.push(`${quoted(missing)} missing`)
    if (extra.length > 0) parts.push(`${quoted(extra)} added`)
    findings.push({
      ruleId: 'anchor-mismatch',
      reason: `Unexpected acronyms or links in the translation (${parts.join('; ')}), expected the same as the source`,
      side: 'target',
      sourceNodes,
      targetNodes,
      actual: textsOf(targetAnchors).join(', '),
      expected: textsOf(sourceAnchors)
    })
  }
  return findings
}
