/**
 * Reports of findings: text in the style of `vfile-reporter` (file:line:col, severity, message,
 * rule id; the other language's place as `[cause]`), and the stable JSON of `clause-align check`.
 */
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {severityOf, type FindingMessage, type FindingSeverity, type RuleId} from './findings.js'
import type {Alignment} from '../align/types.js'
import type {ClauseTreeNode} from '../tree/types.js'
import {indexTree, textOf} from '../tree/accessors.js'
import {showControls} from '../tree/controls.js'

export interface FindingsJsonUnit {
  id: string
  text: string
  line: number | null
  column: number | null
}

export interface FindingsJson {
  version: 1
  findings: Array<{
    ruleId: RuleId
    severity: FindingSeverity
    message: string
    source: FindingsJsonUnit[]
    target: FindingsJsonUnit[]
  }>
}

export function findingsToJson(alignment: Alignment, messages: readonly FindingMessage[]): FindingsJson {
  const sourceIndex = indexTree(alignment.source)
  const targetIndex = indexTree(alignment.target)
  const units = (ids: readonly string[] | undefined, index: Map<string, ClauseTreeNode>): FindingsJsonUnit[] =>
    (ids ?? []).map((id) => {
      const node = index.get(id)
      return {
        id,
        text: node ? textOf(node, {annotations: node.type === 'LabelNode'}) : '',
        line: node?.position?.start.line ?? null,
        column: node?.position?.start.column ?? null
      }
    })
  return {
    version: 1,
    findings: messages.map((message) => ({
      ruleId: message.ruleId,
      severity: severityOf(message),
      message: message.reason,
      source: units(message.sourceIds, sourceIndex),
      target: units(message.targetIds, targetIndex)
    }))
  }
}

export interface TextReportOptions {
  /** Show `[url]`, `[note]` and the like (vfile-reporter's `verbose`). */
  verbose?: boolean | undefined
  /** Colour (default: off). */
  color?: boolean | undefined
}

/** Findings grouped by file, as vfile-reporter prints them. */
export function findingsToText(alignment: Alignment, messages: readonly FindingMessage[], options?: TextReportOptions | undefined): string {
  const target = new VFile({path: alignment.targetPath ?? 'target'})
  const source = new VFile({path: alignment.sourcePath ?? 'source'})
  for (const message of messages) {
    ;(message.side === 'source' ? source : target).messages.push(message)
  }
  return showControls(reporter([target, source], {color: options?.color ?? false, verbose: options?.verbose ?? false}) + '\n')
}
