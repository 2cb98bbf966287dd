/**
 * Typed accessors over clause trees. Every function takes the tree (plain data) and returns
 * nodes of it; nothing is cached on the tree, so a tree read back from JSON works the same.
 */
import type {
  ClauseNode,
  ClauseTreeNode,
  ClauseTreeParent,
  ParagraphNode,
  RootNode,
  SentenceNode
} from './types.js'
import {cjk} from './script.js'

/** An id → node map of a tree, for repeated look-ups on large documents. */
export function indexTree(tree: RootNode): Map<string, ClauseTreeNode> {
  const index = new Map<string, ClauseTreeNode>()
  for (const node of walk(tree)) index.set(node.data.id, node)
  return index
}

/**
 * The id itself, then the ids of its ancestors up to the paragraph (`p3.l1.i2.s1`, `p3.l1.i2`,
 * `p3.l1`, `p3`): ids are paths, so no tree is needed.
 */
export function* idAndAncestors(id: string): Generator<string> {
  let current = id
  for (;;) {
    yield current
    const dot = current.lastIndexOf('.')
    if (dot < 0) return
    current = current.slice(0, dot)
  }
}

/** Is the node with id `id` the node with id `container` or inside it? Ids are paths: `p3.s1.c2` is inside `p3.s1`, `p3.s10` is not. */
export function isWithin(id: string, container: string): boolean {
  return id === container || id.startsWith(`${container}.`)
}

/** Id of the node that directly holds this one (`p3.l1.i2` for `p3.l1.i2.s1`); `root` for a paragraph. */
export function parentId(id: string): string {
  const dot = id.lastIndexOf('.')
  return dot < 0 ? 'root' : id.slice(0, dot)
}

/** Nodes in document order (pre-order), the root first. */
export function* walk(node: ClauseTreeNode): Generator<ClauseTreeNode> {
  const stack: ClauseTreeNode[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    yield current
    if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index])
    }
  }
}

/** Every node of a given type, in document order, narrowed to that type. */
export function nodesOfType<Type extends ClauseTreeNode['type']>(
  node: ClauseTreeNode,
  type: Type
): Array<Extract<ClauseTreeNode, {type: Type}>> {
  const result: Array<Extract<ClauseTreeNode, {type: Type}>> = []
  for (const current of walk(node)) {
    if (current.type === type) result.push(current as Extract<ClauseTreeNode, {type: Type}>)
  }
  return result
}

/** Sentences of any node (itself if it is one), in document order. */
export function sentencesOf(node: ClauseTreeNode): SentenceNode[] {
  return nodesOfType(node, 'SentenceNode')
}

/** Clauses of any node, in document order. */
export function clausesOf(node: ClauseTreeNode): ClauseNode[] {
  return nodesOfType(node, 'ClauseNode')
}

/** Top-level units (headings, paragraphs, numbered paragraphs, …). */
export function paragraphsOf(tree: RootNode): ParagraphNode[] {
  return tree.children
}

/** The numbered paragraphs: items of top-level ordered lists, in order. */
export function numberedParagraphs(tree: RootNode): ParagraphNode[] {
  return tree.children.filter((paragraph) => paragraph.kind === 'item' && paragraph.label !== undefined)
}

/** The numbered paragraph with this label (`'3'`), if any. */
export function paragraphByLabel(tree: RootNode, label: string | number): ParagraphNode | undefined {
  const wanted = String(label)
  return tree.children.find((paragraph) => paragraph.kind === 'item' && paragraph.label === wanted)
}

/** The node with this id, if any. */
export function getNode(tree: RootNode, id: string): ClauseTreeNode | undefined {
  const path = pathTo(tree, id)
  return path.length > 0 ? path[path.length - 1] : undefined
}

/** Ancestors of the node with this id, root first, the node itself last; empty if absent. */
export function pathTo(tree: RootNode, id: string): ClauseTreeNode[] {
  const path: ClauseTreeNode[] = [tree]
  if (id === 'root') return path
  let current: ClauseTreeNode = tree
  while ('children' in current) {
    let next: ClauseTreeNode | undefined
    for (const child of current.children as ClauseTreeNode[]) {
      if (child.data.id === id || id.startsWith(child.data.id + '.')) {
        next = child
        break
      }
    }
    if (!next) return []
    path.push(next)
    if (next.data.id === id) return path
    current = next
  }
  return []
}

/** Parent of the node with this id (undefined for the root or an unknown id). */
export function parentOf(tree: RootNode, id: string): ClauseTreeParent | undefined {
  const path = pathTo(tree, id)
  return path.length >= 2 ? (path[path.length - 2] as ClauseTreeParent) : undefined
}

/** The paragraph (top-level unit) that holds the node with this id. */
export function paragraphOf(tree: RootNode, id: string): ParagraphNode | undefined {
  const path = pathTo(tree, id)
  return path.length >= 2 ? (path[1] as ParagraphNode) : undefined
}

/**
 * Plain text of a node: its content (clauses) joined, without annotations (labels, citation
 * markers, footnote references, code) unless `annotations` is true. Line breaks inside the text
 * collapse to one space, or to nothing between two Japanese characters.
 */
export function textOf(node: ClauseTreeNode, options?: {annotations?: boolean} | null | undefined): string {
  const withAnnotations = Boolean(options?.annotations)
  const parts: string[] = []
  for (const current of walk(node)) {
    if (current.type === 'ClauseNode') parts.push(current.value)
    else if (withAnnotations && 'value' in current) parts.push(current.value)
  }
  return normalizeSpace(joinText(parts))
}

/** Join text pieces with a space, or with nothing where either side is Japanese. */
export function joinText(parts: readonly string[]): string {
  // Join into an array: reading the last character of a growing string would flatten it each
  // time, which is quadratic on a whole document.
  const pieces: string[] = []
  let last = ''
  for (const part of parts) {
    if (part === '') continue
    if (last !== '' && !cjk.test(last) && !cjk.test(part[0])) pieces.push(' ')
    pieces.push(part)
    last = part[part.length - 1]
  }
  return pieces.join('')
}

/** Collapse white space: runs become one space, or nothing between two Japanese characters. */
export function normalizeSpace(text: string): string {
  return text
    .replace(/\s+/g, (space, offset: number, whole: string) => {
      const before = whole[offset - 1]
      const after = whole[offset + space.length]
      if (before !== undefined && after !== undefined && cjk.test(before) && cjk.test(after) && /[\n\r]/.test(space)) return ''
      return ' '
    })
    .trim()
}
