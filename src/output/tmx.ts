/**
 * TMX 1.4b: a header with `srclang`, `segtype` (`paragraph`, `sentence` or `phrase` for clauses),
 * `creationtool`; one `<tu>` per bead with a `<tuv xml:lang>` per side. Beads with one side only
 * (1-0, 0-1) are left out unless `includeUnaligned` is set; then they carry
 * `<prop type="x-unaligned">source|target</prop>` and a single `<tuv>`. Each `<tu>` has
 * `x-score`, `x-type` and `x-ids` properties. A character XML 1.0 forbids (control characters)
 * is written as `<ph type="x-control" x="…">U+0001</ph>`; a lone surrogate is an error.
 */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions, type RowUnit} from './rows.js'
import {assertEncodable, escapeAttribute, escapeXml} from './xml.js'

export interface TmxOptions extends OutputOptions {
  /** Keep 1-0 and 0-1 beads, marked with an `x-unaligned` property. */
  includeUnaligned?: boolean | null | undefined
  /** Tool version for the header. */
  toolVersion?: string | null | undefined
}

const segtypes = {paragraph: 'paragraph', sentence: 'sentence', clause: 'phrase'} as const

/** A side's units as XML text: sentences joined with a space, or with nothing in Japanese. */
export function segmentXml(units: readonly RowUnit[], lang: string, control: (code: number) => string): string {
  return units
    .map((unit) => {
      assertEncodable(unit.text, unit.id)
      return escapeXml(unit.text, control)
    })
    .join(lang === 'ja' ? '' : ' ')
}

export function toTmx(alignment: Alignment, options?: TmxOptions | null | undefined): string {
  const level = options?.level ?? 'sentence'
  const rows = rowsOf(alignment, options)
  const source = alignment.source.lang
  const target = alignment.target.lang
  const control = (code: number) => `<ph type="x-control" x="${code}">U+${code.toString(16).toUpperCase().padStart(4, '0')}</ph>`
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="clause-align" creationtoolversion="${escapeAttribute(options?.toolVersion ?? '0')}" datatype="plaintext" segtype="${segtypes[level]}" adminlang="en" srclang="${escapeAttribute(source)}" o-tmf="clause-align"/>`,
    '  <body>'
  ]
  for (const row of rows) {
    const unaligned = row.source.length === 0 ? 'target' : row.target.length === 0 ? 'source' : undefined
    if (unaligned && !options?.includeUnaligned) continue
    lines.push('    <tu>')
    lines.push(`      <prop type="x-score">${row.score}</prop>`)
    lines.push(`      <prop type="x-type">${escapeAttribute(row.type)}</prop>`)
    lines.push(`      <prop type="x-ids">${escapeXml(`${row.source.map((unit) => unit.id).join(',')}=${row.target.map((unit) => unit.id).join(',')}`, () => '')}</prop>`)
    if (unaligned) lines.push(`      <prop type="x-unaligned">${unaligned}</prop>`)
    if (row.source.length > 0) lines.push(`      <tuv xml:lang="${escapeAttribute(source)}"><seg>${segmentXml(row.source, source, control)}</seg></tuv>`)
    if (row.target.length > 0) lines.push(`      <tuv xml:lang="${escapeAttribute(target)}"><seg>${segmentXml(row.target, target, control)}</seg></tuv>`)
    lines.push('    </tu>')
  }
  lines.push('  </body>', '</tmx>')
  return lines.join('\n') + '\n'
}
