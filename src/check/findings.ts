/**
 * QA findings as `VFileMessage`s, the way unified linters report: `ruleId`, `source`
 * (`clause-align`), `place` (in the target file, or in the source file for a unit the target
 * lacks), a `cause` message at the other language's place, `actual`/`expected` where they mean
 * something, `url` to the rule's documentation, and severity in `fatal` (true: error, false:
 * warning, undefined: info).
 */
import {VFileMessage} from 'vfile-message'
import type {Position} from 'unist'
import type {ClauseTreeNode} from '../tree/types.js'

export const ruleIds = [
  'omission',
  'addition',
  'number-mismatch',
  'anchor-mismatch',
  'enumeration',
  'term',
  'inconsistent-term',
  'length-ratio',
  'untranslated',
  'low-confidence',
  'low-coverage'
] as const

export type RuleId = (typeof ruleIds)[number]
/** How serious a finding is. */
export type FindingSeverity = 'error' | 'warning' | 'info'
/** What a rule can be set to: a severity, or `off`. */
export type Severity = 'off' | FindingSeverity

/**
 * A finding of `check`: a `VFileMessage` (reason, place, `cause`, `url`, `actual`/`expected`,
 * `fatal`) that also says, as plain fields, its rule, severity and the units it concerns. A
 * subtype rather than an augmentation of `vfile-message`, so that a program using clause-align
 * keeps the `VFileMessage` type it had.
 */
export interface FindingMessage extends VFileMessage {
  ruleId: RuleId
  source: 'clause-align'
  /** `error`, `warning` or `info`; the same as `fatal` says (true, false, undefined). */
  severity: FindingSeverity
  /** Ids of the source units the finding is about. */
  sourceIds: string[]
  /** Ids of the target units the finding is about. */
  targetIds: string[]
  /** Which document the message's place is in. */
  side: 'source' | 'target'
}

export const defaultSeverities: Record<RuleId, FindingSeverity> = {
  omission: 'error',
  addition: 'warning',
  'number-mismatch': 'error',
  'anchor-mismatch': 'warning',
  enumeration: 'warning',
  term: 'warning',
  'inconsistent-term': 'warning',
  'length-ratio': 'warning',
  untranslated: 'warning',
  'low-confidence': 'info',
  'low-coverage': 'warning'
}

export const documentationUrl = 'https://www.npmjs.com/package/clause-align#rules'

/** What a rule reports, before severity and configuration are applied. */
export interface Finding {
  ruleId: RuleId
  /** `Unexpected …, expected …` */
  reason: string
  /** Where the finding is placed: the target unit, or the source unit when the target has none. */
  side: 'source' | 'target'
  sourceNodes: ClauseTreeNode[]
  targetNodes: ClauseTreeNode[]
  /**
   * Where the other side's `cause` points when the finding has no units there (an omission: the
   * translated unit it would follow).
   */
  otherNodes?: ClauseTreeNode[] | undefined
  /** `otherNodes` are the finding's linked units, which lack the part it reports (not a neighbour). */
  otherLinked?: boolean | undefined
  actual?: string | undefined
  expected?: string[] | undefined
  note?: string | undefined
  /** Severity for this finding when the rule's default would be wrong for it (a milder case). */
  severity?: FindingSeverity | undefined
}

export function spanOf(nodes: readonly ClauseTreeNode[]): Position | undefined {
  const positioned = nodes.filter((node) => node.position)
  if (positioned.length === 0) return undefined
  return {start: positioned[0].position!.start, end: positioned[positioned.length - 1].position!.end}
}

export function toMessage(
  finding: Finding,
  severity: FindingSeverity,
  paths: {source?: string | undefined; target?: string | undefined}
): FindingMessage {
  const [here, linked] = finding.side === 'target' ? [finding.targetNodes, finding.sourceNodes] : [finding.sourceNodes, finding.targetNodes]
  const there = linked.length > 0 ? linked : finding.otherNodes ?? []
  const otherSide = finding.side === 'target' ? 'source' : 'target'
  const otherPath = paths[otherSide]
  const otherPlace = spanOf(there)
  const cause = new VFileMessage(
    linked.length > 0
      ? `${otherSide === 'source' ? 'Source' : 'Translation'} unit ${there.map((node) => node.data.id).join(', ')}${otherPath ? ` in ${otherPath}` : ''}`
      : there.length > 0 && finding.otherLinked
        ? `Linked ${otherSide === 'source' ? 'source' : 'translation'} unit ${there.map((node) => node.data.id).join(', ')}${otherPath ? ` in ${otherPath}` : ''}, without a counterpart for this part`
        : there.length > 0
        ? `No counterpart in the ${otherSide}${otherPath ? ` (${otherPath})` : ''}: it would follow ${there.map((node) => node.data.id).join(', ')}`
        : `No counterpart in the ${otherSide}${otherPath ? ` (${otherPath})` : ''}`,
    {place: otherPlace, ruleId: finding.ruleId, source: 'clause-align'}
  )
  cause.file = otherPath ?? ''
  const message = new VFileMessage(finding.reason, {
    place: spanOf(here),
    ruleId: finding.ruleId,
    source: 'clause-align',
    cause
  }) as FindingMessage
  message.file = paths[finding.side] ?? ''
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.url = `${documentationUrl.replace('#rules', '')}#${finding.ruleId}`
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected !== undefined) message.expected = finding.expected
  if (finding.note !== undefined) message.note = finding.note
  message.sourceIds = finding.sourceNodes.map((node) => node.data.id)
  message.targetIds = finding.targetNodes.map((node) => node.data.id)
  message.side = finding.side
  message.severity = severity
  return message
}

/** Severity of any `VFileMessage`, read from `fatal` as vfile does (true: error, false: warning). */
export function severityOf(message: VFileMessage): FindingSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}
