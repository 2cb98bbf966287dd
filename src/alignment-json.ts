/**
 * The stable JSON shape of `clause-align align --format json` (version 1): ids and texts only, so
 * that scripts can read it without knowing clause trees.
 */
import type {Alignment, BeadType} from './alignment-types.js'
import type {ClauseTreeNode, RootNode} from './types.js'
import {textOf} from './accessors.js'
import {indexTree} from './tree-index.js'

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
