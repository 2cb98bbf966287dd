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

declare module 'vfile-message' {
  interface VFileMessage {
    /** Ids of the source units the finding is about. */
    sourceIds?: string[] | undefined
    /** Ids of the target units the finding is about. */
    targetIds?: string[] | undefined
    /** Which document the message's place is in. */
    side?: 'source' | 'target' | undefined
  }
}

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
  'low-confidence'
] as const

export type RuleId = (typeof ruleIds)[number]
export type Severity = 'off' | 'info' | 'warning' | 'error'

export const defaultSeverities: Record<RuleId, Exclude<Severity, 'off'>> = {
  omission: 'error',
  addition: 'warning',
  'number-mismatch': 'error',
  'anchor-mismatch': 'warning',
  enumeration: 'warning',
  term: 'warning',
  'inconsistent-term': 'warning',
  'length-ratio': 'warning',
  untranslated: 'warning',
  'low-confidence': 'info'
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
  actual?: string | undefined
  expected?: string[] | undefined
  note?: string | undefined
  /** Severity for this finding when the rule's default would be wrong for it (a milder case). */
  severity?: Exclude<Severity, 'off'> | undefined
}

export function spanOf(nodes: readonly ClauseTreeNode[]): Position | undefined {
  const positioned = nodes.filter((node) => node.position)
  if (positioned.length === 0) return undefined
  return {start: positioned[0].position!.start, end: positioned[positioned.length - 1].position!.end}
}

export function toMessage(
  finding: Finding,
  severity: Exclude<Severity, 'off'>,
  paths: {source?: string | undefined; target?: string | undefined}
): VFileMessage {
  const [here, linked] = finding.side === 'target' ? [finding.targetNodes, finding.sourceNodes] : [finding.sourceNodes, finding.targetNodes]
  const there = linked.length > 0 ? linked : finding.otherNodes ?? []
  const otherSide = finding.side === 'target' ? 'source' : 'target'
  const otherPath = paths[otherSide]
  const otherPlace = spanOf(there)
  const cause = new VFileMessage(
    linked.length > 0
      ? `${otherSide === 'source' ? 'Source' : 'Translation'} unit ${there.map((node) => node.data.id).join(', ')}${otherPath ? ` in ${otherPath}` : ''}`
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
  })
  message.file = paths[finding.side] ?? ''
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.url = `${documentationUrl.replace('#rules', '')}#${finding.ruleId}`
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected !== undefined) message.expected = finding.expected
  if (finding.note !== undefined) message.note = finding.note
  message.sourceIds = finding.sourceNodes.map((node) => node.data.id)
  message.targetIds = finding.targetNodes.map((node) => node.data.id)
  message.side = finding.side
  return message
}

export function severityOf(message: VFileMessage): Exclude<Severity, 'off'> {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}
