/** An id → node map of a tree, for repeated look-ups on large documents. */
import type {ClauseTreeNode, RootNode} from './types.js'
import {walk} from './accessors.js'

export function indexTree(tree: RootNode): Map<string, ClauseTreeNode> {
  const index = new Map<string, ClauseTreeNode>()
  for (const node of walk(tree)) index.set(node.data.id, node)
  return index
}
