// Defect injection: corrupt the translation with exactly one defect of one class at a random
// place, deterministically for a seed, and record where the defect is (spans in the corrupted
// translation and the source sentences it concerns). Each corrupted copy is parsed again and
// checked for the structural change its class implies (one sentence fewer, one item fewer, …),
// so that an edit that broke the Markdown or did something else is never scored.
import {align, beadsOf, getNode, parse, termMatcher} from '../dist/index.js'
import {applyEdits, insertedSpans, overlaps, spanOf} from './spans.mjs'

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
  'term-replaced'
]

/**
 * Plausible wrong renderings of Japanese terms (a near-synonym a translator could pick, or a
 * calque), used by `term-replaced`: where a glossary is given, only at a rendering of a glossary
 * term whose English the source sentence has, and never with a rendering the glossary allows.
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

// ---------------------------------------------------------------- randomness

/** mulberry32, seeded by an FNV-1a hash of the seed and the keys (pair, class): one stream per class. */
export function rngFor(seed, ...keys) {
  let h = 2166136261 ^ Number(seed)
  for (const ch of keys.join('\u0000')) h = Math.imul(h ^ ch.codePointAt(0), 16777619)
  let a = h >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const randomIndex = (rng, length) => Math.floor(rng() * length)

// ---------------------------------------------------------------- the translation's units

/** Sentences, clauses and list items of a tree with what the injectors need to know about them. */
function unitsOf(tree) {
  const sentences = []
  const items = []
  const visit = (node, paragraph, parent, item) => {
    for (const [k, child] of (node.children ?? []).entries()) {
      if (child.type === 'SentenceNode') {
        const label = node.children.find((c) => c.type === 'LabelNode')?.value ?? ''
        sentences.push({id: child.data.id, span: spanOf(child), paragraph: paragraph.index, heading: paragraph.kind === 'heading', parent: parent.data.id, label, item, clauses: child.children.filter((c) => c.type === 'ClauseNode')})
      } else if (child.type === 'ListNode') {
        visit(child, paragraph, child, item)
      } else if (child.type === 'ListItemNode') {
        const entry = {id: child.data.id, node: child, span: spanOf(child), list: node.data.id, index: k, siblings: node.children.length}
        items.push(entry)
        visit(child, paragraph, child, entry)
      }
    }
  }
  // Items of a top-level ordered list are paragraphs to the parser (numbered paragraphs, kind
  // `item`) but list items in the Markdown: a run of them is one list.
  let run
  tree.children.forEach((paragraph, index) => {
    let entry
    if (paragraph.kind === 'item') {
      run = run && tree.children[index - 1]?.kind === 'item' ? run : {id: `top${index}`, items: []}
      entry = {id: paragraph.data.id, node: paragraph, span: spanOf(paragraph), list: run.id, index: run.items.length, top: true}
      run.items.push(entry)
      items.push(entry)
    } else run = undefined
    visit(paragraph, {index, kind: paragraph.kind}, paragraph, entry)
  })
  for (const item of items) if (item.top) item.siblings = items.filter((o) => o.list === item.list).length
  for (const item of items) item.sentences = sentences.filter((s) => s.span.start >= item.span.start && s.span.end <= item.span.end)
  return {sentences, items}
}

export function shapeOf(tree) {
  const {sentences, items} = unitsOf(tree)
  return {sentences: sentences.length, items: items.length, paragraphs: tree.children.length}
}

/**
 * Everything the injectors work from. `gold` (beads of spans) tells which source sentences a
 * target sentence translates and gives `untranslated` its English; without it the clean
 * alignment stands in for the counterparts (and `untranslated` is skipped).
 */
export function prepare({source, target, sourceLang = 'en', targetLang = 'ja', glossary, gold, sourceTree, targetTree, alignment}) {
  sourceTree ??= parse(source, {lang: sourceLang})
  targetTree ??= parse(target, {lang: targetLang})
  const units = unitsOf(targetTree)
  let counterpart
  if (gold) {
    counterpart = (span) => {
      const spans = gold.filter((bead) => bead.target.some((t) => overlaps(t, span))).flatMap((bead) => bead.source)
      return dedupe(spans.map(({start, end}) => ({start, end})))
    }
  } else {
    alignment ??= align(sourceTree, targetTree, {glossary: glossary ?? []})
    counterpart = (span) => {
      const ids = units.sentences.filter((s) => overlaps(s.span, span)).flatMap((s) => beadsOf(alignment, s.id, 'target').flatMap((bead) => bead.source))
      return dedupe([...new Set(ids)].map((id) => spanOf(getNode(sourceTree, id))))
    }
  }
  for (const s of units.sentences) s.counterparts = counterpart(s.span)
  return {source, target, sourceLang, targetLang, glossary, gold, sourceTree, targetTree, ...units, counterpart, shape: shapeOf(targetTree)}
}

const dedupe = (spans) => [...new Map(spans.map((s) => [`${s.start}:${s.end}`, s])).values()].sort((a, b) => a.start - b.start)

// ---------------------------------------------------------------- text helpers

const lineStart = (text, offset) => text.lastIndexOf('\n', offset - 1) + 1
const lineEnd = (text, offset) => {
  const k = text.indexOf('\n', offset)
  return k === -1 ? text.length : k
}
const isWide = (ch) => ch !== undefined && /[^\u0000-\u024f]/u.test(ch)

/**
 * Text moved to another place goes on one line: line breaks and indentation of the old place
 * folded to a space, or to nothing between two Japanese characters (as the parser reads them).
 */
export function fold(text) {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (match, offset) => (isWide(text[offset - 1]) && isWide(text[offset + match.length]) ? '' : ' '))
}

/**
 * The edit that removes a span cleanly: with the spaces that separated it from the next text on
 * its line, or its whole line(s) when nothing else is on them. `null` when it would leave a list
 * marker with nothing after it.
 */
export function deletion(text, span) {
  let {start, end} = span
  const ls = lineStart(text, start)
  const le = lineEnd(text, end)
  const before = text.slice(ls, start)
  const after = text.slice(end, le)
  if (!before.trim() && !after.trim()) return {start: ls, end: Math.min(le + 1, text.length), replacement: ''}
  if (/^\s*(?:[-*+]|\d+[.)])\s*$/.test(before) && !after.trim()) return null
  if (after.trim()) end += /^[ \t]*/.exec(after)[0].length
  else start -= /[ \t]*$/.exec(before)[0].length
  return {start, end, replacement: ''}
}

const slice = (ctx, span) => ctx.target.slice(span.start, span.end)
const short = (text, max = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
const counterparts = (ctx, spans) => dedupe(spans.flatMap((span) => ctx.counterpart(span)))
// Defects go only where the translation translates something: a sentence with no source (a
// translator's preface) is already an addition, and what happens inside it is no translation
// defect. Headings are left out where moving or removing a whole sentence is concerned.
const translated = (ctx) => ctx.sentences.filter((s) => s.counterparts.length > 0)
const content = (ctx) => translated(ctx).filter((s) => !s.heading)

// ---------------------------------------------------------------- the classes
// Each: candidates(ctx) → list; make(ctx, candidate, rng) → {edits, description, place} or null;
// expect: the change of shape (sentences, items, paragraphs) the corrupted tree must show.
// place.original: spans of the original translation, mapped into the corrupted one;
// place.inserted: the replacements' spans count as the place; place.neighbours: the sentences
// either side of where removed text was; place.source: the source sentences concerned.

const injectors = {
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
  'term-replaced': {
    candidates: (ctx) => termCandidates(ctx),
    make: (ctx, {sentence, span, from, to, term}) => ({
      edits: [{...span, replacement: to}],
      description: `${from} → ${to} in ${sentence.id} (built-in wrong rendering${term ? ` of glossary term “${term}”` : ', no glossary'})`,
      place: {inserted: true, source: ctx.counterpart(sentence.span)}
    }),
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
 * Where a built-in wrong rendering applies: a rendering that occurs once in a sentence (so that
 * the sentence really loses the term) and, with a glossary, belongs to a glossary term whose
 * English the source sentence(s) have and whose allowed renderings do not include the wrong one.
 */
function termCandidates(ctx) {
  const matchSource = ctx.glossary?.length ? termMatcher(ctx.glossary, 'en') : undefined
  const found = []
  for (const s of translated(ctx)) {
    const text = slice(ctx, s.span)
    let sourceEntries
    if (matchSource) sourceEntries = new Set(ctx.counterpart(s.span).flatMap((span) => matchSource(ctx.source.slice(span.start, span.end)).map((m) => m.entry)))
    for (const [from, to] of Object.entries(wrongRenderings)) {
      const at = text.indexOf(from)
      // The rule reads the run-in label of the sentence's item or paragraph too: a rendering
      // there still renders the term.
      if (at === -1 || text.indexOf(from, at + 1) !== -1 || text.includes(to) || s.label.includes(from)) continue
      let term
      if (matchSource) {
        const entry = [...sourceEntries].map((k) => ctx.glossary[k]).find((e) => e.ja.includes(from) && !e.ja.includes(to) && !e.ja.some((r) => r !== from && (text.includes(r) || s.label.includes(r))))
        if (!entry) continue
        term = entry.en[0]
      }
      found.push({sentence: s, span: {start: s.span.start + at, end: s.span.start + at + from.length}, from, to, term})
    }
  }
  return found
}

// ---------------------------------------------------------------- the driver

/** Sentences of a tree either side of an offset: the last ending at or before it, the first starting at or after it. */
function neighbours(tree, offset) {
  const spans = unitsOf(tree).sentences.map((s) => s.span)
  const before = spans.filter((s) => s.end <= offset).at(-1)
  const after = spans.find((s) => s.start >= offset)
  return [before, after].filter(Boolean)
}

/**
 * `n` corrupted copies of the translation, each with one defect of class `name`. Candidates are
 * drawn without replacement (a shuffled order, reshuffled when used up) so that the copies cover
 * the pair before any place repeats; a candidate whose edit fails the shape check is dropped.
 * Returns the copies and, when the class has no usable candidate, why.
 */
export function injectClass(ctx, name, n, rng) {
  const injector = injectors[name]
  const candidates = injector.candidates(ctx)
  if (candidates.length === 0) return {injections: [], skipped: injector.none ?? 'no candidate in this pair'}
  const usable = new Set(candidates.keys())
  const injections = []
  let order = []
  while (injections.length < n && usable.size > 0) {
    if (order.length === 0) order = shuffle([...usable], rng)
    const k = order.shift()
    if (!usable.has(k)) continue
    const made = injector.make(ctx, candidates[k], rng)
    const result = made && corrupt(ctx, name, injector, made)
    if (result) injections.push({...result, index: injections.length})
    else usable.delete(k)
  }
  return {injections, candidates: candidates.length, skipped: injections.length === 0 ? 'no candidate gives a valid edit' : undefined}
}

function shuffle(list, rng) {
  for (let k = list.length - 1; k > 0; k--) {
    const j = randomIndex(rng, k + 1)
    ;[list[k], list[j]] = [list[j], list[k]]
  }
  return list
}

function corrupt(ctx, name, injector, made) {
  const {text, mapSpan, wideSpan} = applyEdits(ctx.target, made.edits)
  const tree = parse(text, {lang: ctx.targetLang})
  const shape = shapeOf(tree)
  const want = {sentences: 0, items: 0, paragraphs: 0, ...injector.expect, ...made.shape}
  const fits = (key) => [want[key]].flat().includes(shape[key] - ctx.shape[key])
  if (!fits('sentences') || !fits('items') || !fits('paragraphs')) return null
  const target = [...(made.place.original ?? []).map(mapSpan)]
  if (made.place.inserted) target.push(...insertedSpans(made.edits).filter((s) => s.end > s.start))
  if (made.place.neighbours) target.push(...neighbours(tree, mapSpan({start: made.edits[0].start, end: made.edits[0].start}).start))
  return {
    class: name,
    description: made.description,
    edits: made.edits.map((edit) => ({...edit, removed: ctx.target.slice(edit.start, edit.end)})),
    place: {target: dedupe(target), source: dedupe(made.place.source ?? [])},
    text,
    tree,
    mapSpan,
    wideSpan
  }
}

/** N injections per class (none for a class without candidates), deterministic for `seed`. */
export function injectAll(ctx, {n = 20, seed = 1, name = 'pair', only = classes} = {}) {
  const injections = []
  const skipped = []
  const candidates = {}
  for (const cls of only) {
    const result = injectClass(ctx, cls, n, rngFor(seed, name, cls))
    injections.push(...result.injections)
    candidates[cls] = result.candidates ?? 0
    if (result.skipped) skipped.push({class: cls, reason: result.skipped})
  }
  return {injections, skipped, candidates}
}
