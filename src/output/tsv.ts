/**
 * TSV: `source<TAB>target<TAB>score<TAB>ids`, one bead per line, no header. Sentences of one side
 * are joined with ` ~~~ ` as hunalign's `-text` mode does; backslashes, tabs and line breaks
 * inside text are written `\\`, `\t`, `\n`, `\r`, other control and bidi characters `\u001b` (so
 * that a terminal shows rather than runs them). The ids column is `source ids=target ids`,
 * each side comma-separated.
 *
 * A spreadsheet opening the file runs a cell that starts with `=`, `+`, `-` or `@` as a formula
 * (CSV/TSV injection), so such a cell gets a leading `'`, which spreadsheets read as "text"; the
 * `raw` option writes cells as they are, for programs that read the TSV themselves.
 */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions} from './rows.js'

export interface TsvOptions extends OutputOptions {
  /** Write cells that start like a formula as they are (default: prefixed with `'`). */
  raw?: boolean | null | undefined
}

/** Other control, bidi and separator characters, written `\u001b` so that a terminal shows them. */
const hazardous = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

export function escapeTsv(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(hazardous, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A cell a spreadsheet would evaluate, made text with a leading `'`. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@]/.test(cell) ? `'${cell}` : cell
}

export function toTsv(alignment: Alignment, options?: TsvOptions | null | undefined): string {
  const cell = options?.raw ? (text: string) => text : neutraliseFormula
  return rowsOf(alignment, options)
    .map((row) =>
      [
        cell(escapeTsv(row.source.map((unit) => unit.text).join(' ~~~ '))),
        cell(escapeTsv(row.target.map((unit) => unit.text).join(' ~~~ '))),
        String(row.score),
        cell(escapeTsv(`${row.source.map((unit) => unit.id).join(',')}=${row.target.map((unit) => unit.id).join(',')}`))
      ].join('\t') + '\n'
    )
    .join('')
}
