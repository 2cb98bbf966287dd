/**
 * XLIFF 2.1: one `<unit>` per paragraph link, a `<segment>` per bead (the sentences of a side
 * joined), findings as `<note>`s of the unit (`category` the rule id, `priority` 1 for errors, 5
 * for warnings, 9 for infos, `appliesTo` the side). A unit with no source (an added paragraph)
 * has empty `<source/>`s; one with no translation has no `<target>`s. A character XML 1.0 forbids
 * is written `<cp hex="…"/>`, as XLIFF 2 prescribes; a lone surrogate is an error.
 */
import type {Alignment} from '../alignment-types.js'
import {rowsOf, type OutputOptions} from './rows.js'
import {segmentXml} from './tmx.js'
import {escapeAttribute} from './xml.js'

const priority = {error: 1, warning: 5, info: 9} as const

export function toXliff(alignment: Alignment, options?: OutputOptions | null | undefined): string {
  const rows = rowsOf(alignment, options)
  const control = (code: number) => `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`
  const joiner = (lang: string) => (lang === 'ja' ? '' : ' ')
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${alignment.source.lang}" trgLang="${alignment.target.lang}">`,
    `  <file id="f1" original="${escapeAttribute(alignment.sourcePath ?? 'source')}">`
  ]
  alignment.paragraphs.forEach((link, paragraph) => {
    const unitRows = rows.filter((row) => row.paragraph === paragraph)
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
      lines.push(`        <source>${segmentXml(row.source, joiner(alignment.source.lang), control)}</source>`)
      if (row.target.length > 0) lines.push(`        <target>${segmentXml(row.target, joiner(alignment.target.lang), control)}</target>`)
      lines.push('      </segment>')
    })
    if (unitRows.length === 0) lines.push(`      <segment id="${id}s1"><source/></segment>`)
    lines.push('    </unit>')
  })
  lines.push('  </file>', '</xliff>')
  return lines.join('\n') + '\n'
}
