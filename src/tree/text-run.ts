/**
 * Plain text of a Markdown block with, for every UTF-16 unit of that text, the range of the
 * original file it came from. Offsets cannot be computed on `mdast-util-to-string` output alone:
 * escapes (`\*`), character references (`&amp;`), inline markup and the indentation of
 * continuation lines all make the plain text drift from the file, so each text node is matched
 * back against its own slice of the source.
 */
import type {Nodes as MdastNodes, PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'

export interface TextRun {
  /** Plain text of the block. */
  text: string
  /** `starts[i]`: source offset where text unit `i` begins. */
  starts: number[]
  /** `ends[i]`: source offset just after text unit `i`. */
  ends: number[]
  /** Indices of `text` that stand for a footnote reference, with its identifier. */
  footnotes: Map<number, string>
}

/** Placeholder unit standing for a footnote reference inside the plain text. */
export const FOOTNOTE_MARK = '\uFFFC'

const asciiPunctuation = /[!-/:-@[-`{-~]/
const characterReference = /&(?:#[xX]([\da-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z\d]{0,31}));/y

/** Collect the plain text of phrasing content (a paragraph's or heading's children). */
export function textRun(source: string, nodes: readonly PhrasingContent[]): TextRun {
  const run: TextRun = {text: '', starts: [], ends: [], footnotes: new Map()}
  const parts: string[] = []
  for (const node of nodes) collect(source, node, run, parts)
  run.text = parts.join('')
  return run
}

function collect(source: string, node: MdastNodes, run: TextRun, parts: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) {
        // A generated node (a plugin's, say) has no place in the file: keep its text, pinned
        // after the text before it, so that nothing is lost.
        const at = run.ends.length > 0 ? run.ends[run.ends.length - 1] : 0
        const text = toString(node)
        for (let index = 0; index < text.length; index++) push(run, parts, text[index], at, at)
        return
      }
      mapValue(source, node.value, start, end, run, parts)
      return
    }
    case 'break': {
      const start = node.position?.start.offset ?? 0
      push(run, parts, '\n', start, node.position?.end.offset ?? start)
      return
    }
    case 'footnoteReference': {
      const start = node.position?.start.offset ?? 0
      run.footnotes.set(run.starts.length, node.identifier)
      push(run, parts, FOOTNOTE_MARK, start, node.position?.end.offset ?? start)
      return
    }
    case 'html':
    case 'image':
    case 'imageReference':
      // Not text content: inline HTML is markup, images have no translatable text of their own.
      return
    default:
      if ('children' in node) {
        for (const child of node.children as MdastNodes[]) collect(source, child, run, parts)
      }
  }
}

function push(run: TextRun, parts: string[], unit: string, start: number, end: number): void {
  parts.push(unit)
  run.starts.push(start)
  run.ends.push(end)
}

/**
 * Walk the node's value and its source slice together. A unit of the value is found at the
 * source cursor as itself, as a backslash escape, or as a character reference; anything else in
 * the source (indentation, backticks, block-quote markers, `\r`) is markup and skipped.
 */
function mapValue(
  source: string,
  value: string,
  from: number,
  to: number,
  run: TextRun,
  parts: string[]
): void {
  let cursor = from
  let index = 0
  while (index < value.length) {
    const unit = value[index]
    let matched = false
    while (cursor < to) {
      const here = source[cursor]
      // CommonMark reads a NUL as U+FFFD.
      if (here === unit || (here === '\u0000' && unit === '\uFFFD')) {
        push(run, parts, unit, cursor, cursor + 1)
        cursor++
        index++
        matched = true
        break
      }
      if (here === '\\' && source[cursor + 1] === unit && asciiPunctuation.test(unit)) {
        push(run, parts, unit, cursor, cursor + 2)
        cursor += 2
        index++
        matched = true
        break
      }
      if (here === '&') {
        const decoded = decodeReference(source, cursor)
        if (decoded && value.startsWith(decoded.value, index)) {
          for (const decodedUnit of decoded.value) {
            for (let k = 0; k < decodedUnit.length; k++) {
              push(run, parts, decodedUnit[k], cursor, cursor + decoded.length)
            }
          }
          cursor += decoded.length
          index += decoded.value.length
          matched = true
          break
        }
      }
      cursor++
    }
    if (!matched) {
      // The value holds a unit the source slice does not show (should not happen with
      // remark-parse); keep it, pinned to the end of the node, so no text is ever lost.
      push(run, parts, unit, to, to)
      index++
    }
  }
}

function decodeReference(source: string, at: number): {value: string; length: number} | undefined {
  characterReference.lastIndex = at
  const match = characterReference.exec(source)
  if (!match) return undefined
  let value: string | false
  if (match[1] !== undefined) value = decodeNumericCharacterReference(match[1], 16)
  else if (match[2] !== undefined) value = decodeNumericCharacterReference(match[2], 10)
  else value = decodeNamedCharacterReference(match[3])
  if (value === false || value === '') return undefined
  return {value, length: match[0].length}
}
