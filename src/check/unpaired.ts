/**
 * Where a finding stands in the alignment, for the folds: the bead of each unit, and whether a
 * finding is about a unit with no counterpart at all (a 1-0 or 0-1 bead, or whole paragraphs).
 */
import type {Finding} from './findings.js'
import type {ClauseTreeNode} from '../tree/types.js'
import type {RuleContext} from './rules/context.js'
import {idAndAncestors} from '../tree/accessors.js'

export type BeadIndexes = Record<'source' | 'target', Map<string, number>>

export function beadIndexes(context: RuleContext): BeadIndexes {
  const result: BeadIndexes = {source: new Map(), target: new Map()}
  context.alignment.beads.forEach((bead, index) => {
    for (const id of bead.source) result.source.set(id, index)
    for (const id of bead.target) result.target.set(id, index)
  })
  return result
}

/** The bead of a sentence-level omission (or addition) whose bead has nothing on the other side. */
export function unpairedBead(finding: Finding, ruleId: 'omission' | 'addition', context: RuleContext, beadOf: BeadIndexes): number | undefined {
  if (finding.ruleId !== ruleId) return undefined
  const side = ruleId === 'omission' ? 'source' : 'target'
  const other = ruleId === 'omission' ? 'target' : 'source'
  const units = finding[side === 'source' ? 'sourceNodes' : 'targetNodes']
  const others = finding[other === 'source' ? 'sourceNodes' : 'targetNodes']
  if (units.length === 0 || others.length > 0 || units.some((node) => node.type !== 'SentenceNode')) return undefined
  const at = beadOf[side].get(units[0].data.id)
  return at !== undefined && context.alignment.beads[at][other].length === 0 ? at : undefined
}

/** A paragraph-level omission (or addition): whole paragraphs, nothing on the other side. */
export function wholeParagraphs(finding: Finding, ruleId: 'omission' | 'addition'): boolean {
  if (finding.ruleId !== ruleId || finding.severity === 'info') return false
  const [units, others] = ruleId === 'omission' ? [finding.sourceNodes, finding.targetNodes] : [finding.targetNodes, finding.sourceNodes]
  return units.length > 0 && others.length === 0 && units.every((node) => node.type === 'ParagraphNode')
}

/**
 * The one entry of `index` all these units fall under (each unit by its own id or the nearest
 * ancestor's that has one), or undefined when one has none or they differ.
 */
export function sharedEntry<Value>(units: readonly ClauseTreeNode[], index: ReadonlyMap<string, Value>): Value | undefined {
  let result: Value | undefined
  for (const unit of units) {
    let found: Value | undefined
    for (const id of idAndAncestors(unit.data.id)) if ((found = index.get(id)) !== undefined) break
    if (found === undefined || (result !== undefined && found !== result)) return undefined
    result = found
  }
  return result
}
