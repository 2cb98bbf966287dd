/**
 * Pairing the pages of a source tree with their translations: by relative path (two
 * directories), or by path patterns with a `{path}` placeholder (`docs/{path}.md` ↔
 * `i18n/ja/docusaurus-plugin-content-docs/current/{path}.md`). What pairs is a `key` (the part the
 * placeholder matched), so a page with no translation and a translation with no source fall out
 * of the same comparison.
 */
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {ClauseAlignError} from '../tree/errors.js'

/** A mapping from source paths to target paths, relative to `base`; each has one `{path}`. */
export interface PathMapping {
  source: string
  target: string
}

export interface Pair {
  /** What the `{path}` placeholder matched: the page's name in both trees. */
  key: string
  source: string
  target: string
}

export interface Pairing {
  /** Source pages with a translation, by source path. */
  pairs: Pair[]
  /** Source pages without a translation (`target` is where it was expected). */
  missing: Pair[]
  /** Translations without a source page (`source` is where it was expected). */
  orphans: Pair[]
}

/** Files treated as Markdown pages. MDX is left out: remark-parse does not read JSX. */
export const markdownExtensions = ['.md', '.markdown'] as const

const isMarkdown = (file: string) => markdownExtensions.some((extension) => file.toLowerCase().endsWith(extension))

/** Plain code-unit order: the same on every machine and locale, so reports are byte-stable. */
export const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Two directories paired by relative path. */
export function directoryMapping(sourceDir: string, targetDir: string): PathMapping {
  for (const dir of [sourceDir, targetDir]) {
    if (!isDirectory(dir)) throw new ClauseAlignError('file-not-found', 'no such directory', dir)
  }
  return {source: joinPattern(sourceDir), target: joinPattern(targetDir)}
}

const joinPattern = (dir: string) => (dir.endsWith('/') ? dir : `${dir}/`) + '{path}'

/**
 * Pair the files the mappings find. Paths in the result are `base`-relative joins as written in
 * the mapping (so relative when the mapping is). A page found by several mappings counts once.
 */
export function pairFiles(mappings: readonly PathMapping[], base = '.'): Pairing {
  const pairs = new Map<string, Pair>()
  const missing = new Map<string, Pair>()
  const orphans = new Map<string, Pair>()
  for (const mapping of mappings) {
    const source = compile(mapping.source)
    const target = compile(mapping.target)
    // A translation inside the source tree (docs/ja/…, or docs/x.ja.md beside docs/x.md) is
    // not a source page.
    const sources = listMatches(source, base, (file) => target.match(file) === undefined)
    const targets = listMatches(target, base, () => true)
    for (const [key, file] of sources) {
      const expected = target.fill(key)
      const entry = {key, source: file, target: targets.get(key) ?? expected}
      if (targets.has(key)) pairs.set(entry.source, entry)
      else missing.set(entry.source, entry)
    }
    for (const [key, file] of targets) {
      if (!sources.has(key)) orphans.set(file, {key, source: source.fill(key), target: file})
    }
  }
  const sorted = (map: Map<string, Pair>, field: 'source' | 'target') => [...map.values()].sort((a, b) => byPath(a[field], b[field]))
  return {pairs: sorted(pairs, 'source'), missing: sorted(missing, 'source'), orphans: sorted(orphans, 'target')}
}

interface Pattern {
  /** The directory to walk: the pattern's literal part up to the last `/` before `{path}`. */
  root: string
  match: (file: string) => string | undefined
  fill: (key: string) => string
}

function compile(pattern: string): Pattern {
  const parts = pattern.split('{path}')
  if (parts.length !== 2) throw new ClauseAlignError('invalid-option', `a path pattern needs exactly one \`{path}\`, got \`${pattern}\``)
  const [before, after] = parts as [string, string]
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const regex = new RegExp(`^${escape(before)}(.+)${escape(after)}$`)
  const slash = before.lastIndexOf('/')
  return {
    root: slash >= 0 ? before.slice(0, slash + 1) : '',
    match: (file) => regex.exec(file)?.[1],
    fill: (key) => before + key + after
  }
}

/** Markdown files under the pattern's root, as key → path (written as the pattern writes it). */
function listMatches(pattern: Pattern, base: string, keep: (file: string) => boolean): Map<string, string> {
  const found = new Map<string, string>()
  const walk = (dir: string) => {
    const full = path.resolve(base, dir || '.')
    let entries
    try {
      entries = readdirSync(full, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of entries) {
      // Dependencies and dot folders (.git, .docusaurus) hold no pages of the project.
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const file = dir + entry.name
      if (entry.isDirectory()) {
        walk(`${file}/`)
      } else if (entry.isFile() && isMarkdown(file) && keep(file)) {
        const key = pattern.match(file)
        if (key !== undefined) found.set(key, file)
      }
    }
  }
  walk(pattern.root)
  return found
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}
