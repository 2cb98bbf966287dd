/**
 * Side-by-side Markdown: a heading and a two-column table (source | target) per paragraph link,
 * a row per bead. Cell text is escaped so that no document character becomes table or inline
 * syntax; an unaligned unit leaves its other cell empty, never shifting a row.
 */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions, type Row} from './rows.js'

/** Escape text for a GFM table cell. */
export function escapeCell(text: string): string {
  // Inside a table cell only these can start inline syntax (links, code, emphasis, HTML,
  // strike-through, references) or end the cell.
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/\r\n|\r|\n/g, '<br>')
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
      lines.push('', `## ${link.source.join(' + ') || '—'} ↔ ${link.target.join(' + ') || '—'}`, '', `| ${sourceLang} | ${targetLang} |`, '| --- | --- |')
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
