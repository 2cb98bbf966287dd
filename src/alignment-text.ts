/** A plain-text view of an alignment for the terminal: one block per bead, both sides. */
import type {Alignment} from './alignment-types.js'
import {textOf} from './accessors.js'
import {indexTree} from './tree-index.js'

export function alignmentToText(alignment: Alignment): string {
  const sourceIndex = indexTree(alignment.source)
  const targetIndex = indexTree(alignment.target)
  const side = (ids: string[], index: ReturnType<typeof indexTree>) =>
    ids.length === 0 ? '    (none)' : ids.map((id) => `    ${id}  ${textOf(index.get(id)!)}`).join('\n')
  const lines: string[] = [
    `${alignment.sourcePath ?? 'source'} (${alignment.source.lang}) ↔ ${alignment.targetPath ?? 'target'} (${alignment.target.lang}), length ratio ${alignment.ratio}`,
    ''
  ]
  let paragraph = -1
  for (const bead of alignment.beads) {
    if (bead.paragraph !== paragraph) {
      paragraph = bead.paragraph
      const link = alignment.paragraphs[paragraph]
      lines.push(`## ${link.source.join('+') || '—'} ↔ ${link.target.join('+') || '—'}  (${link.type}, ${link.method}, score ${link.score})`)
    }
    lines.push(`[${bead.type}] score ${bead.score}, ${bead.evidence.basis}`)
    lines.push(side(bead.source, sourceIndex))
    lines.push(side(bead.target, targetIndex))
  }
  const counts = new Map<string, number>()
  for (const bead of alignment.beads) counts.set(bead.type, (counts.get(bead.type) ?? 0) + 1)
  lines.push('', `${alignment.beads.length} beads: ${[...counts].map(([type, count]) => `${count}× ${type}`).join(', ')}`)
  return lines.join('\n') + '\n'
}
