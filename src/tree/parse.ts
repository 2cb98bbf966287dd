/**
 * Markdown → clause tree. remark-parse (with remark-gfm for footnotes and tables) gives the
 * block structure; each block's text is then cut into sentences and clauses, with annotations
 * (run-in labels, citation markers, footnote references) kept apart from content.
 */
import type {
  BlockContent as MdastBlockContent,
  ListItem as MdastListItem,
  Nodes as MdastNodes,
  PhrasingContent,
  RootContent,
  TableRow
} from 'mdast'
import type {Position} from 'unist'
import {location} from 'vfile-location'
import {parseMarkdown} from './markdown.js'
import {checkNesting, checkText, lengthLimit} from './limits.js'
import type {
  BlockContent,
  ClauseNode,
  Lang,
  ListItemNode,
  ListNode,
  ParagraphNode,
  RootNode,
  SentenceContent,
  SentenceNode
} from './types.js'
import {ClauseAlignError} from './errors.js'
import {FOOTNOTE_MARK, textRun, type TextRun} from './text-run.js'
import {applyIgnore, ignoreDirective, labelAt} from './annotations.js'
import {splitSentences} from './sentences.js'
import {clauseCuts} from './clauses.js'
import {guessLang, isWhitespace} from './script.js'

export interface ParseOptions {
  /** Language of the document; guessed from its script when absent. */
  lang?: Lang | null | undefined
  /** File path, used in error messages. */
  path?: string | null | undefined
  /** Longest document accepted, in UTF-16 code units (default 16 Mi). */
  maxLength?: number | null | undefined
}

/** Default `maxLength`: 16 Mi code units, about 16 MB of English or 48 MB of Japanese UTF-8. */
export const defaultMaxLength = 16 * 1024 * 1024

const emptyOptions: ParseOptions = {}

interface Context {
  /** The document without its byte order mark: what remark saw. */
  body: string
  /** 1 when the file starts with a byte order mark: offsets into `body` are this much smaller. */
  shift: number
  lang: Lang
  point: (offset: number) => {line: number; column: number; offset: number}
}

/** Counters for the ids of one container's children. */
interface Counters {
  sentence: number
  list: number
  code: number
  label: number
}

/**
 * Parse a Markdown document into a clause tree.
 *
 * Throws a `ClauseAlignError` (code `invalid-input` or `invalid-option`) for a value that is not
 * a string or an unknown language; any string, even empty, gives a tree.
 */
export function parse(markdown: string, options?: ParseOptions | null | undefined): RootNode {
  const settings = options || emptyOptions
  const path = settings.path || undefined
  if (typeof markdown !== 'string') {
    throw new ClauseAlignError(
      'invalid-input',
      `expected a string of Markdown, got ${markdown === null ? 'null' : typeof markdown}`,
      path
    )
  }
  const maxLength = lengthLimit(settings.maxLength, defaultMaxLength, 'maxLength', path)
  if (markdown.length > maxLength) {
    throw new ClauseAlignError('too-large', `document is ${markdown.length} characters, over the limit of ${maxLength} (option maxLength)`, path)
  }
  if (settings.lang != null && settings.lang !== 'en' && settings.lang !== 'ja') {
    throw new ClauseAlignError('invalid-option', `unknown language \`${String(settings.lang)}\`, expected \`en\` or \`ja\``, path)
  }
  // remark drops a byte order mark and counts offsets from after it; positions here point into
  // the file as given, so shift by the mark.
  const shift = markdown.charCodeAt(0) === 0xfeff ? 1 : 0
  const body = shift ? markdown.slice(1) : markdown
  const lang: Lang = settings.lang ?? guessLang(body)
  const place = location(markdown)
  const context: Context = {
    body,
    shift,
    lang,
    point(offset) {
      const point = place.toPoint(offset + shift)
      return point
        ? {line: point.line, column: point.column, offset: offset + shift}
        : {line: 1, column: 1, offset: offset + shift}
    }
  }
  checkText(body, path)
  const mdast = parseMarkdown(body)
  checkNesting(mdast, path)
  const children = topLevel(context, mdast.children, {count: 0})
  const root: RootNode = {type: 'RootNode', lang, children, data: {id: 'root', lang}}
  if (markdown.length > 0) {
    root.position = {
      start: context.point(-shift),
      end: context.point(body.length)
    }
  }
  return root
}

function positionOf(context: Context, node: {position?: Position | undefined}): Position | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return {start: context.point(start), end: context.point(end)}
}

function span(context: Context, run: TextRun, from: number, to: number): Position {
  return {start: context.point(run.starts[from]), end: context.point(run.ends[to - 1])}
}

function topLevel(context: Context, nodes: readonly RootContent[], paragraphs: {count: number}): ParagraphNode[] {
  const result: ParagraphNode[] = []
  let pendingIgnore: string[] | undefined
  const add = (kind: ParagraphNode['kind'], source: MdastNodes, fill: (id: string) => BlockContent[], extra?: Partial<ParagraphNode>) => {
    const id = `p${++paragraphs.count}`
    const paragraph: ParagraphNode = {type: 'ParagraphNode', kind, ...extra, children: fill(id), data: {id, lang: context.lang}}
    paragraph.position = positionOf(context, source)
    applyIgnore(paragraph, pendingIgnore)
    pendingIgnore = undefined
    result.push(paragraph)
  }
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        add('heading', node, (id) => textBlock(context, node.children, id, newCounters(), false, {heading: true}), {depth: node.depth})
        break
      case 'paragraph':
        add('paragraph', node, (id) => textBlock(context, node.children, id, newCounters(), true))
        break
      case 'list':
        if (node.ordered) {
          for (const item of node.children) {
            add('item', item, (id) => containerContent(context, item.children, id, newCounters(), true), {
              label: itemNumber(context, item)
            })
          }
        } else {
          add('list', node, (id) => [listNode(context, node.children, false, `${id}.l1`)])
        }
        break
      case 'blockquote':
        // A quotation's blocks are units of the document like any other.
        result.push(...topLevel(context, node.children, paragraphs))
        break
      case 'code':
        add('code', node, (id) => [{type: 'CodeNode', value: node.value, data: {id: `${id}.code1`, lang: context.lang}, position: positionOf(context, node)}])
        break
      case 'footnoteDefinition':
        add('footnote', node, (id) => containerContent(context, node.children, id, newCounters(), true), {
          label: node.identifier
        })
        break
      case 'table':
        for (const row of node.children) {
          add('table-row', row, (id) => rowSentences(context, row, id, newCounters()))
        }
        break
      case 'html':
        // Markup, no text content; an ignore comment applies to the next unit.
        pendingIgnore = ignoreDirective(node.value) ?? pendingIgnore
        break
      default:
        // thematicBreak, definition: markup, no text content.
        break
    }
  }
  return result
}

function newCounters(): Counters {
  return {sentence: 0, list: 0, code: 0, label: 0}
}

function itemNumber(context: Context, item: MdastListItem): string | undefined {
  const start = item.position?.start.offset
  if (start === undefined) return undefined
  const match = /^\s*(\d{1,9})[.)]/.exec(context.body.slice(start, start + 16))
  return match ? String(Number(match[1])) : undefined
}

function containerContent(
  context: Context,
  blocks: readonly (MdastBlockContent | RootContent)[],
  parentId: string,
  counters: Counters,
  allowLabel: boolean
): BlockContent[] {
  const result: BlockContent[] = []
  let first = true
  let pendingIgnore: string[] | undefined
  for (const block of blocks) {
    const before = result.length
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        result.push(...textBlock(context, block.children, parentId, counters, allowLabel && first))
        break
      case 'list':
        result.push(listNode(context, block.children, Boolean(block.ordered), `${parentId}.l${++counters.list}`))
        break
      case 'blockquote':
        result.push(...containerContent(context, block.children, parentId, counters, false))
        break
      case 'code':
        result.push({type: 'CodeNode', value: block.value, data: {id: `${parentId}.code${++counters.code}`, lang: context.lang}, position: positionOf(context, block)})
        break
      case 'table':
        for (const row of block.children) result.push(...rowSentences(context, row, parentId, counters))
        break
      case 'html':
        pendingIgnore = ignoreDirective(block.value) ?? pendingIgnore
        continue
      default:
        break
    }
    if (result.length > before && pendingIgnore) {
      for (const node of result.slice(before)) applyIgnore(node, pendingIgnore)
      pendingIgnore = undefined
    }
    first = false
  }
  return result
}

function listNode(context: Context, items: readonly MdastListItem[], ordered: boolean, id: string): ListNode {
  const children = items.map((item, index): ListItemNode => {
    const itemId = `${id}.i${index + 1}`
    const node: ListItemNode = {
      type: 'ListItemNode',
      ...(ordered ? {label: itemNumber(context, item)} : {}),
      children: containerContent(context, item.children, itemId, newCounters(), true),
      data: {id: itemId, lang: context.lang}
    }
    node.position = positionOf(context, item)
    return node
  })
  const list: ListNode = {type: 'ListNode', ordered, children, data: {id, lang: context.lang}}
  // A list's place is its items' span: the `position` remark gives a list can include the
  // indentation of the line it starts on.
  if (children.length > 0 && children[0].position && children[children.length - 1].position) {
    list.position = {start: children[0].position.start, end: children[children.length - 1].position!.end}
  }
  return list
}

function rowSentences(context: Context, row: TableRow, parentId: string, counters: Counters): BlockContent[] {
  const result: BlockContent[] = []
  for (const cell of row.children) result.push(...textBlock(context, cell.children, parentId, counters, false))
  return result
}

/** Sentences (and a leading run-in label) of one block of phrasing content. */
function textBlock(
  context: Context,
  phrasing: readonly PhrasingContent[],
  parentId: string,
  counters: Counters,
  allowLabel: boolean,
  block?: {heading?: boolean} | undefined
): BlockContent[] {
  const run = textRun(context.body, phrasing)
  const {text} = run
  const result: BlockContent[] = []
  let from = 0
  while (from < text.length && isWhitespace(text[from])) from++
  if (from >= text.length) return result
  if (allowLabel) {
    const label = labelAt(text, from, text.length, context.lang, /\.i\d+$/.test(parentId))
    if (label && !hasFootnote(run, from, label.end)) {
      counters.label++
      result.push({
        type: 'LabelNode',
        value: text.slice(from, label.end),
        label: text.slice(from, label.labelEnd),
        data: {id: `${parentId}.lab${counters.label > 1 ? counters.label : ''}`, lang: context.lang},
        position: span(context, run, from, label.end)
      })
      from = label.contentStart
    }
  }
  for (const sentence of splitSentences(text, from, text.length, context.lang, block)) {
    const id = `${parentId}.s${++counters.sentence}`
    const children: SentenceContent[] = []
    const contentEnd = sentence.citations.length > 0 ? sentence.citations[0].start : sentence.end
    let clauseCount = 0
    let footnoteCount = 0
    let segmentStart = sentence.start
    const flush = (to: number): void => {
      for (const [start, end] of clauseSpans(text, segmentStart, to, context.lang)) {
        const clause: ClauseNode = {
          type: 'ClauseNode',
          value: text.slice(start, end),
          data: {id: `${id}.c${++clauseCount}`, lang: context.lang},
          position: span(context, run, start, end)
        }
        children.push(clause)
      }
    }
    for (let index = sentence.start; index < contentEnd; index++) {
      if (text[index] !== FOOTNOTE_MARK || !run.footnotes.has(index)) continue
      flush(index)
      children.push({
        type: 'FootnoteReferenceNode',
        value: run.footnotes.get(index)!,
        data: {id: `${id}.fn${++footnoteCount}`, lang: context.lang},
        position: span(context, run, index, index + 1)
      })
      segmentStart = index + 1
    }
    flush(contentEnd)
    sentence.citations.forEach((citation, index) => {
      children.push({
        type: 'CitationNode',
        value: text.slice(citation.start, citation.end),
        data: {id: `${id}.cite${index + 1}`, lang: context.lang},
        position: span(context, run, citation.start, citation.end)
      })
    })
    const node: SentenceNode = {type: 'SentenceNode', children, data: {id, lang: context.lang}}
    const first = children[0]
    const last = children[children.length - 1]
    if (first?.position && last?.position) node.position = {start: first.position.start, end: last.position.end}
    result.push(node)
  }
  inlineIgnores(context, phrasing, result)
  return result
}

/** An inline ignore comment applies to the sentence it stands in or, failing that, the one before it. */
function inlineIgnores(context: Context, phrasing: readonly PhrasingContent[], nodes: BlockContent[]): void {
  const sentences = nodes.filter((node): node is SentenceNode => node.type === 'SentenceNode')
  if (sentences.length === 0) return
  for (const node of phrasing) {
    if (node.type !== 'html') continue
    const rules = ignoreDirective(node.value)
    const offset = node.position?.start.offset
    if (!rules || offset === undefined) continue
    const at = offset + context.shift
    let target = sentences[0]
    for (const sentence of sentences) if ((sentence.position?.start.offset ?? 0) <= at) target = sentence
    applyIgnore(target, rules)
  }
}

function hasFootnote(run: TextRun, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (run.footnotes.has(index)) return true
  return false
}

/** Trimmed, non-empty clause spans of [from, to). */
function clauseSpans(text: string, from: number, to: number, lang: Lang): Array<[number, number]> {
  while (from < to && isWhitespace(text[from])) from++
  while (to > from && isWhitespace(text[to - 1])) to--
  if (to <= from) return []
  const bounds = [from, ...clauseCuts(text, from, to, lang), to]
  const spans: Array<[number, number]> = []
  for (let index = 0; index + 1 < bounds.length; index++) {
    let start = bounds[index]
    let end = bounds[index + 1]
    while (start < end && isWhitespace(text[start])) start++
    while (end > start && isWhitespace(text[end - 1])) end--
    if (end > start) spans.push([start, end])
  }
  return spans
}
