// The shipped file format: one binary block that is used where it lies. Loading it is a file
// read and a dozen typed-array views; nothing is decoded until a word is looked up, so a
// process pays for the words its documents contain, not for the 240,000 forms of the file.
//
//   bytes 0–23   "clause-align-lexicon 2\n\0"
//   bytes 24–27  length of the JSON header in bytes (uint32, little-endian)
//   then         the JSON header (UTF-8), padded with spaces to a multiple of 4 bytes
//   then         the sections below, in this order, each padded to a multiple of 4 bytes:
//     formOffsets  uint32 × (forms + 1)   form i is formChars[formOffsets[i] … formOffsets[i + 1])
//     formChars    uint16 × formChars     UTF-16 code units, forms sorted as JS compares strings
//     linkOffsets  uint32 × (forms + 1)   form i links to lemma ids links[linkOffsets[i] …]
//     links        uint32 × links         ascending within a form
//     lemmaOffsets uint32 × (lemmas + 1), lemmaChars uint16 × lemmaChars   sorted lemma table
//     keyOffsets   uint32 × (keys + 1),   keyChars uint16 × keyChars       sorted family keys
//     keyOf        uint32 × lemmas        lemma id → key id
//     keyFormCount uint32 × keys          forms linked to each key (rarity)
//
// The family keys (english.ts `stemKey`) and the rarity counts are worked out when the file is
// written, not at every start; a test checks that the shipped keys still match `stemKey`.
import {formLinks, type CompiledLexicon} from './compile.js'
import {stemKey} from './english.js'

const MAGIC = 'clause-align-lexicon 2\n\0'
const HEADER_START = 28

/** A sorted table of strings kept as UTF-16 code units: string i is `chars[offsets[i] … offsets[i + 1])`. */
export interface StringTable {
  readonly offsets: Uint32Array
  readonly chars: Uint16Array
}

/** Everything the file holds, as views into its bytes. */
export interface LexiconTables {
  /** Free text about where the data came from. */
  readonly source: string
  /** How many dictionary entries contributed. */
  readonly entryCount: number
  /** Longest form, bounding the segmenter's look-ahead. */
  readonly maxFormLength: number
  readonly forms: StringTable
  /** Form i links to lemma ids `links[linkOffsets[i]] … links[linkOffsets[i + 1] - 1]`. */
  readonly linkOffsets: Uint32Array
  readonly links: Uint32Array
  readonly lemmas: StringTable
  readonly keys: StringTable
  readonly keyOf: Uint32Array
  readonly keyFormCount: Uint32Array
}

interface Header {
  source: string
  entryCount: number
  maxFormLength: number
  counts: {forms: number; formChars: number; links: number; lemmas: number; lemmaChars: number; keys: number; keyChars: number}
}

export function isEncodedLexicon(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_START && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).toString('latin1') === MAGIC
}

function table(strings: readonly string[]): StringTable {
  const offsets = new Uint32Array(strings.length + 1)
  let length = 0
  strings.forEach((value, index) => {
    offsets[index] = length
    length += value.length
  })
  offsets[strings.length] = length
  const chars = new Uint16Array(length)
  strings.forEach((value, index) => {
    for (let k = 0; k < value.length; k++) chars[offsets[index] + k] = value.charCodeAt(k)
  })
  return {offsets, chars}
}

/** The binary form of a compiled lexicon (see the layout above). */
export function encodeLexicon(compiled: CompiledLexicon): Uint8Array {
  const lemmaSet = new Set(compiled.lemmas)
  const keyOfLemma = compiled.lemmas.map((lemma) => stemKey(lemma, (word) => lemmaSet.has(word)))
  const keys = [...new Set(keyOfLemma)].sort()
  const keyIds = new Map(keys.map((key, id) => [key, id]))
  const keyOf = Uint32Array.from(keyOfLemma, (key) => keyIds.get(key)!)
  const keyFormCount = new Uint32Array(keys.length)
  // lastForm[key] = last form counted for that key, so a form with two lemmas of one family
  // (promote, promotion) counts once.
  const lastForm = new Int32Array(keys.length).fill(-1)
  let maxFormLength = 0
  compiled.forms.forEach((form, index) => {
    maxFormLength = Math.max(maxFormLength, form.length)
    for (const lemma of formLinks(compiled, index)) {
      const key = keyOf[lemma]
      if (lastForm[key] !== index) {
        lastForm[key] = index
        keyFormCount[key]++
      }
    }
  })
  const forms = table(compiled.forms)
  const lemmas = table(compiled.lemmas)
  const keyTable = table(keys)
  const header: Header = {
    source: compiled.source,
    entryCount: compiled.entryCount,
    maxFormLength,
    counts: {
      forms: compiled.forms.length,
      formChars: forms.chars.length,
      links: compiled.ids.length,
      lemmas: compiled.lemmas.length,
      lemmaChars: lemmas.chars.length,
      keys: keys.length,
      keyChars: keyTable.chars.length
    }
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const sections: ArrayBufferView[] = [forms.offsets, forms.chars, compiled.offsets, compiled.ids, lemmas.offsets, lemmas.chars, keyTable.offsets, keyTable.chars, keyOf, keyFormCount]
  const padded = (length: number) => (length + 3) & ~3
  const jsonLength = padded(json.length)
  const size = HEADER_START + jsonLength + sections.reduce((sum, section) => sum + padded(section.byteLength), 0)
  const out = Buffer.alloc(size, 0)
  out.write(MAGIC, 0, 'latin1')
  out.writeUInt32LE(json.length, 24)
  json.copy(out, HEADER_START)
  out.fill(0x20, HEADER_START + json.length, HEADER_START + jsonLength)
  let at = HEADER_START + jsonLength
  for (const section of sections) {
    const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength)
    if (littleEndian) bytes.copy(out, at)
    else swapInto(section, out, at)
    at += padded(section.byteLength)
  }
  return out
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Writes a typed array little-endian on a big-endian machine. */
function swapInto(section: ArrayBufferView, out: Buffer, at: number): void {
  const width = section instanceof Uint16Array ? 2 : 4
  const values = section as Uint16Array | Uint32Array
  for (let k = 0; k < values.length; k++) {
    if (width === 2) out.writeUInt16LE(values[k], at + 2 * k)
    else out.writeUInt32LE(values[k], at + 4 * k)
  }
}

/** Views into an encoded lexicon: no copy (unless the bytes are misaligned or the machine big-endian). */
export function decodeLexicon(input: Uint8Array): LexiconTables {
  if (!isEncodedLexicon(input)) {
    const head = Buffer.from(input.buffer, input.byteOffset, Math.min(40, input.length)).toString('latin1').split('\n')[0]
    throw new Error(`not a clause-align lexicon (version 2) (starts with ${JSON.stringify(head)})`)
  }
  // Typed-array views need their element alignment; a Buffer from the pool may not have it.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const jsonLength = view.getUint32(24, true)
  if (HEADER_START + jsonLength > bytes.byteLength) throw new Error('clause-align lexicon: file is truncated')
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + HEADER_START, jsonLength).toString('utf8')) as Header
  const {counts} = header
  let at = HEADER_START + ((jsonLength + 3) & ~3)
  const take = <T extends Uint16Array | Uint32Array>(kind: 'u16' | 'u32', length: number): T => {
    const width = kind === 'u16' ? 2 : 4
    if (at + length * width > bytes.byteLength) throw new Error('clause-align lexicon: file is truncated')
    let result: Uint16Array | Uint32Array
    if (littleEndian) {
      result = kind === 'u16' ? new Uint16Array(bytes.buffer, bytes.byteOffset + at, length) : new Uint32Array(bytes.buffer, bytes.byteOffset + at, length)
    } else {
      result = kind === 'u16' ? new Uint16Array(length) : new Uint32Array(length)
      for (let k = 0; k < length; k++) result[k] = kind === 'u16' ? view.getUint16(at + 2 * k, true) : view.getUint32(at + 4 * k, true)
    }
    at += (length * width + 3) & ~3
    return result as T
  }
  const stringTable = (count: number, chars: number): StringTable => ({offsets: take('u32', count + 1), chars: take('u16', chars)})
  const forms = stringTable(counts.forms, counts.formChars)
  const linkOffsets = take<Uint32Array>('u32', counts.forms + 1)
  const links = take<Uint32Array>('u32', counts.links)
  const lemmas = stringTable(counts.lemmas, counts.lemmaChars)
  const keys = stringTable(counts.keys, counts.keyChars)
  const keyOf = take<Uint32Array>('u32', counts.lemmas)
  const keyFormCount = take<Uint32Array>('u32', counts.keys)
  return {source: header.source, entryCount: header.entryCount, maxFormLength: header.maxFormLength, forms, linkOffsets, links, lemmas, keys, keyOf, keyFormCount}
}
