/**
 * The lexicon's half of `inconsistent-term`: a source term rendered one way in the translation's
 * other places and, in one, replaced by a different word. The dictionary says which Japanese word
 * renders each English content word of a linked pair; the word found in most of a term's pairs
 * is its rendering. A pair whose source has the term, whose translation has neither that
 * rendering nor any word the dictionary gives for the term, and has instead a word close to the
 * term's renderings (a kanji or an English sense in common) that renders nothing of the source,
 * is reported with that word as `actual` and the rendering as `expected`.
 */
import type {Finding} from '../findings.js'
import {coverage, formKeyIds, type Coverage, type Lexicon} from '../../lexicon/index.js'
import {containerLabel, textOfAll, type RuleContext} from './context.js'

/**
 * Other places of the translation that must show the rendering, and the share of the term's
 * places that do. One other place is enough because a finding also needs a word standing where
 * the rendering should (see `substitutes`): the consistency only says which word that is. Half
 * the places: a word the translator renders in several ways by choice (`free` as 自由, 無償, …)
 * is no term with a rendering.
 */
const minimumPlaces = 1
const minimumShare = 0.5

interface TermUse {
  /** Pairs whose source has the word (indexes into `context.linked`). */
  pairs: number[]
  /** Japanese words the dictionary matched to it, in any pair. */
  renderings: Set<string>
}

/** A side's text of a pair with its run-in labels: a term may stand in a label (`期末試験：30％`, `Final examination: 30%`). */
function sideTextOf(context: RuleContext, index: number, side: 'source' | 'target'): string {
  const pair = context.linked[index]
  const units = side === 'source' ? context.source : context.target
  const labels = pair.bead[side].flatMap((id) => containerLabel(units, id)?.label ?? [])
  return [textOfAll(side === 'source' ? pair.sourceNodes : pair.targetNodes), ...labels].join(' ')
}

/** Is this English word part of a glossary term of the source text (the `term` rule's business)? */
function inGlossaryTerm(context: RuleContext, sourceText: string, word: string): boolean {
  if (context.glossary.length === 0) return false
  return context.sourceTerms(sourceText).some((mention) => mention.text.toLowerCase().split(/[^a-z]+/).some((part) => part.startsWith(word.slice(0, Math.max(4, word.length - 2)))))
}

const kanji = /\p{Script=Han}/u

/**
 * Words of the translation that stand where the rendering should: close to it in form (a kanji
 * in common: 保全 for 保護, 事由 for 自由) or in meaning (an English sense in common: 重視 for
 * 尊重), and rendering nothing of the source. A sentence rephrased without the word (“has the
 * right to” as …することができる) has none; a slip has one.
 */
function substitutes(lexicon: Lexicon, renderings: readonly string[], result: Coverage, strict: boolean): string[] {
  const keys = new Set(renderings.flatMap((rendering) => formKeyIds(lexicon, rendering)))
  // Kanji in common, unless it is the last of both: a compound's last kanji is its head, and two
  // words with one head are kinds of one thing (分館 “branch library” beside 図書館), not a slip.
  const shared = (word: string, rendering: string) => [...word].filter((char, k) => kanji.test(char) && rendering.includes(char) && !(k === word.length - 1 && rendering.endsWith(char))).length
  // A word inside the rendering, or holding it, is the same word in a compound (化学 in 化学物質).
  const sameFamily = (word: string) => renderings.some((rendering) => rendering.includes(word) || word.includes(rendering))
  const sense = (word: string) => formKeyIds(lexicon, word).some((key) => keys.has(key))
  // Against a rendering seen in one other place only, one kanji or one sense in common is too
  // little (書 of 本書 “this document” and 書類): both are needed, or two kanji.
  const close = (word: string) => {
    const most = Math.max(0, ...renderings.map((rendering) => shared(word, rendering)))
    return strict ? most >= 2 || (most >= 1 && sense(word)) : most > 0 || sense(word)
  }
  return result.japanese
    .filter((word) => !word.via && wordLike.test(word.text))
    .map((word) => word.text)
    .filter((word) => !sameFamily(word) && close(word))
}

/** Kanji that negate the rest of a word: 無罪 is “not guilty”, 不平等 “inequality”. */
const negated = /^[無不非未]/u

/** A noun-like word standing on its own: kanji only or katakana only, two characters or more. */
const wordLike = /^(?:[\p{Script=Han}々]{2,}|[\u30A1-\u30FAー]{2,})$/u

/**
 * Is the term rendered in this translation after all: the rendering itself, or a word that holds
 * it or that it holds, one character apart (独立 for 独立国, 科学 for 科学的: the same word in
 * another form; 生活 is not 生活水準).
 */
function rendered(rendering: string, text: string, result: Coverage): boolean {
  const sameWord = (a: string, b: string) => a.length >= 2 && b.length - a.length === 1 && b.includes(a)
  return text.includes(rendering) || result.japanese.some((word) => sameWord(word.text, rendering) || sameWord(rendering, word.text))
}


/** Words an acronym's letters skip (`Organisation for Economic Co-operation and Development`). */
const acronymGaps = new Set(['of', 'and', 'for', 'the', 'on', 'in'])
/** Small words inside a name (`Office of International Admissions`, `Banque de France`): an acronym's gaps and more. */
const nameLinks = new Set([...acronymGaps, 'de', '&'])

/**
 * Is the word part of a name in running text: two or more capitalised words (with small words
 * between) after the sentence's first word, while other words of the sentence are lower case? An
 * office or a body has its own official translation (`Office of International Admissions` is
 * 国際入試課 however the document renders “admission” elsewhere), so its words say nothing about
 * the consistency of a term. A title-case heading is no name: all its words are capitalised.
 */
function inCapitalisedName(sourceText: string, word: string): boolean {
  const tokens = sourceText.match(/[A-Za-z][A-Za-z'’-]*|&/g) ?? []
  const capital = (token: string) => /^[A-Z]/.test(token)
  const stem = word.toLowerCase().slice(0, Math.max(4, word.length - 2))
  let inName = false
  let lowerOutside = false
  for (let k = 1; k < tokens.length; k++) {
    if (!capital(tokens[k])) {
      if (!nameLinks.has(tokens[k]) && tokens[k].length >= 4) lowerOutside = true
      continue
    }
    // The run of capitalised words (and small words between them) this one starts.
    let end = k
    let capitals = 0
    while (end < tokens.length && (capital(tokens[end]) || (nameLinks.has(tokens[end]) && end + 1 < tokens.length && capital(tokens[end + 1])))) {
      if (capital(tokens[end])) capitals++
      end++
    }
    if (capitals >= 2 && tokens.slice(k, end).some((token) => token.toLowerCase().startsWith(stem))) inName = true
    k = end - 1
  }
  return inName && lowerOutside
}

/**
 * Is the word part of a phrase the translation writes as its acronym (`artificial intelligence`
 * ↔ `AI`, `United Nations` ↔ `UN`)? Then the term is rendered, by its initials.
 */
function inAcronym(sourceText: string, targetText: string, word: string): boolean {
  const acronyms = [...new Set(targetText.match(/(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])/g) ?? [])]
  if (acronyms.length === 0) return false
  const tokens = sourceText.toLowerCase().match(/[a-z]+/g) ?? []
  const stem = word.toLowerCase().slice(0, Math.max(3, Math.min(word.length, 5)))
  for (const acronym of acronyms) {
    const letters = acronym.toLowerCase()
    for (let start = 0; start < tokens.length; start++) {
      let at = 0
      let covers = false
      for (let k = start; k < tokens.length && at < letters.length; k++) {
        const token = tokens[k]
        if (token[0] !== letters[at]) {
          if (at > 0 && acronymGaps.has(token)) continue
          break
        }
        if (token.startsWith(stem)) covers = true
        at++
      }
      if (at === letters.length && covers) return true
    }
  }
  return false
}

export function renderedTermFindings(context: RuleContext): Finding[] {
  const lexicon = context.lexicon
  if (!lexicon || context.alignment.target.lang !== 'ja' || context.alignment.source.lang !== 'en') return []
  const targets = context.linked.map((_, index) => sideTextOf(context, index, 'target'))
  const sources = context.linked.map((_, index) => sideTextOf(context, index, 'source'))
  const covers: Coverage[] = context.linked.map((_, index) => coverage(sources[index], targets[index], lexicon))
  const uses = new Map<string, TermUse>()
  covers.forEach((result, index) => {
    for (const word of result.english) {
      let use = uses.get(word.text)
      if (!use) uses.set(word.text, (use = {pairs: [], renderings: new Set()}))
      use.pairs.push(index)
      // Same Latin words and numbers are anchors, checked by `anchor-mismatch`.
      if (word.counterpart && (word.via === 'dictionary' || word.via === 'loanword')) use.renderings.add(word.counterpart)
    }
  })
  const missing = new Map<number, Array<{word: string; rendering: string; places: number; instead: string[]}>>()
  for (const [word, use] of uses) {
    const unrendered = use.pairs.filter((index) => !covers[index].english.some((w) => w.text === word && w.via))
    if (unrendered.length === 0) continue
    // The rendering is the word found in most of the term's pairs (a substring test, so that
    // 自由 counts inside 表現の自由 and 権利 inside 権利及び自由).
    let best: {rendering: string; places: number[]} | undefined
    for (const rendering of [...use.renderings].sort()) {
      // One kanji (権) is inside too many other words to stand for a term by a substring test;
      // a word opening with a negation (無罪) comes from a gloss that lost its “not” (“not guilty”).
      if (rendering.length < 2 || negated.test(rendering)) continue
      const places = use.pairs.filter((index) => targets[index].includes(rendering))
      if (!best || places.length > best.places.length || (places.length === best.places.length && rendering.length < best.rendering.length)) best = {rendering, places}
    }
    if (!best || best.places.length < minimumPlaces || best.places.length / use.pairs.length < minimumShare) continue
    for (const index of unrendered) {
      if (rendered(best.rendering, targets[index], covers[index]) || inGlossaryTerm(context, sources[index], word)) continue
      if (inAcronym(sources[index], targets[index], word) || inCapitalisedName(sources[index], word)) continue
      const instead = substitutes(lexicon, [...use.renderings].filter((rendering) => wordLike.test(rendering) && !negated.test(rendering)), covers[index], best.places.length < 2)
      if (instead.length === 0) continue
      const list = missing.get(index) ?? []
      list.push({word, rendering: best.rendering, places: best.places.length, instead})
      missing.set(index, list)
    }
  }
  const findings: Finding[] = []
  for (const [index, terms] of [...missing].sort((a, b) => a[0] - b[0])) {
    const {sourceNodes, targetNodes} = context.linked[index]
    const instead = [...new Set(terms.flatMap((term) => term.instead))]
    const what = terms.map(({word, rendering, instead: words}) => `\`${words.join('`, `')}\` for “${word}”`).join(', ')
    findings.push({
      ruleId: 'inconsistent-term',
      reason: `Unexpected ${what}, expected ${terms.map(({rendering}) => `\`${rendering}\``).join(', ')} as elsewhere in the translation`,
      note: terms.map(({word, rendering, places}) => `“${word}” is \`${rendering}\` in ${places} other ${places === 1 ? 'place' : 'places'}`).join('; '),
      side: 'target',
      sourceNodes,
      targetNodes,
      actual: instead.join(', '),
      expected: terms.map(({rendering}) => rendering)
    })
  }
  return findings
}
