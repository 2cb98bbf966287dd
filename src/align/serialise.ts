/**
 * Serialisers of an alignment: the stable JSON of `clause-align align --format json` (version 1:
 * ids and texts only, so that scripts can read it without knowing clause trees) and a plain-text
 * view for the terminal.
 */
import type {ClauseTreeNode, RootNode} from '../tree/types.js'
import {indexTree, textOf} from '../tree/accessors.js'
import type {Alignment, BeadType} from './types.js'
import {showControls} from '../tree/controls.js'

export interface AlignmentJsonUnit {
  id: string
  text: string
}

export interface AlignmentJson {
  version: 1
  source: {path: string | null; lang: string}
  target: {path: string | null; lang: string}
  paragraphs: Array<{source: string[]; target: string[]; score: number; type: BeadType}>
  beads: Array<{source: AlignmentJsonUnit[]; target: AlignmentJsonUnit[]; score: number; type: BeadType}>
}

export function alignmentToJson(alignment: Alignment): AlignmentJson {
  const sourceIndex = indexTree(alignment.source)
  const targetIndex = indexTree(alignment.target)
  const units = (ids: string[], index: Map<string, ClauseTreeNode>, tree: RootNode): AlignmentJsonUnit[] =>
    ids.map((id) => {
      const node = index.get(id)
      if (!node) throw new Error(`alignment names ${id}, which the ${tree === alignment.source ? 'source' : 'target'} tree does not have`)
      return {id, text: textOf(node)}
    })
  return {
    version: 1,
    source: {path: alignment.sourcePath ?? null, lang: alignment.source.lang},
    target: {path: alignment.targetPath ?? null, lang: alignment.target.lang},
    paragraphs: alignment.paragraphs.map((link) => ({source: link.source, target: link.target, score: link.score, type: link.type})),
    beads: alignment.beads.map((bead) => ({
      source: units(bead.source, sourceIndex, alignment.source),
      target: units(bead.target, targetIndex, alignment.target),
      score: bead.score,
      type: bead.type
    }))
  }
}

/** A plain-text view of an alignment for the terminal: one block per bead, both sides. */
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
    if (bead.paragraphLink !== paragraph) {
      paragraph = bead.paragraphLink
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
  return showControls(lines.join('\n') + '\n')
}
