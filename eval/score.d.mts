// Types of the finding helpers that the tests share with the eval (eval/score.mjs).
import type {VFileMessage} from 'vfile-message'
import type {DefectEntry, Span} from './gold.mjs'

export interface DescribedFinding {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  reason: string
  where: string
  source?: Span
  target?: Span
}

export function reportable(message: VFileMessage): boolean
export function describe(message: VFileMessage, files: {source: string; target: string}): DescribedFinding
export function goldHits(finding: DescribedFinding, entries: readonly DefectEntry[]): string[]
