// Reads JMdict XML (the dictionary EDICT is generated from) into the same plain entries
// as the EDICT reader, for users who bring a newer dictionary. A regex reader over one
// <entry> at a time is enough: JMdict is flat, has no CDATA, and spells POS as entities.
import type {LexEntry, Sense} from './types.js'

const XML_ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

/**
 * Resolves character references and the five XML entities; any other named entity
 * (`&n;`, `&v5r;`, `&uk;` — declared in JMdict's DTD with long descriptions) becomes
 * its own name, which is exactly the short tag EDICT uses.
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z][\w.-]*);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return XML_ENTITIES[name] ?? name
  })
}

function texts(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g')
  return [...xml.matchAll(pattern)].map((match) => decodeXmlText(match[1]).trim())
}

/** English glosses only: JMdict marks other languages with xml:lang (absent means English). */
function englishGlosses(sense: string): string[] {
  const glosses: string[] = []
  for (const match of sense.matchAll(/<gloss(\s[^>]*)?>([\s\S]*?)<\/gloss>/g)) {
    const lang = /xml:lang="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? 'eng'
    if (lang !== 'eng' && lang !== 'en') continue
    const gloss = decodeXmlText(match[2]).replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim()
    if (gloss !== '') glosses.push(gloss)
  }
  return glosses
}

/** Parses one `<entry>…</entry>` element; undefined when it has no English gloss. */
export function parseJmdictEntry(xml: string): LexEntry | undefined {
  const headwords = texts(xml, 'keb')
  const readings = texts(xml, 'reb')
  const common = /<(?:ke_pri|re_pri)>(?:news1|ichi1|spec1|spec2|gai1)<\/(?:ke_pri|re_pri)>/.test(xml)
  const id = texts(xml, 'ent_seq')[0]
  const senses: Sense[] = []
  // JMdict: "where a sense has no <pos>, the previous sense's POS applies".
  let pos: string[] = []
  for (const match of xml.matchAll(/<sense>([\s\S]*?)<\/sense>/g)) {
    const own = texts(match[1], 'pos')
    if (own.length > 0) pos = own
    const glosses = englishGlosses(match[1])
    if (glosses.length > 0) senses.push({pos, misc: texts(match[1], 'misc'), glosses})
  }
  if (senses.length === 0 || headwords.length + readings.length === 0) return undefined
  return id === undefined ? {headwords, readings, senses, common} : {headwords, readings, senses, common, id}
}

/** Parses a whole JMdict document held in memory. */
export function parseJmdict(xml: string): LexEntry[] {
  const entries: LexEntry[] = []
  for (const match of xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)) {
    const entry = parseJmdictEntry(match[0])
    if (entry) entries.push(entry)
  }
  return entries
}

/**
 * Streams entries from text chunks (e.g. `createReadStream(path, 'utf8')`), so the
 * 100+ MB JMdict file never has to be one string; only the unfinished tail is kept.
 */
export async function* streamJmdict(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<LexEntry> {
  let buffer = ''
  for await (const chunk of chunks) {
    buffer += chunk
    const end = buffer.lastIndexOf('</entry>')
    if (end < 0) continue
    const complete = buffer.slice(0, end + '</entry>'.length)
    buffer = buffer.slice(end + '</entry>'.length)
    for (const entry of parseJmdict(complete)) yield entry
  }
}
