// The eleven defect classes: where each can go in a translation and the edit that makes it.
import {termMatcher} from '../dist/index.js'
import {overlaps, spanOf} from './spans.mjs'
import {lexiconReplacement, lexiconTermCandidates} from './terms.mjs'
import {content, counterparts, deletion, fold, lineEnd, lineStart, randomIndex, short, slice, translated} from './units.mjs'

export const classes = [
  'sentence-deleted',
  'clause-deleted',
  'item-deleted',
  'items-merged',
  'number-changed',
  'sentences-swapped',
  'sentence-duplicated',
  'untranslated',
  'sentence-inserted',
  'term-replaced',
  'list-item-deleted'
]

/**
 * Plausible wrong renderings of Japanese terms (a near-synonym a translator could pick, or a
 * calque), used by `term-replaced`: where a glossary is given, only at a rendering of a glossary
 * term whose English the source sentence has, and never with a rendering the glossary allows;
 * without one, only where the lexicon says the word renders a source term and the wrong one
 * does not (eval/terms.mjs).
 */
export const wrongRenderings = {
  持続可能: '維持可能',
  包摂的: '包含的',
  ガバナンス: '統治',
  透明性: '透過性',
  信頼できる: '信用できる',
  イノベーション: '技術革新',
  エコシステム: '生態系',
  市民社会: '市民団体',
  民間部門: '私的部門',
  開発途上国: '後進国',
  国際機関: '国際組織',
  多様性: '多元性',
  倫理的: '道徳的',
  安全性: '安心性',
  公共の利益: '公衆の利益',
  能力構築: '能力開発',
  知的財産権: '知的所有権',
  人道法: '人道主義法',
  生産性: '効率性',
  原則: '原理',
  優先事項: '重点事項',
  優先課題: '重点課題',
  市場: '相場',
  人権: '人の権利',
  尊厳: '威厳',
  平等: '同等',
  差別: '区別',
  自由: '自在',
  宣言: '声明',
  良心: '良識',
  理性: '知性',
  国籍: '市民権',
  財産: '資産',
  迫害: '抑圧',
  教育: '教化',
  拷問: '虐待',
  保護: '保全'
}

// ---------------------------------------------------------------- the classes
// Each: candidates(ctx) → list; make(ctx, candidate, rng) → {edits, description, place} or null;
// expect: the change of shape (sentences, items, paragraphs) the corrupted tree must show
// (`made.shape` overrides it for one edit).
// place.original: spans of the original translation, mapped into the corrupted one;
// place.inserted: the replacements' spans count as the place; place.neighbours: the sentences
// either side of where removed text was; place.source: the source sentences concerned.

export const injectors = {
  'sentence-deleted': {
    candidates: (ctx) => content(ctx).filter((s) => ctx.sentences.filter((o) => o.parent === s.parent).length > 1),
    make: (ctx, s) => {
      const edit = deletion(ctx.target, s.span)
      return edit && {edits: [edit], description: `deleted ${s.id} “${short(slice(ctx, s.span))}”`, place: {neighbours: true, source: ctx.counterpart(s.span)}}
    },
    expect: {sentences: -1}
  },
  'clause-deleted': {
    candidates: (ctx) => content(ctx).flatMap((s) => s.clauses.slice(0, -1).filter((c) => c.value.trim().length >= 3).map((clause) => ({sentence: s, clause}))),
    make: (ctx, {sentence, clause}) => {
      const edit = deletion(ctx.target, spanOf(clause))
      return edit && {edits: [edit], description: `deleted clause ${clause.data.id} “${short(clause.value)}”`, place: {original: [sentence.span], source: ctx.counterpart(sentence.span)}}
    },
    expect: {}
  },
  'item-deleted': {
    candidates: (ctx) => ctx.items.filter((item) => item.siblings > 1 && item.sentences.some((s) => s.counterparts.length > 0)),
    make: (ctx, item) => {
      const text = ctx.target
      const start = lineStart(text, item.span.start)
      let end = Math.min(lineEnd(text, item.span.end) + 1, text.length)
      // A loose list: drop one of the two blank lines the removed item stood between.
      const blankBefore = start >= 2 && text[start - 2] === '\n' && text[start - 1] === '\n'
      const next = lineEnd(text, end)
      if (blankBefore && end < text.length && !text.slice(end, next).trim()) end = Math.min(next + 1, text.length)
      return {edits: [{start, end, replacement: ''}], description: `deleted item ${item.id} “${short(slice(ctx, item.span))}”`, place: {neighbours: true, source: counterparts(ctx, item.sentences.map((s) => s.span))}, shape: {sentences: -item.sentences.length, items: -1 - item.node.children.filter((c) => c.type === 'ListNode').reduce((n, list) => n + list.children.length, 0), paragraphs: item.top ? -1 : 0}}
    },
    expect: {items: -1}
  },
  'items-merged': {
    candidates: (ctx) =>
      ctx.items.flatMap((item) => {
        const next = ctx.items.find((o) => o.list === item.list && o.index === item.index + 1)
        return next && item.node.children.at(-1).type === 'SentenceNode' ? [{item, next}] : []
      }),
    make: (ctx, {item, next}) => {
      // The second item's text becomes a continuation line of the first item's last paragraph.
      const indent = ' '.repeat(item.node.children[0].position.start.column - 1)
      const edit = {start: item.span.end, end: next.node.children[0].position.start.offset, replacement: `\n${indent}`}
      return {edits: [edit], description: `merged ${item.id} and ${next.id}`, place: {original: [{start: item.span.start, end: next.span.end}], source: counterparts(ctx, [...item.sentences, ...next.sentences].map((s) => s.span))}, shape: {paragraphs: item.top ? -1 : 0}}
    },
    // Items without closing punctuation become one sentence when joined.
    expect: {items: -1, sentences: [0, -1]}
  },
  'number-changed': {
    candidates: (ctx) =>
      translated(ctx).flatMap((s) =>
        s.clauses.flatMap((clause) => {
          const {start} = spanOf(clause)
          return [...slice(ctx, spanOf(clause)).matchAll(/[0-9]+|[０-９]+/g)].map((m) => ({sentence: s, span: {start: start + m.index, end: start + m.index + m[0].length}, digits: m[0]}))
        })
      ),
    make: (ctx, {sentence, span, digits}, rng) => {
      const replacement = otherNumber(digits, rng)
      return {edits: [{...span, replacement}], description: `${digits} → ${replacement} in ${sentence.id}`, place: {inserted: true, source: ctx.counterpart(sentence.span)}}
    },
    expect: {}
  },
  'sentences-swapped': {
    candidates: (ctx) => {
      const list = content(ctx)
      return list.flatMap((a, k) => list.slice(k + 1).filter((b) => b.paragraph !== a.paragraph).map((b) => ({a, b})))
    },
    make: (ctx, {a, b}) => ({
      edits: [
        {...a.span, replacement: fold(slice(ctx, b.span))},
        {...b.span, replacement: fold(slice(ctx, a.span))}
      ],
      description: `swapped ${a.id} “${short(slice(ctx, a.span), 24)}” and ${b.id} “${short(slice(ctx, b.span), 24)}”`,
      place: {inserted: true, source: counterparts(ctx, [a.span, b.span])}
    }),
    expect: {}
  },
  'sentence-duplicated': {
    candidates: (ctx) => content(ctx),
    // The copy and the original cannot be told apart: a finding at either is at the defect.
    make: (ctx, s) => ({edits: [{start: s.span.end, end: s.span.end, replacement: separator(ctx) + fold(slice(ctx, s.span))}], description: `duplicated ${s.id} “${short(slice(ctx, s.span))}”`, place: {inserted: true, original: [s.span], source: ctx.counterpart(s.span)}}),
    expect: {sentences: 1}
  },
  untranslated: {
    candidates: (ctx) => (ctx.gold ?? []).filter((bead) => bead.source.length === 1 && bead.target.length === 1 && content(ctx).some((s) => overlaps(s.span, bead.target[0]))),
    make: (ctx, bead) => {
      const english = fold(ctx.source.slice(bead.source[0].start, bead.source[0].end))
      return {edits: [{start: bead.target[0].start, end: bead.target[0].end, replacement: english}], description: `“${short(slice(ctx, bead.target[0]), 24)}” replaced by its English “${short(english)}”`, place: {inserted: true, source: [{start: bead.source[0].start, end: bead.source[0].end}]}}
    },
    expect: {},
    none: 'no alignment gold to take the English counterpart from'
  },
  'sentence-inserted': {
    candidates: (ctx) => {
      const list = content(ctx)
      return list.flatMap((from) => list.filter((after) => after.paragraph !== from.paragraph).map((after) => ({from, after})))
    },
    make: (ctx, {from, after}) => ({
      edits: [{start: after.span.end, end: after.span.end, replacement: separator(ctx) + fold(slice(ctx, from.span))}],
      description: `${from.id} “${short(slice(ctx, from.span))}” inserted after ${after.id}`,
      place: {inserted: true, source: []}
    }),
    expect: {sentences: 1}
  },
  'list-item-deleted': {
    // A list written inside a sentence: three or more nouns (kanji or katakana, with の inside)
    // between 、 or ・, so not a chain of clauses (`再確認し、かつ、…`).
    candidates: (ctx) =>
      content(ctx).flatMap((s) => {
        const text = slice(ctx, s.span)
        const item = '[\\p{Script=Han}\\p{Script=Katakana}ー々][\\p{Script=Han}\\p{Script=Katakana}ー々の]{0,11}'
        const list = new RegExp(`(?<![\\p{Script=Han}\\p{Script=Katakana}ー々の])(?:${item}[、・]){2,}${item}(?![\\p{Script=Han}\\p{Script=Katakana}ー々])`, 'gu')
        return [...text.matchAll(list)].flatMap((m) => {
          // ・ between two katakana words joins a name (グローバル・デジタル・コンパクト), and
          // 及び, 並びに, 又は are separators the item pattern does not see.
          if (/[及並又]/.test(m[0])) return []
          const pieces = m[0].split(/(?<=、)|(?<=(?<![\p{Script=Katakana}ー])・)|(?<=・)(?![\p{Script=Katakana}])/u)
          if (pieces.length < 3) return []
          let offset = s.span.start + m.index
          return pieces.map((piece, k) => {
            const start = offset
            offset += piece.length
            // Not the first item: the one deleted takes the separator before it.
            return k === 0 ? undefined : {sentence: s, span: {start: start - 1, end: start + piece.length - (k < pieces.length - 1 ? 1 : 0)}}
          }).filter(Boolean)
        })
      }),
    make: (ctx, {sentence, span}) => ({
      edits: [{start: span.start, end: span.end, replacement: ''}],
      description: `deleted list item “${short(slice(ctx, {start: span.start + 1, end: span.end}))}” of ${sentence.id}`,
      place: {original: [sentence.span], source: ctx.counterpart(sentence.span)}
    }),
    expect: {}
  },
  'term-replaced': {
    candidates: (ctx) => (ctx.glossary?.length ? termCandidates(ctx) : lexiconTermCandidates(ctx)),
    make: (ctx, candidate, rng) => {
      const {sentence, span, from, term} = candidate
      let to = candidate.to
      let how = `built-in wrong rendering of glossary term “${term}”`
      if (!to) {
        const replacement = lexiconReplacement(ctx, candidate, wrongRenderings, rng)
        if (!replacement) return null
        to = replacement.to
        how = `rendering of “${term}” replaced by ${replacement.how}, no glossary`
      }
      return {edits: [{...span, replacement: to}], description: `${from} → ${to} in ${sentence.id} (${how})`, place: {inserted: true, source: ctx.counterpart(sentence.span)}}
    },
    expect: {}
  }
}

const separator = (ctx) => (ctx.targetLang === 'ja' ? '' : ' ')

/** A different number with as many digits: one digit changed, or ±1–9. */
function otherNumber(digits, rng) {
  const wide = /[０-９]/.test(digits)
  const ascii = wide ? digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)) : digits
  let result
  if (rng() < 0.5 || ascii.length > 12) {
    const k = randomIndex(rng, ascii.length)
    const choices = [...'0123456789'].filter((d) => d !== ascii[k] && !(k === 0 && d === '0' && ascii.length > 1))
    result = ascii.slice(0, k) + choices[randomIndex(rng, choices.length)] + ascii.slice(k + 1)
  } else {
    const step = 1 + randomIndex(rng, 9)
    const value = Number(ascii)
    result = String(value - step >= 0 && rng() < 0.5 ? value - step : value + step)
  }
  return wide ? result.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) : result
}

/**
 * With a glossary, where a built-in wrong rendering applies: a rendering that occurs once in a
 * sentence (so that the sentence really loses the term) and belongs to a glossary term whose
 * English the source sentence(s) have and whose allowed renderings do not include the wrong one.
 */
function termCandidates(ctx) {
  const matchSource = termMatcher(ctx.glossary, 'en')
  const found = []
  for (const s of translated(ctx)) {
    const text = slice(ctx, s.span)
    const sourceEntries = new Set(ctx.counterpart(s.span).flatMap((span) => matchSource(ctx.source.slice(span.start, span.end)).map((m) => m.entry)))
    for (const [from, to] of Object.entries(wrongRenderings)) {
      const at = text.indexOf(from)
      // The rule reads the run-in label of the sentence's item or paragraph too: a rendering
      // there still renders the term.
      if (at === -1 || text.indexOf(from, at + 1) !== -1 || text.includes(to) || s.label.includes(from)) continue
      const entry = [...sourceEntries].map((k) => ctx.glossary[k]).find((e) => e.ja.includes(from) && !e.ja.includes(to) && !e.ja.some((r) => r !== from && (text.includes(r) || s.label.includes(r))))
      if (entry) found.push({sentence: s, span: {start: s.span.start + at, end: s.span.start + at + from.length}, from, to, term: entry.en[0]})
    }
  }
  return found
}

