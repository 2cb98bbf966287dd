/**
 * Sharding a tree across CI jobs: `--shard i/n` keeps the pages whose key hashes to `i`. Hashing
 * the page's name, not its place in the list, keeps every other page in its shard when pages
 * are added or removed.
 */
import {createHash} from 'node:crypto'
import {ClauseAlignError} from '../tree/errors.js'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ClauseAlignError('usage', `--shard takes i/n with 1 ≤ i ≤ n, got \`${text}\``)
  }
  return {index, count}
}

export const shardToString = (shard: Shard) => `${shard.index}/${shard.count}`

/** The shard (1-based) a key belongs to among `count`: the first 32 bits of its SHA-1. */
export function shardOf(key: string, count: number): number {
  return (createHash('sha1').update(key).digest().readUInt32BE(0) % count) + 1
}

export const inShard = (key: string, shard: Shard | undefined) => !shard || shardOf(key, shard.count) === shard.index
