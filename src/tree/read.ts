/**
 * Reading a document from disk with the guards a QA tool needs: a clear error naming the file
 * for a missing path, a directory, a file over the size limit, binary content or invalid UTF-8
 * (with the byte offset of the first bad byte). Other encodings are in `encoding.ts`.
 */
import {readFileSync, statSync} from 'node:fs'
import {ClauseAlignError} from './errors.js'
import {bomEncoding, decodeAs, encodingOf, withEncodingHint} from './encoding.js'

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 16 MiB). */
  maxBytes?: number | null | undefined
  /**
   * The file's encoding (`utf-8`, `utf-16le`, `utf-16be`, `shift_jis`, `euc-jp`, or a common
   * alias such as `sjis`). Default: UTF-16 when a byte order mark says so, else UTF-8.
   */
  encoding?: string | null | undefined
}

export const defaultMaxBytes = 16 * 1024 * 1024

/** Read a UTF-8 Markdown file, or throw a `ClauseAlignError` that names it and the problem. */
export function readDocument(path: string, options?: ReadOptions | null | undefined): string {
  const maxBytes = options?.maxBytes ?? defaultMaxBytes
  const given = options?.encoding ? encodingOf(options.encoding) : undefined
  let stats
  try {
    stats = statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ClauseAlignError('file-not-found', 'no such file', path)
    throw new ClauseAlignError('unreadable', `cannot read file (${code ?? 'unknown error'})`, path)
  }
  if (stats.isDirectory()) throw new ClauseAlignError('not-a-file', 'is a directory, expected a Markdown file', path)
  if (!stats.isFile()) throw new ClauseAlignError('not-a-file', 'is not a regular file', path)
  if (stats.size > maxBytes) {
    throw new ClauseAlignError('too-large', `file is ${stats.size} bytes, over the limit of ${maxBytes} bytes`, path)
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new ClauseAlignError('unreadable', `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, path)
  }
  const encoding = given ?? bomEncoding(bytes)
  if (encoding && encoding !== 'utf-8') return decodeAs(bytes, encoding, path)
  try {
    return decodeUtf8(bytes, path)
  } catch (error) {
    // Not UTF-8 and nobody said otherwise: name the likely Japanese encoding, if any.
    throw given ? error : withEncodingHint(error, bytes)
  }
}

/** Decode UTF-8 bytes, rejecting binary data and invalid sequences with their byte offset. */
export function decodeUtf8(bytes: Uint8Array, path?: string | undefined): string {
  const nul = bytes.indexOf(0)
  if (nul >= 0) throw new ClauseAlignError('binary', `binary data (NUL byte at byte offset ${nul}), expected UTF-8 text`, path)
  const bad = firstInvalidUtf8(bytes)
  if (bad >= 0) throw new ClauseAlignError('not-utf8', `invalid UTF-8 at byte offset ${bad}`, path)
  // The byte order mark is kept: positions count it, as they do for parse() of the file's text.
  return new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    let length: number
    let min: number
    if (byte < 0x80) {
      index++
      continue
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2
      min = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3
      min = 0x800
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4
      min = 0x10000
    } else {
      return index
    }
    if (index + length > bytes.length) return index
    let codePoint = byte & (0xff >> (length + 1))
    for (let k = 1; k < length; k++) {
      const next = bytes[index + k]
      if ((next & 0xc0) !== 0x80) return index
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index
    index += length
  }
  return -1
}
