/**
 * Text encodings other than UTF-8: UTF-16 found by its byte order mark, Shift_JIS and EUC-JP
 * when the caller names them, and a guess at which of the two a file is when it is not UTF-8 and
 * nobody said, so that the error can say what to pass. Decoding is the platform's `TextDecoder`
 * (Node's full ICU knows all of these), so no dependency is needed.
 */
import {ClauseAlignError} from './errors.js'

/** The encodings `readDocument` accepts, by their WHATWG names. */
export const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp'] as const
export type Encoding = (typeof encodings)[number]

/** Other spellings people type, mapped to the names above (TextDecoder labels, lower case). */
const aliases: Record<string, Encoding> = {
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
  'ms932': 'shift_jis',
  eucjp: 'euc-jp',
  euc_jp: 'euc-jp'
}

/** The canonical name of an encoding label, or a `ClauseAlignError` listing what is accepted. */
export function encodingOf(label: string): Encoding {
  const lower = label.trim().toLowerCase()
  if ((encodings as readonly string[]).includes(lower)) return lower as Encoding
  const alias = aliases[lower]
  if (alias) return alias
  throw new ClauseAlignError('invalid-option', `unknown encoding \`${label}\`, expected one of ${encodings.join(', ')}`)
}

/** UTF-16 announced by a byte order mark (UTF-8's own mark is left to `decodeUtf8`). */
export function bomEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * Decode bytes in an encoding other than UTF-8. A leading UTF-16 mark is dropped (as a UTF-8
 * file without one would read); NUL characters are refused after decoding, since UTF-16 text is
 * full of NUL bytes.
 */
export function decodeAs(bytes: Uint8Array, encoding: Encoding, path?: string | undefined): string {
  let text: string
  try {
    text = new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    throw new ClauseAlignError('not-utf8', `invalid ${encoding} at byte offset ${firstInvalid(bytes, encoding)}`, path)
  }
  const nul = text.indexOf('\0')
  if (nul >= 0) throw new ClauseAlignError('binary', `binary data (NUL character at offset ${nul}), expected ${encoding} text`, path)
  return text
}

/**
 * The shortest prefix that does not decode, found by halving: a streaming decode tolerates a
 * sequence cut at the end, so a prefix fails exactly when it holds a bad byte. Only runs on the
 * error path.
 */
function firstInvalid(bytes: Uint8Array, encoding: Encoding): number {
  const fails = (length: number) => {
    try {
      new TextDecoder(encoding, {fatal: true}).decode(bytes.subarray(0, length), {stream: true})
      return false
    } catch {
      return true
    }
  }
  if (!fails(bytes.length)) return bytes.length
  let low = 0
  let high = bytes.length
  while (high - low > 1) {
    const middle = (low + high) >>> 1
    if (fails(middle)) high = middle
    else low = middle
  }
  return low
}

const kana = /[\u3040-\u30ff]/g
const halfWidthKana = /[\uff61-\uff9f]/g
const nonAscii = /[^\0-\x7f]/g

/**
 * Which Japanese legacy encoding the bytes most likely are, or undefined. Each candidate must
 * decode without error, and the text must read as Japanese: full-width kana make up a good share
 * of the non-ASCII characters (Japanese prose is roughly half kana), while half-width kana, which
 * the wrong decoder tends to produce, stay rare. Latin-1 accents fail both tests.
 */
export function guessJapaneseEncoding(bytes: Uint8Array): Encoding | undefined {
  let best: {encoding: Encoding; score: number} | undefined
  for (const encoding of ['shift_jis', 'euc-jp'] as const) {
    let text: string
    try {
      text = new TextDecoder(encoding, {fatal: true}).decode(bytes)
    } catch {
      continue
    }
    const others = text.match(nonAscii)?.length ?? 0
    if (others === 0) continue
    const score = ((text.match(kana)?.length ?? 0) - (text.match(halfWidthKana)?.length ?? 0)) / others
    if (score >= 0.2 && (!best || score > best.score)) best = {encoding, score}
  }
  return best?.encoding
}

/** A `not-utf8` error with the likely encoding and what to pass, when there is a likely one. */
export function withEncodingHint(error: unknown, bytes: Uint8Array): unknown {
  if (!(error instanceof ClauseAlignError) || error.code !== 'not-utf8') return error
  const guess = guessJapaneseEncoding(bytes)
  if (!guess) return error
  const detail = error.message.slice(error.file ? error.file.length + 2 : 0)
  return new ClauseAlignError('not-utf8', `${detail}; it looks like ${guess === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP'} (try --encoding ${guess})`, error.file)
}
