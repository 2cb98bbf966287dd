// `term-replaced` for a pair without a glossary: the lexicon says which word of a translated
// sentence renders a term of its source, and which real Japanese words are near it in meaning
// without rendering that term. A translator's slip of this kind keeps the sentence fluent (a noun
// for a noun, often a word sharing a kanji or a sense with the right one), so the injection does
// the same: it never inserts a made-up string, and never a word the dictionary gives for the term.
import {coverage, defaultLexicon, sentencesOf, textOf} from '../dist/index.js'
import {randomIndex, slice, translated} from './units.mjs'

const kanjiOnly = /^[\p{Script=Han}々]{2,4}$/u
const katakanaOnly = /^[\u30A1-\u30FAー]{3,}$/u
const kanjiChar = /[\p{Script=Han}]/u
/** Capitalised words inside a sentence: parts of names (United Nations), which are not free to render. */
const names = /(?<!(?:^|[.!?:;]\s*))\b[A-Z][A-Za-z-]*/g

/** A source word counts as a term of the document when this many source sentences use it. */
export const termSentences = 2

/** Form i of the lexicon's sorted table of Japanese forms. */
const formAt = (lexicon, index) => String.fromCharCode(...lexicon.forms.chars.subarray(lexicon.forms.offsets[index], lexicon.forms.offsets[index + 1]))
/** Family-key ids a form links to, by the form's index. */
const keysAt = (lexicon, index) => [...new Set(Array.from(lexicon.links.subarray(lexicon.linkOffsets[index], lexicon.linkOffsets[index + 1]), (lemma) => lexicon.keyOf[lemma]))]

let reverse
let indexOfForm
/** Form → its index in the lexicon, built once. */
function formIndex(lexicon) {
  if (!indexOfForm) {
    indexOfForm = new Map()
    for (let index = 0; index < lexicon.forms.offsets.length - 1; index++) indexOfForm.set(formAt(lexicon, index), index)
  }
  return indexOfForm
}

/** Is this a Japanese form the lexicon knows? */
export const knowsForm = (lexicon, form) => formIndex(lexicon).has(form)

/** Key id → kanji-only forms of 2–4 characters linked to it: the pool near-synonyms come from. */
function formsByKey(lexicon) {
  if (reverse) return reverse
  reverse = new Map()
  for (const [form, index] of formIndex(lexicon)) {
    if (!kanjiOnly.test(form)) continue
    for (const key of keysAt(lexicon, index)) {
      const list = reverse.get(key)
      if (list) list.push(form)
      else reverse.set(key, [form])
    }
  }
  return reverse
}

function keysOf(lexicon, form) {
  const index = formIndex(lexicon).get(form)
  return index === undefined ? [] : keysAt(lexicon, index)
}

/** Does the lexicon give `japanese` as a rendering of the English word (by dictionary or as a loanword)? */
const renders = (english, japanese, lexicon) => coverage(english, japanese, lexicon).englishCoverage > 0

/** English content words of a text, as the lexicon lemmatises them. */
const lemmasOf = (text, lexicon) => coverage(text, '', lexicon).english.map((word) => word.text)

const sameSpans = (a, b) => a.length === b.length && a.every((span, k) => span.start === b[k].start && span.end === b[k].end)

/** The translation of a sentence's source: every target sentence with the same counterparts, and their labels. */
function beadText(ctx, sentence) {
  return ctx.sentences.filter((other) => sameSpans(other.counterparts, sentence.counterparts)).flatMap((other) => [slice(ctx, other.span), other.label]).join(' ')
}

/**
 * Places where a term can be replaced: a source term (an English content word that two or more
 * source sentences use; how the translation renders it elsewhere is not looked at) whose
 * rendering in the linked target sentence the lexicon knows, is a word of its own (kanji or
 * katakana only, not inside the sentence's run-in label) and occurs once there.
 */
export function lexiconTermCandidates(ctx) {
  const lexicon = defaultLexicon()
  const uses = new Map()
  for (const sentence of sentencesOf(ctx.sourceTree).map((node) => textOf(node))) for (const lemma of new Set(lemmasOf(sentence, lexicon))) uses.set(lemma, (uses.get(lemma) ?? 0) + 1)
  const found = []
  for (const s of translated(ctx)) {
    const text = slice(ctx, s.span)
    const source = s.counterparts.map((span) => ctx.source.slice(span.start, span.end)).join(' ')
    // The whole translation of those source sentences: when one English sentence became two,
    // the term rendered in the other one is still rendered.
    const whole = beadText(ctx, s)
    const terms = new Set(lemmasOf(source.replace(names, ' '), lexicon))
    for (const word of coverage(source, text, lexicon).english) {
      if (!terms.has(word.text) || (uses.get(word.text) ?? 0) < termSentences || (word.via !== 'dictionary' && word.via !== 'loanword')) continue
      const from = word.counterpart
      if (!kanjiOnly.test(from) && !katakanaOnly.test(from)) continue
      const at = text.indexOf(from)
      if (at === -1 || whole.indexOf(from) !== whole.lastIndexOf(from) || s.label.includes(from)) continue
      found.push({sentence: s, span: {start: s.span.start + at, end: s.span.start + at + from.length}, from, term: word.text, source})
    }
  }
  return found
}

/**
 * The replacement: a word from the fixed list of near-synonyms when it does not render the term,
 * else another sense's word — a kanji word sharing an English meaning with the rendering but not
 * the term's (権利 → 特権 for “right”, 保護 → 保全 for “protection”), preferring one that
 * shares a kanji with it. The sentence must then have no rendering of the term left (the term
 * was rendered once, by this word), else the edit is no defect and the candidate is dropped.
 */
export function lexiconReplacement(ctx, {sentence, from, term, source}, fixed, rng) {
  const lexicon = defaultLexicon()
  const text = beadText(ctx, sentence)
  const usable = (to) => kanjiOnly.test(to) && to !== from && !to.includes(from) && !from.includes(to) && !text.includes(to) && !sentence.label.includes(to) && !renders(term, to, lexicon)
  let to
  let how
  if (fixed[from] && usable(fixed[from])) {
    to = fixed[from]
    how = 'the fixed list of near-synonyms'
  } else {
    const pool = formsByKey(lexicon)
    const shared = new Map()
    for (const key of keysOf(lexicon, from)) for (const form of pool.get(key) ?? []) shared.set(form, (shared.get(form) ?? 0) + 1)
    const options = [...shared.keys()].sort().filter((form) => form.length <= from.length + 1 && usable(form))
    const kanjiInCommon = (form) => [...form].some((char) => kanjiChar.test(char) && from.includes(char))
    // Near-synonyms first: two English meanings in common (保護 → 保全: protect, preserve),
    // with a kanji in common if there is one; else one meaning, a kanji and the length in common.
    const tiers = [
      options.filter((form) => shared.get(form) >= 2 && kanjiInCommon(form)),
      options.filter((form) => shared.get(form) >= 2),
      options.filter((form) => kanjiInCommon(form) && form.length === from.length)
    ]
    const tier = tiers.find((list) => list.length > 0)
    if (!tier) return null
    // Without frequency data, the number of meanings stands in for how common a word is: a
    // translator reaches for 行動 or 区別, not for a four-kanji idiom with one gloss.
    const senses = new Map(tier.map((form) => [form, keysOf(lexicon, form).length]))
    const list = [...tier].sort((a, b) => senses.get(b) - senses.get(a) || (a < b ? -1 : 1)).slice(0, Math.max(3, Math.ceil(tier.length / 3)))
    to = list[randomIndex(rng, list.length)]
    how = `a word sharing a sense with ${from} in the lexicon`
  }
  const replaced = text.replace(from, to)
  if (coverage(source, replaced, lexicon).english.some((word) => word.text === term && word.via)) return null
  return {to, how}
}
