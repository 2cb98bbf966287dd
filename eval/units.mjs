// The translation as the injectors see it: its sentences, clauses and list items with their
// spans, which source sentences each renders, and text helpers that keep the Markdown valid.
import {align, beadsOf, getNode, parse} from '../dist/index.js'
import {overlaps, spanOf} from './spans.mjs'

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

export const randomIndex = (rng, length) => Math.floor(rng() * length)

// ---------------------------------------------------------------- the translation's units

/** Sentences, clauses and list items of a tree with what the injectors need to know about them. */
export function unitsOf(tree) {
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
      const ids = units.sentences.filter((s) => overlaps(s.span, span)).flatMap((s) => beadsOf(alignment, 'target', s.id).flatMap((bead) => bead.source))
      return dedupe([...new Set(ids)].map((id) => spanOf(getNode(sourceTree, id))))
    }
  }
  for (const s of units.sentences) s.counterparts = counterpart(s.span)
  return {source, target, sourceLang, targetLang, glossary, gold, sourceTree, targetTree, ...units, counterpart, shape: shapeOf(targetTree)}
}

export const dedupe = (spans) => [...new Map(spans.map((s) => [`${s.start}:${s.end}`, s])).values()].sort((a, b) => a.start - b.start)

// ---------------------------------------------------------------- text helpers

export const lineStart = (text, offset) => text.lastIndexOf('\n', offset - 1) + 1
export const lineEnd = (text, offset) => {
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

export const slice = (ctx, span) => ctx.target.slice(span.start, span.end)
export const short = (text, max = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
export const counterparts = (ctx, spans) => dedupe(spans.flatMap((span) => ctx.counterpart(span)))
// Defects go only where the translation translates something: a sentence with no source (a
// translator's preface) is already an addition, and what happens inside it is no translation
// defect. Headings are left out where moving or removing a whole sentence is concerned.
export const translated = (ctx) => ctx.sentences.filter((s) => s.counterparts.length > 0)
export const content = (ctx) => translated(ctx).filter((s) => !s.heading)
