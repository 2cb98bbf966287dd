/**
 * A self-contained side-by-side HTML report: inline CSS, no scripts, no network. Two columns with
 * `lang` attributes, a row per bead, an anchor per paragraph link (`#source-p3`, `#target-p4`),
 * unaligned units and findings highlighted (rule id and message on hover and in a legend), and
 * a single column on a phone. Every piece of document text is escaped.
 */
import type {Alignment} from '../align/types.js'
import {rowsOf, type OutputOptions, type Row, type RowFinding} from './rows.js'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[character]!)
}

const style = `
:root { color-scheme: light; --error: #b3261e; --warning: #8a5a00; --info: #35618f; --line: #d7d7d7; }
* { box-sizing: border-box; }
body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1d1d1d; background: #fff; }
h1 { font-size: 1.3rem; margin: 0 0 .25rem; word-break: break-all; }
h2 { font-size: 1rem; margin: 1.5rem 0 .25rem; color: #555; }
p.summary { margin: 0 0 1rem; color: #555; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-top: 1px solid var(--line); padding: .5rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { font-size: .85rem; color: #555; }
th.meta, td.meta { width: 6.5rem; font-size: .8rem; color: #666; }
tr.unaligned td.side:empty { background: repeating-linear-gradient(135deg, #fff4f2, #fff4f2 6px, #ffe6e1 6px, #ffe6e1 12px); }
tr.unaligned td.side:empty::after { content: "(no counterpart)"; color: var(--error); font-size: .8rem; }
.finding { display: inline-block; margin: .15rem .25rem 0 0; padding: 0 .35rem; border-radius: .25rem; font-size: .75rem; cursor: help; border: 1px solid currentColor; }
.finding.error { color: var(--error); } .finding.warning { color: var(--warning); } .finding.info { color: var(--info); }
tr.has-error td.side { background: #fff4f2; } tr.has-warning td.side { background: #fffaeb; }
.unit { display: block; } .id { color: #888; font-size: .75rem; margin-right: .35rem; }
section.legend { margin-top: 2rem; border-top: 2px solid var(--line); }
section.legend li { margin: .25rem 0; }
@media (max-width: 40rem) {
  body { padding: .5rem; }
  table, tbody, tr, td, th { display: block; width: 100%; }
  thead { display: none; }
  tr { border-top: 2px solid var(--line); padding: .25rem 0; }
  td { border: 0; padding: .25rem .25rem; }
  th.meta, td.meta { width: 100%; }
  td.side::before { content: attr(data-lang); display: block; font-size: .7rem; color: #888; text-transform: uppercase; }
}
`

function findingBadge(finding: RowFinding, number: number): string {
  return `<a class="finding ${finding.severity}" href="#finding-${number}" title="${escapeHtml(`${finding.ruleId} (${finding.severity}): ${finding.message}`)}">${escapeHtml(finding.ruleId)}</a>`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

export function toHtml(alignment: Alignment, options?: OutputOptions | null | undefined): string {
  const rows = rowsOf(alignment, options)
  const sourceLang = escapeHtml(alignment.source.lang)
  const targetLang = escapeHtml(alignment.target.lang)
  const title = `${alignment.sourcePath ?? 'source'} ↔ ${alignment.targetPath ?? 'target'}`
  const legend: Array<{finding: RowFinding; row: Row}> = []
  const body: string[] = []
  let current = -1
  for (const row of rows) {
    if (row.paragraphLink !== current) {
      if (current >= 0) body.push('</tbody></table>')
      current = row.paragraphLink
      const link = alignment.paragraphs[current]
      const anchors = [...link.source.map((id) => `source-${id}`), ...link.target.map((id) => `target-${id}`)]
      body.push(
        `<h2 id="${escapeHtml(anchors[0] ?? `link-${current}`)}">${anchors.slice(1).map((anchor) => `<span id="${escapeHtml(anchor)}"></span>`).join('')}${escapeHtml(link.source.join(' + ') || '—')} ↔ ${escapeHtml(link.target.join(' + ') || '—')} <small>(${escapeHtml(link.type)}, ${link.score})</small></h2>`,
        `<table><thead><tr><th lang="${sourceLang}">${sourceLang}</th><th lang="${targetLang}">${targetLang}</th><th class="meta">link</th></tr></thead><tbody>`
      )
    }
    const severities = new Set(row.findings.map((finding) => finding.severity))
    const classes = ['bead']
    if (row.source.length === 0 || row.target.length === 0) classes.push('unaligned')
    if (severities.has('error')) classes.push('has-error')
    else if (severities.has('warning')) classes.push('has-warning')
    const badges = (side: 'source' | 'target') =>
      row.findings
        .filter((finding) => finding.side === side)
        .map((finding) => {
          legend.push({finding, row})
          return findingBadge(finding, legend.length)
        })
        .join('')
    const side = (which: 'source' | 'target', lang: string) => {
      const units = row[which].map((unit) => `<span class="unit"><span class="id">${escapeHtml(unit.id)}</span>${escapeHtml(unit.text)}</span>`).join('')
      return `<td class="side ${which}" lang="${lang}" data-lang="${lang}">${units}${badges(which)}</td>`
    }
    body.push(`<tr class="${classes.join(' ')}">${side('source', sourceLang)}${side('target', targetLang)}<td class="meta">${escapeHtml(row.type)} · ${escapeHtml(String(row.score))}</td></tr>`)
  }
  if (current >= 0) body.push('</tbody></table>')
  const counts = {error: 0, warning: 0, info: 0}
  for (const {finding} of legend) counts[finding.severity]++
  const legendHtml = legend.length
    ? `<section class="legend"><h2>Findings</h2><ol>${legend
        .map(({finding, row}, index) => `<li id="finding-${index + 1}"><span class="finding ${finding.severity}">${escapeHtml(finding.ruleId)}</span> ${escapeHtml(finding.severity)} (${escapeHtml([...row.source, ...row.target].map((unit) => unit.id).join(', '))}): ${escapeHtml(finding.message)}</li>`)
        .join('')}</ol></section>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="summary">${plural(rows.length, 'row')} · ${plural(counts.error, 'error')} · ${plural(counts.warning, 'warning')} · ${plural(counts.info, 'info')} · length ratio ${alignment.ratio}</p>
${body.join('\n')}
${legendHtml}
</body>
</html>
`
}
