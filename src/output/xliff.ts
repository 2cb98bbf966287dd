/**
 * XLIFF 2.1 (default) or 1.2. XLIFF 2.1: one `<unit>` per paragraph link, a `<segment>` per bead (the sentences of a side
 * joined), findings as `<note>`s of the unit (`category` the rule id, `priority` 1 for errors, 5
 * for warnings, 9 for infos, `appliesTo` the side). A unit with no source (an added paragraph)
 * has empty `<source/>`s; one with no translation has no `<target>`s. A character XML 1.0 forbids
 * is written `<cp hex="…"/>`, as XLIFF 2 prescribes; a lone surrogate is an error.
 *
 * XLIFF 1.2, for tools that read no XLIFF 2 (translate-toolkit 3.8, older CAT tools): a `<group>`
 * per paragraph link, a `<trans-unit>` per bead, findings as `<note from="clause-align">` on the
 * group's first trans-unit (`annotates` the side), forbidden characters as
 * `<ph id="…" ctype="x-control">U+0001</ph>`.
 */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions, type Row} from './rows.js'
import {segmentXml} from './tmx.js'
import {escapeAttribute} from './xml.js'

const priority = {error: 1, warning: 5, info: 9} as const

export interface XliffOptions extends OutputOptions {
  /** `2.1` (default) or `1.2`. */
  version?: '2.1' | '1.2' | null | undefined
}

export function toXliff(alignment: Alignment, options?: XliffOptions | null | undefined): string {
  if (options?.version === '1.2') return toXliff12(alignment, options)
  if (options?.version != null && options.version !== '2.1') throw new RangeError(`XLIFF version must be 2.1 or 1.2, got ${String(options.version)}`)
  const rows = rowsOf(alignment, options)
  const byParagraph = groupByParagraph(rows)
  const control = (code: number) => `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${escapeAttribute(alignment.source.lang)}" trgLang="${escapeAttribute(alignment.target.lang)}">`,
    `  <file id="f1" original="${escapeAttribute(alignment.sourcePath ?? 'source')}">`
  ]
  alignment.paragraphs.forEach((link, paragraph) => {
    const unitRows = byParagraph[paragraph] ?? []
    const id = `u${paragraph + 1}`
    const name = `${link.source.join('+') || '-'}=${link.target.join('+') || '-'}`
    lines.push(`    <unit id="${id}" name="${escapeAttribute(name)}">`)
    const findings = unitRows.flatMap((row) => row.findings)
    if (findings.length > 0) {
      lines.push('      <notes>')
      for (const finding of findings) {
        lines.push(`        <note category="${escapeAttribute(finding.ruleId)}" priority="${priority[finding.severity]}" appliesTo="${finding.side}">${escapeAttribute(finding.message)}</note>`)
      }
      lines.push('      </notes>')
    }
    unitRows.forEach((row, index) => {
      lines.push(`      <segment id="${id}s${index + 1}">`)
      lines.push(`        <source>${segmentXml(row.source, alignment.source.lang, control)}</source>`)
      if (row.target.length > 0) lines.push(`        <target>${segmentXml(row.target, alignment.target.lang, control)}</target>`)
      lines.push('      </segment>')
    })
    if (unitRows.length === 0) lines.push(`      <segment id="${id}s1"><source/></segment>`)
    lines.push('    </unit>')
  })
  lines.push('  </file>', '</xliff>')
  return lines.join('\n') + '\n'
}

function toXliff12(alignment: Alignment, options: XliffOptions): string {
  const rows = rowsOf(alignment, options)
  const byParagraph = groupByParagraph(rows)
  let controls = 0
  const control = (code: number) => `<ph id="c${++controls}" ctype="x-control">U+${code.toString(16).toUpperCase().padStart(4, '0')}</ph>`
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeAttribute(alignment.sourcePath ?? 'source')}" source-language="${escapeAttribute(alignment.source.lang)}" target-language="${escapeAttribute(alignment.target.lang)}" datatype="plaintext" tool-id="clause-align">`,
    // The strict schema wants the tool that `tool-id` names declared in the header.
    '    <header><tool tool-id="clause-align" tool-name="clause-align"/></header>',
    '    <body>'
  ]
  alignment.paragraphs.forEach((link, paragraph) => {
    const unitRows = byParagraph[paragraph] ?? []
    const id = `u${paragraph + 1}`
    lines.push(`      <group id="${id}" resname="${escapeAttribute(`${link.source.join('+') || '-'}=${link.target.join('+') || '-'}`)}">`)
    const findings = unitRows.flatMap((row) => row.findings)
    unitRows.forEach((row, index) => {
      lines.push(`        <trans-unit id="${id}s${index + 1}" resname="${escapeAttribute(`${row.source.map((unit) => unit.id).join(',')}=${row.target.map((unit) => unit.id).join(',')}`)}">`)
      lines.push(`          <source xml:lang="${escapeAttribute(alignment.source.lang)}">${segmentXml(row.source, alignment.source.lang, control)}</source>`)
      if (row.target.length > 0) lines.push(`          <target xml:lang="${escapeAttribute(alignment.target.lang)}" state="translated">${segmentXml(row.target, alignment.target.lang, control)}</target>`)
      if (index === 0) {
        for (const finding of findings) {
          lines.push(`          <note from="clause-align" priority="${priority[finding.severity]}" annotates="${finding.side}">${escapeAttribute(`${finding.ruleId}: ${finding.message}`)}</note>`)
        }
      }
      lines.push('        </trans-unit>')
    })
    lines.push('      </group>')
  })
  lines.push('    </body>', '  </file>', '</xliff>')
  return lines.join('\n') + '\n'
}

/** Rows grouped by their paragraph link, in one pass. */
function groupByParagraph(rows: readonly Row[]): Row[][] {
  const groups: Row[][] = []
  for (const row of rows) (groups[row.paragraphLink] ??= []).push(row)
  return groups
}
