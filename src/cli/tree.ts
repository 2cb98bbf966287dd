/**
 * The tree commands of the CLI: `check SOURCE_DIR TARGET_DIR` (or `check` with the config's
 * pairs), `stale` and `merge-reports`. Asynchronous, unlike the single-pair commands, since the
 * pairs run on worker threads and git runs as a subprocess.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {ClauseAlignError} from '../tree/errors.js'
import {tuneV8ForBatch} from './batch-tuning.js'
import {readDocument} from '../tree/read.js'
import type {Lang} from '../tree/types.js'
import type {RuleId, Severity} from '../check/findings.js'
import {
  checkTree,
  directoryMapping,
  findConfig,
  mergeReports,
  pairFiles,
  parseShard,
  staleExitCode,
  staleReportText,
  staleTranslations,
  treeExitCode,
  treeReportText,
  type PairTask,
  type PathMapping
} from '../batch/index.js'

interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export interface TreeValues {
  format?: string | undefined
  glossary?: string | undefined
  encoding?: string | undefined
  'source-encoding'?: string | undefined
  jobs?: string | undefined
  shard?: string | undefined
  frail?: boolean | undefined
  verbose?: boolean | undefined
  lexicon?: string | undefined
  'no-lexicon'?: boolean | undefined
}

export interface TreeSettings {
  sourceLang: Lang | undefined
  targetLang: Lang | undefined
  maxBytes: number | undefined
  rules: Partial<Record<RuleId, Severity>>
}

/** Whether `check`'s arguments name a tree: two directories, or none (the config's pairs). */
export function isTreeCheck(files: readonly string[]): boolean {
  if (files.length === 0) return true
  return files.length === 2 && files.every((file) => {
    try {
      return statSync(file).isDirectory()
    } catch {
      return false
    }
  })
}

/** The pairs to work on and the settings every pair shares, from the arguments or the config. */
async function resolveTree(command: string, files: readonly string[], values: TreeValues, settings: TreeSettings) {
  const found = await findConfig()
  let mappings: PathMapping[]
  if (files.length === 2) {
    mappings = [directoryMapping(files[0]!, files[1]!)]
  } else if (files.length === 0 && found?.config.pairs) {
    // Paths in the config are relative to it; the report's are relative to the working directory.
    const base = path.relative(process.cwd(), found.dir)
    const join = (pattern: string) => (base ? `${base}/${pattern}` : pattern)
    mappings = found.config.pairs.map((mapping) => ({source: join(mapping.source), target: join(mapping.target)}))
  } else {
    throw new ClauseAlignError('usage', `${command} takes SOURCE_DIR and TARGET_DIR, or no arguments and \`pairs\` in clause-align.config.json`)
  }
  const glossaryPath = values.glossary ?? (found?.config.glossary ? path.join(found.dir, found.config.glossary) : undefined)
  const task: Omit<PairTask, 'source' | 'target'> = {
    sourceLang: settings.sourceLang,
    targetLang: settings.targetLang,
    maxBytes: settings.maxBytes,
    rules: settings.rules,
    encoding: values.encoding ?? found?.config.encoding,
    sourceEncoding: values['source-encoding'],
    glossary: glossaryPath ? {text: readDocument(glossaryPath, {maxBytes: settings.maxBytes}), path: glossaryPath} : undefined,
    // Each worker loads it once: the bundled lexicon, none, or the file given.
    lexicon: values['no-lexicon'] ? false : values.lexicon
  }
  return {mappings, task}
}

function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) throw new ClauseAlignError('usage', `--jobs must be a positive whole number, got \`${value}\``)
  return jobs
}

function formatOf(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text'
  throw new ClauseAlignError('usage', `--format must be one of text, json, got \`${value}\``)
}

export async function checkTreeCommand(files: readonly string[], values: TreeValues, settings: TreeSettings, io: Io): Promise<number> {
  const format = formatOf(values.format)
  const jobs = jobsOption(values.jobs)
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  const {mappings, task} = await resolveTree('check', files, values, settings)
  // A progress line only for a person watching: never in a log or a pipe.
  const progress = process.stderr.isTTY ? (done: number, total: number) => process.stderr.write(`\rclause-align: ${done}/${total} pairs`) : undefined
  tuneV8ForBatch()
  const tree = await checkTree({mappings, task, jobs, shard, onProgress: progress})
  if (progress && tree.results.length > 0) process.stderr.write('\r\x1b[K')
  io.stdout(format === 'json' ? JSON.stringify(tree.json, null, 2) + '\n' : treeReportText(tree.results, tree.missing, tree.orphans, {verbose: values.verbose}))
  return treeExitCode(tree.json, values.frail)
}

export async function staleCommand(files: readonly string[], values: TreeValues, settings: TreeSettings, io: Io): Promise<number> {
  const format = formatOf(values.format)
  const {mappings, task} = await resolveTree('stale', files, values, settings)
  const report = await staleTranslations(pairFiles(mappings).pairs, task)
  io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : staleReportText(report))
  return staleExitCode(report)
}

export function mergeCommand(files: readonly string[], values: TreeValues, maxBytes: number | undefined, io: Io): number {
  if (files.length === 0) throw new ClauseAlignError('usage', 'merge-reports takes the JSON reports of the shards')
  const reports = files.map((file) => {
    try {
      return {file, report: JSON.parse(readDocument(file, {maxBytes})) as unknown}
    } catch (error) {
      if (error instanceof SyntaxError) throw new ClauseAlignError('invalid-input', `not JSON (${error.message})`, file)
      throw error
    }
  })
  const merged = mergeReports(reports)
  io.stdout(JSON.stringify(merged, null, 2) + '\n')
  return treeExitCode(merged, values.frail)
}
