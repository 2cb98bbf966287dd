/**
 * `check(alignment)`: run the QA rules over an alignment and return their findings as
 * `VFileMessage`s, configured (severity per rule, `off` to disable), silenced where the Markdown
 * says so (`<!-- clause-align ignore rule-id -->`) or an ignore list does, and sorted by place.
 */
import type {Alignment} from '../align/types.js'
import type {ClauseTreeNode} from '../tree/types.js'
import {ClauseAlignError} from '../tree/errors.js'
import {idAndAncestors, isWithin} from '../tree/accessors.js'
import type {Glossary} from '../align/glossary.js'
import type {Lexicon} from '../lexicon/index.js'
import {defaultSeverities, ruleIds, toMessage, type Finding, type FindingMessage, type RuleId, type Severity} from './findings.js'
import {ruleContext, type Rule, type RuleContext} from './rules/context.js'
import {omission} from './rules/omission.js'
import {addition} from './rules/addition.js'
import {numberMismatch} from './rules/number-mismatch.js'
import {anchorMismatch} from './rules/anchor-mismatch.js'
import {enumeration} from './rules/enumeration.js'
import {term} from './rules/term.js'
import {inconsistentTerm} from './rules/inconsistent-term.js'
import {lengthRatio} from './rules/length-ratio.js'
import {untranslated} from './rules/untranslated.js'
import {lowConfidence} from './rules/low-confidence.js'
import {lowCoverage} from './rules/low-coverage.js'
import {validateCheckInput} from './validate-input.js'
import {fold} from './fold.js'

const rules: Record<RuleId, Rule> = {
  omission,
  addition,
  'number-mismatch': numberMismatch,
  'anchor-mismatch': anchorMismatch,
  enumeration,
  term,
  'inconsistent-term': inconsistentTerm,
  'length-ratio': lengthRatio,
  untranslated,
  'low-confidence': lowConfidence,
  'low-coverage': lowCoverage
}

/** Silence a rule (or every rule, without `ruleId`) for a unit and everything in it. */
export interface IgnoreEntry {
  ruleId?: RuleId | undefined
  /** Id of a unit; without it, the rule is silenced everywhere. */
  id?: string | undefined
  /** Which document the id is in (default: either). */
  side?: 'source' | 'target' | undefined
}

export interface CheckOptions {
  /** Severity per rule: `off`, `info`, `warning` or `error`. */
  rules?: Partial<Record<RuleId, Severity>> | null | undefined
  /** Glossary for the `term` rule (and better anchors). */
  glossary?: Glossary | null | undefined
  /** A bilingual dictionary (`defaultLexicon()`): `inconsistent-term` then checks that both renderings render the term. */
  lexicon?: Lexicon | null | undefined
  ignore?: readonly IgnoreEntry[] | null | undefined
}

const emptyOptions: CheckOptions = {}

export function check(alignment: Alignment, options?: CheckOptions | null | undefined): FindingMessage[] {
  if (!alignment || alignment.type !== 'Alignment') {
    throw new ClauseAlignError('invalid-input', 'check: expected an alignment from `align`')
  }
  const settings = options || emptyOptions
  validateCheckInput(alignment, settings)
  const configured = settings.rules ?? {}
  for (const [ruleId, severity] of Object.entries(configured)) {
    if (!(ruleIds as readonly string[]).includes(ruleId)) {
      throw new ClauseAlignError('invalid-option', `check: unknown rule \`${ruleId}\`, expected one of ${ruleIds.join(', ')}`)
    }
    if (!['off', 'info', 'warning', 'error'].includes(String(severity))) {
      throw new ClauseAlignError('invalid-option', `check: severity of \`${ruleId}\` must be off, info, warning or error, got \`${String(severity)}\``)
    }
  }
  const context = ruleContext(alignment, settings.glossary ?? [], settings.lexicon ?? undefined)
  const paths = {source: alignment.sourcePath, target: alignment.targetPath}
  const messages: Array<{message: FindingMessage; order: number}> = []
  const order = documentOrder(alignment)
  const found: Finding[] = []
  for (const ruleId of ruleIds) {
    const configuredSeverity = configured[ruleId]
    if (configuredSeverity === 'off') continue
    for (const finding of rules[ruleId](context)) {
      if (ignored(finding, settings.ignore ?? [], context)) continue
      // A configured severity overrides; otherwise a rule may mark a milder case.
      finding.severity = configuredSeverity ?? finding.severity ?? defaultSeverities[ruleId]
      found.push(finding)
    }
  }
  // Ignores apply before folding: a silenced finding must not take others down with it.
  const explained = fold(found, context)
  for (const finding of found) {
    if (explained.has(finding)) continue
    const message = toMessage(finding, finding.severity ?? defaultSeverities[finding.ruleId], paths)
    const first = finding.sourceNodes[0] ?? finding.targetNodes[0] ?? finding.otherNodes?.[0]
    messages.push({message, order: first ? order(first, finding.sourceNodes.length > 0 ? 'source' : 'target') : 0})
  }
  return messages.sort((a, b) => a.order - b.order).map((item) => item.message)
}

/** A sort key that follows the alignment: the index of the bead a unit belongs to. */
function documentOrder(alignment: Alignment): (node: ClauseTreeNode, side: 'source' | 'target') => number {
  const keys = new Map<string, number>()
  alignment.paragraphs.forEach((link, index) => {
    for (const id of link.source) keys.set(`source:${id}`, index * 1e6)
    for (const id of link.target) keys.set(`target:${id}`, index * 1e6)
  })
  alignment.beads.forEach((bead, index) => {
    const key = bead.paragraphLink * 1e6 + index + 1
    for (const id of bead.source) keys.set(`source:${id}`, key)
    for (const id of bead.target) keys.set(`target:${id}`, key)
  })
  return (node, side) => {
    // A clause or label sorts with its sentence or paragraph.
    for (const id of idAndAncestors(node.data.id)) {
      const key = keys.get(`${side}:${id}`)
      if (key !== undefined) return key
    }
    return 0
  }
}

/** Is the finding silenced by an ignore comment on one of its units (or their ancestors) or the ignore list? */
function ignored(finding: Finding, entries: readonly IgnoreEntry[], context: RuleContext): boolean {
  const units: Array<[ClauseTreeNode, 'source' | 'target']> = [
    ...finding.sourceNodes.map((node): [ClauseTreeNode, 'source'] => [node, 'source']),
    ...finding.targetNodes.map((node): [ClauseTreeNode, 'target'] => [node, 'target'])
  ]
  for (const entry of entries) {
    if (entry.ruleId && entry.ruleId !== finding.ruleId) continue
    const {id} = entry
    if (!id) return true
    if (units.some(([node, side]) => (!entry.side || entry.side === side) && isWithin(node.data.id, id))) return true
  }
  return units.some(([node, side]) => silencedByComment(node, side === 'source' ? context.source : context.target, finding.ruleId))
}

/** Does an ignore comment on the node or one of its ancestors (ids are paths) silence the rule? */
function silencedByComment(node: ClauseTreeNode, index: Map<string, ClauseTreeNode>, ruleId: RuleId): boolean {
  for (const id of idAndAncestors(node.data.id)) {
    const rules = index.get(id)?.data.ignore
    if (rules && (rules.includes(ruleId) || rules.includes('all'))) return true
  }
  return false
}
