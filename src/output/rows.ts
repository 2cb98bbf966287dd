/**
 * The rows every parallel-text format writes: one per paragraph link, sentence bead or clause
 * link (by `level`), each side's units with their text, and the findings that concern the row.
 */
import {severityOf, type FindingMessage, type FindingSeverity, type RuleId} from '../check/findings.js'
import type {Alignment, BeadType, ClauseLinkType} from '../align/types.js'
import type {ClauseTreeNode} from '../tree/types.js'
import {idAndAncestors, indexTree, joinText, normalizeSpace, parentId, walk} from '../tree/accessors.js'
import {validateTree} from '../tree/validate.js'

export type Level = 'paragraph' | 'sentence' | 'clause'

export const levels: readonly Level[] = ['paragraph', 'sentence', 'clause']

export interface RowUnit {
  id: string
  text: string
}

export interface RowFinding {
  ruleId: RuleId
  severity: FindingSeverity
  message: string
  /** Which side the finding's place is on. */
  side: 'source' | 'target'
}

export interface Row {
  /** Index in `alignment.paragraphs` of the paragraph link the row belongs to. */
  paragraphLink: number
  source: RowUnit[]
  target: RowUnit[]
  /** The link's shape: a bead's at paragraph and sentence level, a clause link's at clause level. */
  type: BeadType | ClauseLinkType
  score: number
  findings: RowFinding[]
}

export interface OutputOptions {
  level?: Level | null | undefined
  /** Findings from `check` to show with the rows they concern. */
  findings?: readonly FindingMessage[] | null | undefined
}

/**
 * Text of a unit as written for readers: content and citation markers, with the run-in label of
 * its container before the first sentence (and first clause) of that container. Footnote
 * references and code are left out. Concatenated over all rows of a side, these texts hold every
 * clause, label and citation of the document exactly once.
 */
function unitText(node: ClauseTreeNode, index: Map<string, ClauseTreeNode>, labelled: Set<string>): string {
  const parts: string[] = []
  const labelOf = (containerId: string) => {
    const container = index.get(containerId)
    if (!container || !('children' in container)) return
    for (const child of container.children as ClauseTreeNode[]) {
      if (child.type === 'LabelNode' && !labelled.has(child.data.id)) {
        labelled.add(child.data.id)
        parts.push(child.value)
      }
    }
  }
  if (node.type === 'SentenceNode' || node.type === 'ClauseNode') {
    // A label stands before the first sentence of its paragraph or item.
    const sentenceId = node.type === 'ClauseNode' ? parentId(node.data.id) : node.data.id
    labelOf(parentId(sentenceId))
  }
  for (const current of walk(node)) {
    if (current.type === 'ClauseNode' || current.type === 'CitationNode') parts.push(current.value)
    else if (current.type === 'LabelNode' && !labelled.has(current.data.id)) {
      labelled.add(current.data.id)
      parts.push(current.value)
    }
  }
  if (node.type === 'ClauseNode') {
    // Citation markers follow the sentence's last clause.
    const sentence = index.get(parentId(node.data.id))
    if (sentence?.type === 'SentenceNode') {
      const clauses = sentence.children.filter((child) => child.type === 'ClauseNode')
      if (clauses[clauses.length - 1] === node) {
        for (const child of sentence.children) if (child.type === 'CitationNode') parts.push(child.value)
      }
    }
  }
  return normalizeSpace(joinText(parts))
}

export function rowsOf(alignment: Alignment, options?: OutputOptions | null | undefined): Row[] {
  const level = options?.level ?? 'sentence'
  validateTree(alignment.source, 'output: the source tree')
  validateTree(alignment.target, 'output: the target tree')
  if (!levels.includes(level)) throw new RangeError(`level must be one of ${levels.join(', ')}, got ${String(level)}`)
  const sourceIndex = indexTree(alignment.source)
  const targetIndex = indexTree(alignment.target)
  const sourceLabelled = new Set<string>()
  const targetLabelled = new Set<string>()
  const units = (ids: readonly string[], index: Map<string, ClauseTreeNode>, labelled: Set<string>): RowUnit[] =>
    ids.map((id) => ({id, text: unitText(index.get(id)!, index, labelled)}))
  const rows: Row[] = []
  if (level === 'paragraph') {
    alignment.paragraphs.forEach((link, paragraph) => {
      rows.push({paragraphLink: paragraph, source: units(link.source, sourceIndex, sourceLabelled), target: units(link.target, targetIndex, targetLabelled), type: link.type, score: link.score, findings: []})
    })
  } else {
    for (const bead of alignment.beads) {
      if (level === 'sentence') {
        rows.push({paragraphLink: bead.paragraphLink, source: units(bead.source, sourceIndex, sourceLabelled), target: units(bead.target, targetIndex, targetLabelled), type: bead.type, score: bead.score, findings: []})
        continue
      }
      for (const link of bead.clauses) {
        rows.push({paragraphLink: bead.paragraphLink, source: units(link.source, sourceIndex, sourceLabelled), target: units(link.target, targetIndex, targetLabelled), type: link.type, score: link.score, findings: []})
      }
    }
  }
  attachFindings(rows, options?.findings ?? [])
  return rows
}

/**
 * Each finding goes to the first row holding one of its units, or a unit inside or around it
 * (a paragraph's finding to its first row, a label's to the row of its item's first sentence).
 */
function attachFindings(rows: Row[], findings: readonly FindingMessage[]): void {
  if (findings.length === 0) return
  // First row of every unit id and of every ancestor id, per side.
  const firstRow = {source: new Map<string, Row>(), target: new Map<string, Row>()}
  for (const row of rows) {
    for (const side of ['source', 'target'] as const) {
      for (const unit of row[side]) {
        for (const id of idAndAncestors(unit.id)) if (!firstRow[side].has(id)) firstRow[side].set(id, row)
      }
    }
  }
  const rowOf = (side: 'source' | 'target', findingId: string): Row | undefined => {
    // A clause or a label (never a row's unit) finds the row of its sentence or container.
    for (const id of idAndAncestors(findingId)) {
      const row = firstRow[side].get(id)
      if (row) return row
    }
    return undefined
  }
  const order = new Map(rows.map((row, index) => [row, index]))
  for (const message of findings) {
    const candidates = [
      ...message.sourceIds.map((id) => rowOf('source', id)),
      ...message.targetIds.map((id) => rowOf('target', id))
    ].filter((row): row is Row => row !== undefined)
    if (candidates.length === 0) continue
    const row = candidates.reduce((best, row) => (order.get(row)! < order.get(best)! ? row : best))
    row.findings.push({ruleId: message.ruleId, severity: severityOf(message), message: message.reason, side: message.side})
  }
}
