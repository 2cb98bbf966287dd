/**
 * JSONL: one bead per line with its paragraph, ids, texts, score, type and findings. U+2028,
 * U+2029 and U+0085 are written as `\u2028` escapes: valid in JSON, but line ends to readers
 * that split lines by Unicode rules (Python's `splitlines`, some editors), breaking a record.
 */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions} from './rows.js'

export function toJsonl(alignment: Alignment, options?: OutputOptions | null | undefined): string {
  return rowsOf(alignment, options)
    .map((row) => escapeLineEnds(JSON.stringify({paragraph: row.paragraphLink, type: row.type, score: row.score, source: row.source, target: row.target, findings: row.findings})) + '\n')
    .join('')
}

function escapeLineEnds(json: string): string {
  return json.replace(/[\u2028\u2029\u0085]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
