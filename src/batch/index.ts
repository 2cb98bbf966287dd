/**
 * Stage 5, batches: takes whole trees of pages and their translations (two folders, or path
 * patterns from a config file) and gives one report for the tree — pairing, config, a worker
 * pool, shards and their merge — and the stale-translation report from git history.
 */
export {directoryMapping, markdownExtensions, pairFiles} from './pairing.js'
export type {Pair, Pairing, PathMapping} from './pairing.js'
export {findConfig} from './config.js'
export type {FoundConfig, TreeConfig} from './config.js'
export {checkPair} from './pair.js'
export type {PairResult, PairTask, PlainMessage} from './pair.js'
export {runPool, workerUrl} from './pool.js'
export type {PoolOptions} from './pool.js'
export {inShard, parseShard, shardOf, shardToString} from './shard.js'
export type {Shard} from './shard.js'
export {checkTree} from './tree.js'
export type {TreeOptions, TreeResult} from './tree.js'
export {treeExitCode, treeReportJson, treeReportText} from './report.js'
export type {TreeReport, TreeReportPair} from './report.js'
export {mergeReports} from './merge.js'
export {staleExitCode, staleReportText, staleTranslations} from './stale.js'
export type {StalePage, StaleReport, StaleRevision, StaleUnit} from './stale.js'
