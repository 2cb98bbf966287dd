// Loads the shipped lexicon file. `loadLexicon` is pure (reads the file every call);
// `defaultLexicon` keeps one copy per process: the data never changes while running, and
// every caller of one process (tree mode's pairs, a linter's files) then shares its pages.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import {basename} from 'node:path'
import {isEncodedLexicon} from './format.js'
import {buildLexicon, openLexicon, type Lexicon} from './lexicon.js'
import {compileLexicon} from './compile.js'
import {decodeEdict, parseEdict} from './edict.js'
import {parseJmdict} from './jmdict.js'
import type {LexEntry} from './types.js'

export const LEXICON_FILE_NAME = 'lexicon.bin'

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

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b

/**
 * Reads a compiled lexicon file (`npm run build:lexicon`; gzipped or not). The shipped file is
 * not gzipped: unpacking it took longer than every look-up of a short document together, and
 * the npm tarball is compressed anyway.
 */
export function loadLexicon(path: string = defaultLexiconPath()): Lexicon {
  const bytes = readFileSync(path)
  return openLexicon(isGzip(bytes) ? gunzipSync(bytes) : bytes)
}

/**
 * The entries of a dictionary file as its publisher ships it: JMdict XML (the name says
 * `jmdict` or the text starts with `<?xml`) or EDICT/EDICT2 (EUC-JP, as EDRDG and Debian ship
 * it, or UTF-8), with a line saying where it came from.
 */
export function readDictionary(bytes: Uint8Array, name: string): {entries: LexEntry[]; source: string} {
  const head = new TextDecoder('utf-8', {fatal: false}).decode(bytes.subarray(0, 4096))
  const isXml = /jmdict/i.test(basename(name)) || head.trimStart().startsWith('<?xml')
  const isUtf8 = !new TextDecoder('utf-8').decode(bytes).includes('\uFFFD')
  const text = isXml || isUtf8 ? new TextDecoder('utf-8').decode(bytes) : decodeEdict(bytes)
  const entries = isXml ? parseJmdict(text) : parseEdict(text)
  const header = isXml ? text.slice(0, 20000) : text.slice(0, text.indexOf('\n'))
  const created = /Created: (\d{4}-\d\d-\d\d)/.exec(header)?.[1] ?? /<!-- JMdict created: (\d{4}-\d\d-\d\d)/.exec(header)?.[1] ?? 'unknown date'
  return {entries, source: `${isXml ? 'JMdict' : 'EDICT'} (EDRDG, CC BY-SA) ${basename(name)} created ${created}; compiled content-word subset`}
}

/**
 * A lexicon from any file a user may bring: a compiled clause-align lexicon (plain or gzipped),
 * or an EDICT/EDICT2/JMdict dictionary, compiled on the fly (a few seconds for the full EDICT).
 */
export function loadDictionaryFile(path: string): Lexicon {
  const bytes = readFileSync(path)
  if (isGzip(bytes) || isEncodedLexicon(bytes)) return loadLexicon(path)
  const {entries, source} = readDictionary(bytes, path)
  if (entries.length === 0) throw new Error(`${path}: no dictionary entries found (expected EDICT, JMdict XML or a clause-align lexicon)`)
  return buildLexicon(compileLexicon(entries, {source}))
}

let cached: Lexicon | undefined

/** The shipped lexicon, loaded on first use and kept for the life of the process. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon()
  return cached
}
