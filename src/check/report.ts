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

/**
 * vfile-reporter spreads a file's rows into one `push(...)` call, which overflows the stack past
 * about 100,000 rows; a file's messages are therefore given to it in parts of this many, each
 * part under the file's name again.
 */
const messagesPerPart = 10_000

/** Findings grouped by file, as vfile-reporter prints them. */
export function findingsToText(alignment: Alignment, messages: readonly FindingMessage[], options?: TextReportOptions | undefined): string {
  const files: VFile[] = []
  for (const [side, path] of [['target', alignment.targetPath ?? 'target'], ['source', alignment.sourcePath ?? 'source']] as const) {
    const own = messages.filter((message) => message.side === side)
    for (let start = 0; start === 0 || start < own.length; start += messagesPerPart) {
      const file = new VFile({path})
      file.messages.push(...own.slice(start, start + messagesPerPart))
      files.push(file)
    }
  }
  return showControls(reporter(files, {color: options?.color ?? false, verbose: options?.verbose ?? false}) + '\n')
}
