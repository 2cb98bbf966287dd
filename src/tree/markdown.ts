/**
 * Markdown → mdast with remark-parse, remark-frontmatter and remark-gfm, in chunks for large
 * documents.
 *
 * micromark's edit map grows superlinearly on one very long run of blocks (a 2 MB numbered
 * list took over 4 s, a 6.5 MB one over 30 s). A large document is therefore cut at lines that
 * start a new top-level block whatever came before (after a blank line, at column 0, outside
 * fenced code and HTML comments, not a bullet that would split a bullet list), each chunk is
 * parsed on its own and the offsets are shifted back. Documents with link or footnote
 * definitions, which apply across the whole file, are parsed in one piece.
 */
import type {Nodes, Root} from 'mdast'
import type {Position} from 'unist'
import {location} from 'vfile-location'
import {toString} from 'mdast-util-to-string'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import {visit} from 'unist-util-visit'

/** Documents above this size are parsed in chunks of about this size. */
export const chunkSize = 64 * 1024

// Front matter (YAML `---`, TOML `+++`) is metadata, not text: without this it reads as a
// thematic break and a setext heading.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)
const definition = /^ {0,3}\[[^\]\n]+\]:/m

export function parseMarkdown(body: string): Root {
  if (body.length <= chunkSize * 2 || definition.test(body)) return placeGenerated(processor.parse(body), body)
  const root: Root = {type: 'root', children: []}
  for (const [start, end] of chunks(body)) {
    const part = processor.parse(body.slice(start, end))
    if (start > 0) {
      visit(part, (node) => {
        if (node.position?.start.offset !== undefined) node.position.start.offset += start
        if (node.position?.end.offset !== undefined) node.position.end.offset += start
      })
    }
    root.children.push(...part.children)
  }
  root.position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: body.length}}
  return placeGenerated(root, body)
}

/**
 * Give a place in the file to the nodes remark-gfm makes without one. A literal autolink that
 * micromark cannot see (`ウェブサイト：www.example.com`, where no space precedes `www.`) is found
 * by a later pass that splits the text node into a text and a link, neither with a position;
 * their text would then be placed at the start of the file (line 1, column 1). Each is looked
 * for in its parent's span, after the sibling before it.
 */
function placeGenerated(root: Root, body: string): Root {
  let place: ReturnType<typeof location> | undefined
  const point = (offset: number) => {
    place ??= location(body)
    return {...(place.toPoint(offset) ?? {line: 1, column: 1}), offset}
  }
  visit(root, (node) => {
    if (!('children' in node) || node.position?.start.offset === undefined || node.position.end.offset === undefined) return
    if (!node.children.some((child) => child.position === undefined)) return
    let cursor = node.position.start.offset
    const end = node.position.end.offset
    for (const child of node.children) {
      const known = child.position?.end.offset
      if (known !== undefined) {
        cursor = known
        continue
      }
      const text = toString(child)
      const at = text === '' ? -1 : body.indexOf(text, cursor)
      if (at < 0 || at + text.length > end) continue
      setPlace(child, {start: point(at), end: point(at + text.length)})
      cursor = at + text.length
    }
  })
  return root
}

/** Place a generated node, and the one child that holds its whole text (a link's text). */
function setPlace(node: Nodes, position: Position): void {
  node.position = position
  if ('children' in node && node.children.length === 1 && node.children[0].position === undefined && toString(node.children[0]) === toString(node)) setPlace(node.children[0], position)
}

/** [start, end) offsets of the chunks. */
export function chunks(body: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let chunkStart = 0
  let fence: string | undefined
  let inComment = false
  let previousBlank = false
  let lineStart = 0
  while (lineStart < body.length) {
    let lineEnd = body.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = body.length
    const line = body.slice(lineStart, lineEnd)
    const blank = line.trim() === ''
    if (
      !fence &&
      !inComment &&
      previousBlank &&
      lineStart - chunkStart >= chunkSize &&
      /^[^\s*+\->]/.test(line)
    ) {
      result.push([chunkStart, lineStart])
      chunkStart = lineStart
    }
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) fence = undefined
    } else if (fenceMatch) {
      fence = fenceMatch[1]
    } else if (inComment) {
      if (line.includes('-->')) inComment = false
    } else if (line.includes('<!--') && !line.slice(line.indexOf('<!--')).includes('-->')) {
      inComment = true
    }
    previousBlank = blank
    lineStart = lineEnd + 1
  }
  result.push([chunkStart, body.length])
  return result
}
