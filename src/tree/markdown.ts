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
import type {Root} from 'mdast'
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
  if (body.length <= chunkSize * 2 || definition.test(body)) return processor.parse(body)
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
  return root
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
