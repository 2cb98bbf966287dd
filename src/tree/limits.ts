/**
 * Limits checked before a document is turned into a tree, so that no input inside them crashes
 * the process or runs for minutes. Each check is one linear pass and throws a `ClauseAlignError`
 * naming the file and the limit:
 *
 * - nesting of block quotes and lists (`maxNesting`): the tree is built recursively and ids and
 *   indentation grow with depth, so 3,000 nested block quotes (3 KB) overflowed the stack and
 *   1,000 list levels (2 KB) made a 179 MB JSON tree;
 * - sentence ends and lines (`maxUnits`): time and memory grow with the number of sentences
 *   (about 0.55 ms and 6 KB per sentence pair through `check`), so 16 MiB of `Go. ` exhausted
 *   the heap and a million tiny paragraphs made more JSON than a string can hold;
 * - unclosed `[` within a block (`maxBracketDepth`): remark's tokenizer is quadratic in nested
 *   link openers (18 s for `[`×50,000 then `]`×50,000).
 */
import type {Nodes, Root} from 'mdast'
import {ClauseAlignError} from './errors.js'

/** Deepest nesting of block quotes and lists accepted (a list and its item count as one level). */
export const maxNesting = 100
/** Most sentence ends (`.`, `!`, `?` before a space or the end; `。！？．`) plus non-blank lines. */
export const maxUnits = 200_000
/** Most `[` open at once within a block of text between blank lines. */
export const maxBracketDepth = 256

/** Check a `maxLength`-style option: a positive whole number, or absent for the default. */
export function lengthLimit(value: unknown, fallback: number, name: string, path?: string | undefined): number {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ClauseAlignError('invalid-option', `option ${name} must be a whole number of characters, got ${describe(value)}`, path)
  }
  return value
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `\`${value}\`` : typeof value === 'number' ? String(value) : typeof value
}

/** The checks on the text, before remark sees it. */
export function checkText(body: string, path?: string | undefined): void {
  let units = 0
  let depth = 0
  let lineHasText = false
  for (let index = 0; index < body.length; index++) {
    if (index === 0 || body.charCodeAt(index - 1) === 0x0a) checkPrefix(body, index, path)
    const code = body.charCodeAt(index)
    if (code === 0x0a) {
      if (lineHasText) units++
      else depth = 0 // a blank line ends the block, and any link opener in it
      lineHasText = false
      continue
    }
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) lineHasText = true
    if (code === 0x5c) {
      index++ // an escaped character opens nothing
    } else if (code === 0x5b) {
      if (++depth > maxBracketDepth) {
        throw new ClauseAlignError('invalid-input', `more than ${maxBracketDepth} \`[\` open at once (line ${lineOf(body, index)}); remark's parser slows down quadratically on these`, path)
      }
    } else if (code === 0x5d) {
      if (depth > 0) depth--
    } else if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff0e) {
      units++
    } else if (code === 0x2e || code === 0x21 || code === 0x3f) {
      const next = body.charCodeAt(index + 1)
      if (Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d) units++
    }
  }
  if (lineHasText) units++
  if (units > maxUnits) {
    throw new ClauseAlignError('too-large', `document has about ${units} sentences and lines, over the limit of ${maxUnits}`, path)
  }
}

/** Most columns of indentation and container markers (`>`, list markers) before a line's text. */
export const maxPrefix = 4 * maxNesting

/**
 * remark's cost grows with the depth of the containers each line continues, so deep nesting is
 * refused from its indentation before parsing (1,500 nested list levels took 117 s in remark);
 * `checkNesting` then applies the exact limit to remark's tree.
 */
function checkPrefix(body: string, start: number, path: string | undefined): void {
  let width = 0
  let index = start
  while (index < body.length && width <= maxPrefix) {
    const code = body.charCodeAt(index)
    if (code === 0x20 || code === 0x3e) width++
    else if (code === 0x09) width += 4
    else if ((code === 0x2d || code === 0x2a || code === 0x2b) && isSpace(body.charCodeAt(index + 1))) width++
    else if (code >= 0x30 && code <= 0x39) {
      let end = index
      while (end < body.length && end - index < 9 && body.charCodeAt(end) >= 0x30 && body.charCodeAt(end) <= 0x39) end++
      const mark = body.charCodeAt(end)
      if (!((mark === 0x2e || mark === 0x29) && isSpace(body.charCodeAt(end + 1)))) break
      width += end + 1 - index
      index = end
    } else break
    index++
  }
  if (width > maxPrefix) {
    throw new ClauseAlignError('invalid-input', `line ${lineOf(body, start)} is indented more than ${maxPrefix} columns by spaces and container markers; block quotes and lists nest at most ${maxNesting} deep`, path)
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

/** The nesting check on remark's tree, iterative so that it cannot overflow the stack itself. */
export function checkNesting(root: Root, path?: string | undefined): void {
  const stack: Array<[Nodes, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    const level = node.type === 'blockquote' || node.type === 'list' ? depth + 1 : depth
    if (level > maxNesting) {
      const line = node.position?.start.line
      throw new ClauseAlignError('invalid-input', `block quotes and lists nested more than ${maxNesting} deep${line ? ` (line ${line})` : ''}`, path)
    }
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, level])
  }
}
