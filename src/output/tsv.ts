/**
 * TSV: `source<TAB>target<TAB>score<TAB>ids`, one bead per line, no header. Sentences of one side
 * are joined with ` ~~~ ` as hunalign's `-text` mode does; backslashes, tabs and line breaks
 * inside text are written `\\`, `\t`, `\n`, `\r`. The ids column is `source ids=target ids`,
 * each side comma-separated.
 */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions} from './rows.js'

export function escapeTsv(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
}

export function toTsv(alignment: Alignment, options?: OutputOptions | null | undefined): string {
  return rowsOf(alignment, options)
    .map((row) =>
      [
        escapeTsv(row.source.map((unit) => unit.text).join(' ~~~ ')),
        escapeTsv(row.target.map((unit) => unit.text).join(' ~~~ ')),
        String(row.score),
        `${row.source.map((unit) => unit.id).join(',')}=${row.target.map((unit) => unit.id).join(',')}`
      ].join('\t') + '\n'
    )
    .join('')
}
