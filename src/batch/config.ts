/**
 * The project's clause-align settings for whole trees, found from the working directory up:
 * `clause-align.config.json`, `clause-align.config.mjs` (its default export) or a `clause-align`
 * key in `package.json`, the first one found. Paths in it are relative to the file it is in.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {ClauseAlignError} from '../tree/errors.js'
import type {PathMapping} from './pairing.js'

export interface TreeConfig {
  /** Source ↔ translation path patterns, each with one `{path}`. */
  pairs?: PathMapping[]
  /** A glossary TSV for every pair. */
  glossary?: string
  /** The translations' encoding (as `--encoding`). */
  encoding?: string
}

export interface FoundConfig {
  /** The file the settings came from. */
  file: string
  /** Its directory: what the paths in it are relative to. */
  dir: string
  config: TreeConfig
}

const names = ['clause-align.config.json', 'clause-align.config.mjs', 'package.json'] as const

/** The nearest config at or above `cwd`, or undefined when there is none. */
export async function findConfig(cwd = process.cwd()): Promise<FoundConfig | undefined> {
  let dir = path.resolve(cwd)
  for (;;) {
    for (const name of names) {
      const file = path.join(dir, name)
      if (!existsSync(file)) continue
      const config = await load(file, name)
      if (config) return {file, dir, config: validate(config, file)}
    }
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

async function load(file: string, name: (typeof names)[number]): Promise<unknown> {
  try {
    if (name === 'clause-align.config.mjs') return ((await import(pathToFileURL(file).href)) as {default?: unknown}).default
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    // A package.json without our key is not a config: keep looking further up.
    return name === 'package.json' ? json['clause-align'] : json
  } catch (error) {
    throw new ClauseAlignError('invalid-option', `cannot read the config (${error instanceof Error ? error.message : String(error)})`, file)
  }
}

/** Check the shape by hand: the config is small and the messages should name the field. */
function validate(value: unknown, file: string): TreeConfig {
  const fail = (message: string): never => {
    throw new ClauseAlignError('invalid-option', message, file)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('the config must be an object')
  const config = value as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!['pairs', 'glossary', 'encoding'].includes(key)) fail(`unknown config key \`${key}\` (expected pairs, glossary, encoding)`)
  }
  if (config.pairs !== undefined) {
    if (!Array.isArray(config.pairs)) fail('`pairs` must be an array of {source, target}')
    for (const pair of config.pairs as unknown[]) {
      const entry = pair as Record<string, unknown> | null
      if (typeof entry?.source !== 'string' || typeof entry.target !== 'string') fail('each of `pairs` needs `source` and `target` path patterns')
    }
  }
  for (const key of ['glossary', 'encoding'] as const) {
    if (config[key] !== undefined && typeof config[key] !== 'string') fail(`\`${key}\` must be a string`)
  }
  return config as TreeConfig
}
