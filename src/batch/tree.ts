/**
 * Checking a whole tree: pair the pages, keep this shard's, check every pair on the worker pool
 * and give the report. The order of the report is the pairs' (by path), never the order in which
 * workers finish.
 */
import {pairFiles, type Pair, type PathMapping} from './pairing.js'
import {inShard, shardToString, type Shard} from './shard.js'
import {runPool, workerUrl} from './pool.js'
import type {PairResult, PairTask} from './pair.js'
import {treeReportJson, type TreeReport} from './report.js'

export interface TreeOptions {
  mappings: readonly PathMapping[]
  /** What the mappings' paths are relative to (default: the working directory). */
  base?: string | undefined
  /** Settings of every pair (files, languages, rules, glossary). */
  task?: Omit<PairTask, 'source' | 'target'> | undefined
  jobs?: number | undefined
  shard?: Shard | undefined
  onProgress?: ((done: number, total: number) => void) | undefined
}

export interface TreeResult {
  results: PairResult[]
  missing: Pair[]
  orphans: Pair[]
  json: TreeReport
}

export async function checkTree(options: TreeOptions): Promise<TreeResult> {
  const pairing = pairFiles(options.mappings, options.base)
  const pairs = pairing.pairs.filter((pair) => inShard(pair.key, options.shard))
  const missing = pairing.missing.filter((pair) => inShard(pair.key, options.shard))
  const orphans = pairing.orphans.filter((pair) => inShard(pair.key, options.shard))
  const tasks: PairTask[] = pairs.map((pair) => ({...options.task, source: pair.source, target: pair.target}))
  const results = await runPool<PairTask, PairResult>(workerUrl, tasks, {jobs: options.jobs, onProgress: options.onProgress})
  const json = treeReportJson(results, missing, orphans, options.shard ? shardToString(options.shard) : undefined)
  return {results, missing, orphans, json}
}
