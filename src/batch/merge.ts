/**
 * Merging the JSON reports of the shards of one tree into the report the whole tree would have
 * given: the same pairs, missing and orphan pages, in the same (path) order. Refuses a set of
 * shards that is not complete, so that a lost CI job cannot pass for a clean one.
 */
import {ClauseAlignError} from '../tree/errors.js'
import {byPath} from './pairing.js'
import type {TreeReport} from './report.js'

export function mergeReports(reports: ReadonlyArray<{file: string; report: unknown}>): TreeReport {
  const seen = new Map<number, string>()
  let count: number | undefined
  const merged: TreeReport = {version: 1, pairs: [], missing: [], orphans: []}
  for (const {file, report} of reports) {
    const value = report as Partial<TreeReport> | null
    if (value?.version !== 1 || !Array.isArray(value.pairs) || !Array.isArray(value.missing) || !Array.isArray(value.orphans)) {
      throw new ClauseAlignError('invalid-input', 'not a clause-align tree report (version 1 with pairs, missing, orphans)', file)
    }
    const match = /^(\d+)\/(\d+)$/.exec(value.shard ?? '')
    if (!match) throw new ClauseAlignError('invalid-input', 'not the report of a shard (no `shard: "i/n"`)', file)
    const index = Number(match[1])
    const total = Number(match[2])
    if (count !== undefined && total !== count) throw new ClauseAlignError('invalid-input', `shard ${value.shard} does not belong with shards of ${count}`, file)
    if (seen.has(index)) throw new ClauseAlignError('invalid-input', `shard ${value.shard} given twice (also ${seen.get(index)})`, file)
    count = total
    seen.set(index, file)
    merged.pairs.push(...value.pairs)
    merged.missing.push(...value.missing)
    merged.orphans.push(...value.orphans)
  }
  if (count === undefined) throw new ClauseAlignError('usage', 'merge-reports takes the JSON reports of shards')
  const absent = Array.from({length: count}, (_, index) => index + 1).filter((index) => !seen.has(index))
  if (absent.length > 0) throw new ClauseAlignError('invalid-input', `shard${absent.length > 1 ? 's' : ''} ${absent.map((index) => `${index}/${count}`).join(', ')} missing`)
  merged.pairs.sort((a, b) => byPath(a.source, b.source))
  merged.missing.sort((a, b) => byPath(a.source, b.source))
  merged.orphans.sort((a, b) => byPath(a.target, b.target))
  return merged
}
