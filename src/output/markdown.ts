/**
 * Side-by-side Markdown: a heading and a two-column table (source | target) per paragraph link,
 * a row per bead. Cell text is escaped so that no document character becomes table or inline
 * syntax, GFM autolink literals included (`www.`, `https://`, e-mail addresses: see
 * `autolinkBreak`), and control and
 * bidi characters are shown, not run; an unaligned unit leaves its other cell empty, never
 * shifting a row. Ids, paths and languages are escaped the same way, whatever their origin.
 */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions, type Row} from './rows.js'
import {showControls} from '../tree/controls.js'

/**
 * Where GFM would see an autolink literal: between `www` and `.`, between `http(s):` and `//`,
 * after the `@` of an e-mail address (also `mailto:` and `xmpp:` ones). GFM finds these in the
 * text after escapes are decoded, so a backslash cannot stop it; an invisible WORD JOINER
 * (U+2060) there does, and leaves the text as it reads.
 */
const autolinkBreak = /(?<=\bwww)(?=\.)|(?<=\bhttps?:)(?=\/\/)|(?<=@)/gi

/** Escape text for a GFM table cell. */
export function escapeCell(text: string): string {
  // Inside a table cell only these can start inline syntax (links, code, emphasis, HTML,
  // strike-through, references) or end the cell.
  return showControls(text.replace(/\r\n?/g, '\n'))
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/\n/g, '<br>')
    .replace(autolinkBreak, '\u2060')
}

export function toMarkdown(alignment: Alignment, options?: OutputOptions | null | undefined): string {
  const rows = rowsOf(alignment, options)
  const lines: string[] = []
  const sourceLang = alignment.source.lang
  const targetLang = alignment.target.lang
  lines.push(`# ${escapeCell(alignment.sourcePath ?? 'source')} ↔ ${escapeCell(alignment.targetPath ?? 'target')}`, '')
  let current = -1
  for (const row of rows) {
    if (row.paragraphLink !== current) {
      current = row.paragraphLink
      const link = alignment.paragraphs[current]
      lines.push('', `## ${escapeCell(link.source.join(' + ')) || '—'} ↔ ${escapeCell(link.target.join(' + ')) || '—'}`, '', `| ${escapeCell(sourceLang)} | ${escapeCell(targetLang)} |`, '| --- | --- |')
    }
    lines.push(`| ${cell(row, 'source')} | ${cell(row, 'target')} |`)
  }
  return lines.join('\n').replace(/^\n+/, '') + '\n'
}

function cell(row: Row, side: 'source' | 'target'): string {
  const text = row[side].map((unit) => escapeCell(unit.text)).join(' ')
  const notes = row.findings.filter((finding) => finding.side === side).map((finding) => ` **⚠ ${finding.ruleId}**`)
  return (text || ' ') + notes.join('')
}
