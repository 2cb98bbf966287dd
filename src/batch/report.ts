/**
 * One report for a whole tree: every pair's findings, the pages without a translation
 * (`missing`) and the translations without a source page (`orphans`), as JSON or as one
 * `vfile-reporter` text grouped by file. Missing and orphan pages are warnings: a tree is often
 * translated a page at a time, so they fail a run only with `--frail`.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import type {FindingsJson} from '../check/report.js'
import {byPath, type Pair} from './pairing.js'
import {fromPlain, type PairResult} from './pair.js'

export interface TreeReportPair {
  source: string
  target: string
  findings: FindingsJson['findings']
  /** Why the pair could not be checked, if it could not. */
  error?: string
}

export interface TreeReport {
  version: 1
  /** `i/n` in the report of one shard; absent from a whole (or merged) report. */
  shard?: string
  pairs: TreeReportPair[]
  missing: Array<{source: string; target: string}>
  orphans: Array<{source: string; target: string}>
}

export function treeReportJson(results: readonly PairResult[], missing: readonly Pair[], orphans: readonly Pair[], shard?: string | undefined): TreeReport {
  return {
    version: 1,
    ...(shard ? {shard} : {}),
    pairs: results.map(({source, target, findings, error}) => ({source, target, findings, ...(error === undefined ? {} : {error})})),
    missing: missing.map(({source, target}) => ({source, target})),
    orphans: orphans.map(({source, target}) => ({source, target}))
  }
}

/**
 * The text report: files in path order, each pair's translation then its source (as the
 * single-pair report has them), a missing translation on its source page, an orphan on itself.
 * Files without messages are left out, so a large clean tree prints only the summary.
 */
export function treeReportText(results: readonly PairResult[], missing: readonly Pair[], orphans: readonly Pair[], options?: {verbose?: boolean | undefined}): string {
  const entries: Array<{path: string; files: VFile[]}> = []
  for (const result of results) {
    const target = new VFile({path: result.target})
    const source = new VFile({path: result.source})
    for (const plain of result.messages) (plain.file === result.source ? source : target).messages.push(fromPlain(plain))
    if (result.error !== undefined) {
      const message = new VFileMessage(`Cannot check this pair: ${result.error}`, {ruleId: 'unreadable', source: 'clause-align'})
      message.fatal = true
      target.messages.push(message)
    }
    entries.push({path: result.source, files: [target, source]})
  }
  for (const page of missing) {
    entries.push({path: page.source, files: [note(page.source, `Unexpected page without translation, expected \`${page.target}\``, 'missing-translation')]})
  }
  for (const page of orphans) {
    entries.push({path: page.source, files: [note(page.target, `Unexpected translation without a source page, expected \`${page.source}\``, 'orphan-translation')]})
  }
  entries.sort((a, b) => byPath(a.path, b.path))
  const files = entries.flatMap((entry) => entry.files)
  const summary = `${results.length} ${results.length === 1 ? 'pair' : 'pairs'} checked, ${missing.length} without translation, ${orphans.length} without source\n`
  const text = reporter(files, {quiet: true, color: false, verbose: options?.verbose ?? false})
  return (text ? text + '\n' : '') + summary
}

function note(path: string, reason: string, ruleId: string): VFile {
  const file = new VFile({path})
  const message = new VFileMessage(reason, {ruleId, source: 'clause-align'})
  message.fatal = false
  file.messages.push(message)
  return file
}

/** 2 when a pair could not be read, 1 on errors (or any warning, missing or orphan page, with `frail`), else 0. */
export function treeExitCode(report: TreeReport, frail = false): number {
  if (report.pairs.some((pair) => pair.error !== undefined)) return 2
  const findings = report.pairs.flatMap((pair) => pair.findings)
  if (findings.some((finding) => finding.severity === 'error')) return 1
  const warnings = findings.some((finding) => finding.severity === 'warning') || report.missing.length > 0 || report.orphans.length > 0
  return frail && warnings ? 1 : 0
}
