/** A readable, indented outline of a clause tree: one line per node with id, type and text. */
import type {ClauseTreeNode, RootNode} from './types.js'
import {normalizeSpace} from './accessors.js'
import {showControls} from './controls.js'

export function treeToOutline(tree: RootNode): string {
  const lines: string[] = []
  const visit = (node: ClauseTreeNode, depth: number): void => {
    const details: string[] = []
    if (node.type === 'RootNode') details.push(`lang=${node.lang}`)
    if (node.type === 'ParagraphNode') {
      details.push(node.kind)
      if (node.depth !== undefined) details.push(`depth=${node.depth}`)
    }
    if (node.type === 'ListNode') details.push(node.ordered ? 'ordered' : 'bullet')
    if ((node.type === 'ParagraphNode' || node.type === 'ListItemNode') && node.label !== undefined) {
      details.push(`label=${node.label}`)
    }
    if (node.position) details.push(`${node.position.start.line}:${node.position.start.column}-${node.position.end.line}:${node.position.end.column}`)
    const text = 'value' in node ? ' ' + JSON.stringify(normalizeSpace(node.value)) : ''
    lines.push(`${'  '.repeat(depth)}${node.data.id} ${node.type}${details.length ? ' (' + details.join(', ') + ')' : ''}${text}`)
    if ('children' in node) for (const child of node.children) visit(child, depth + 1)
  }
  visit(tree, 0)
  return showControls(lines.join('\n') + '\n')
}
