/** Invariants every clause tree must satisfy, shared by unit and property tests. */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type {Nodes} from 'mdast'
import {walk, type ClauseTreeNode, type RootNode} from 'clause-align'

const leafTypes = new Set(['ClauseNode', 'CitationNode', 'LabelNode', 'CodeNode'])

/** Non-whitespace text content of a Markdown document, in order, as remark sees it. */
export function markdownContent(markdown: string): string {
  const body = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body)
  const parts: string[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value)
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  return parts.join('').replace(/\s+/g, '')
}

/** Non-whitespace text of the tree's leaves (footnote references carry no text). */
export function leafContent(tree: RootNode): string {
  const parts: string[] = []
  for (const node of walk(tree)) if (leafTypes.has(node.type) && 'value' in node) parts.push(node.value)
  return parts.join('').replace(/\s+/g, '')
}

export function ids(tree: RootNode): string[] {
  return [...walk(tree)].map((node) => node.data.id)
}

/**
 * Does the source slice of a leaf hold its value? Exactly, when the slice has no escapes,
 * references or markup; otherwise the value's characters must appear in order in the slice with
 * escapes and references decoded, starting at the slice's first character.
 */
export function sliceHolds(source: string, node: ClauseTreeNode): boolean {
  if (!node.position || !('value' in node)) return true
  // CommonMark reads a NUL as U+FFFD.
  const slice = source.slice(node.position.start.offset!, node.position.end.offset!).replace(/\u0000/g, '\uFFFD')
  if (node.type === 'FootnoteReferenceNode') return slice === `[^${node.value}]` || slice.startsWith('[^')
  if (node.type === 'CodeNode') return slice.replace(/\s+/g, '').includes(node.value.replace(/\s+/g, ''))
  const value = node.value.replace(/\s+/g, '')
  const flat = slice.replace(/\s+/g, '')
  if (flat === value) return true
  let cursor = 0
  for (const unit of value) {
    const found = flat.indexOf(unit, cursor)
    if (found < 0) {
      // A decoded character reference or escape: accept when the slice has one here.
      const reference = /&(#x?[\da-f]+|\w+);|\\./i.exec(flat.slice(cursor))
      if (!reference) return false
      cursor += reference.index + reference[0].length
      continue
    }
    cursor = found + unit.length
  }
  return true
}

/** Offsets, lines and columns agree with each other. */
export function pointsAgree(source: string, node: ClauseTreeNode): boolean {
  if (!node.position) return true
  for (const point of [node.position.start, node.position.end]) {
    const before = source.slice(0, point.offset)
    const line = before.split(/\r?\n|\r/).length
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
    const column = point.offset! - lastBreak
    if (point.line !== line || point.column !== column) return false
  }
  return node.position.start.offset! <= node.position.end.offset!
}
