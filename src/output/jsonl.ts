/** JSONL: one bead per line with its paragraph, ids, texts, score, type and findings. */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions} from './rows.js'

export function toJsonl(alignment: Alignment, options?: OutputOptions | null | undefined): string {
  return rowsOf(alignment, options)
    .map((row) => JSON.stringify({paragraph: row.paragraphLink, type: row.type, score: row.score, source: row.source, target: row.target, findings: row.findings}) + '\n')
    .join('')
}
