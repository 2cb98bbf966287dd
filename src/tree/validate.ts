/**
 * One check for clause trees that come from elsewhere (built by hand, reloaded from JSON) before
 * align, check or a writer reads them, so that a bad tree is a `ClauseAlignError` saying what is
 * wrong rather than a TypeError, an endless loop, a stack overflow or markup injected into an
 * output. Iterative (no recursion, whatever the depth); linear in the tree.
 *
 * A tree is valid when it is a `RootNode` whose `lang` is `en` or `ja`; every node is an object
 * of a known type, seen once (no cycles, no node shared between two parents), with `data.id` a
 * non-empty well-formed string unique in the tree and `data.lang` the root's; leaves have a
 * string `value`, containers a `children` array; positions, when present, hold finite numbers.
 */
import {ClauseAlignError} from './errors.js'
import type {RootNode} from './types.js'

const containers = new Set(['RootNode', 'ParagraphNode', 'ListNode', 'ListItemNode', 'SentenceNode'])
const leaves = new Set(['ClauseNode', 'LabelNode', 'CitationNode', 'FootnoteReferenceNode', 'CodeNode'])
const langs = new Set(['en', 'ja'])
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f]/

/** Throw a `ClauseAlignError` naming `where` (such as `align: the source tree`) unless `tree` is valid. */
export function validateTree(tree: unknown, where: string): asserts tree is RootNode {
  const fail = (problem: string, at?: string): never => {
    throw new ClauseAlignError('invalid-input', `${where}: ${at ? `${at}: ` : ''}${problem}`)
  }
  if (!isObject(tree) || (tree as {type?: unknown}).type !== 'RootNode') fail('expected a clause tree (a RootNode from `parse`)')
  const root = tree as Record<string, unknown>
  if (typeof root.lang !== 'string' || !langs.has(root.lang)) fail(`lang must be \`en\` or \`ja\`, got ${show(root.lang)}`)
  const seen = new Set<object>()
  const ids = new Set<string>()
  const stack: Array<{node: unknown; at: string}> = [{node: root, at: 'root'}]
  while (stack.length > 0) {
    const {node, at} = stack.pop()!
    if (!isObject(node)) fail(`expected a node, got ${show(node)}`, at)
    const current = node as Record<string, unknown>
    if (seen.has(current)) fail('the same node appears twice (a cycle, or a node shared by two parents)', at)
    seen.add(current)
    const type = current.type
    if (typeof type !== 'string' || !(containers.has(type) || leaves.has(type))) fail(`unknown node type ${show(type)}`, at)
    const data = current.data
    if (!isObject(data)) fail(`${type} has no \`data\` ({id, lang})`, at)
    const {id, lang} = data as Record<string, unknown>
    if (typeof id !== 'string' || id === '' || loneSurrogate.test(id) || controls.test(id)) fail(`data.id must be a non-empty string of text, got ${show(id)}`, at)
    const named = id as string
    if (ids.has(named)) fail(`duplicate id \`${named}\``, at)
    ids.add(named)
    if (lang !== root.lang) fail(`data.lang must be the tree's \`${String(root.lang)}\`, got ${show(lang)}`, named)
    if (current.position !== undefined) checkPosition(current.position, (problem) => fail(problem, named))
    if (leaves.has(type as string)) {
      if (typeof current.value !== 'string') fail(`${type} needs a string \`value\``, named)
      continue
    }
    if (!Array.isArray(current.children)) fail(`${type} needs a \`children\` array`, named)
    const children = current.children as unknown[]
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index], at: `child ${index + 1} of ${named}`})
  }
}

function checkPosition(position: unknown, fail: (problem: string) => never): void {
  if (!isObject(position)) fail('position must be an object')
  for (const end of ['start', 'end'] as const) {
    const point = (position as Record<string, unknown>)[end]
    if (!isObject(point)) fail(`position.${end} must be a point`)
    for (const field of ['line', 'column', 'offset'] as const) {
      const value = (point as Record<string, unknown>)[field]
      if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value))) fail(`position.${end}.${field} must be a finite number, got ${show(value)}`)
    }
  }
}

/** Throw unless `value` is absent or a finite positive number (whole, with `integer`), such as a `ratio`. */
export function validateNumber(value: unknown, name: string, where: string, options: {integer?: boolean} = {}): void {
  if (value === undefined || value === null) return
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (options.integer && !Number.isInteger(value))) {
    throw new ClauseAlignError('invalid-option', `${where}: ${name} must be a positive ${options.integer ? 'whole ' : ''}number (finite), got ${show(value)}`)
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

function show(value: unknown): string {
  if (typeof value === 'string') return `\`${[...value].length > 40 ? [...value].slice(0, 40).join('') + '…' : value}\``
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value)
  return Array.isArray(value) ? 'an array' : typeof value
}
