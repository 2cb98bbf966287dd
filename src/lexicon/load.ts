// Loads the shipped lexicon file. `loadLexicon` is pure (reads and builds every call);
// `defaultLexicon` keeps one copy per process because building takes a noticeable
// fraction of a second and the data never changes while running.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import {parseLexicon} from './format.js'
import {buildLexicon, type Lexicon} from './lexicon.js'

export const LEXICON_FILE_NAME = 'lexicon.txt.gz'

/**
 * Where the shipped file is: the bundle lives in `dist/` (one level below the package
 * root) while tests run the sources from `src/lexicon/` (two levels), so both are tried.
 */
export function defaultLexiconPath(): string {
  const candidates = [`../data/${LEXICON_FILE_NAME}`, `../../data/${LEXICON_FILE_NAME}`].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url))
  )
  const found = candidates.find((path) => existsSync(path))
  if (!found) throw new Error(`lexicon data not found; looked at ${candidates.join(', ')}`)
  return found
}

/** Reads a lexicon file (gzipped or plain, told apart by the gzip magic bytes). */
export function loadLexicon(path: string = defaultLexiconPath()): Lexicon {
  const bytes = readFileSync(path)
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')
  return buildLexicon(parseLexicon(text))
}

let cached: Lexicon | undefined

/** The shipped lexicon, loaded on first use and kept for the life of the process. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon()
  return cached
}
