// Reads EDICT / EDICT2 text (the format of Debian's `edict` package) into plain entries.
// One line is one entry: `漢字;漢字2 [かな;かな2] /(pos) (1) gloss/gloss/(2) gloss/EntL1234X/`.
// The older EDICT1 layout (one headword per line, no EntL id) is a subset of that.
import type {LexEntry, Sense} from './types.js'

/**
 * Tags EDICT writes in parentheses that name a part of speech. Anything else in
 * leading parentheses (`uk`, `arch`, `comp`, `1`…) is kept as `misc` or dropped.
 * Listed rather than guessed so that a gloss starting with "(something)" is not
 * mistaken for a tag.
 */
const POS_PATTERN = /^(?:n|n-adv|n-t|n-pref|n-suf|n-pr|pn|vs|vs-s|vs-i|vs-c|vk|vz|vn|vr|vi|vt|v1|v1-s|v2[a-z]-[ks]|v4[a-z]|v5[a-z](?:-s|-i)?|v5aru|v5uru|v5k-s|adj-i|adj-ix|adj-na|adj-no|adj-pn|adj-t|adj-f|adj-ku|adj-shiku|adj-nari|adv|adv-to|aux|aux-v|aux-adj|conj|cop|cop-da|ctr|exp|int|num|pref|prt|suf|unc)$/

/** Misc tags worth keeping: they change how a form is used for matching. */
const MISC_PATTERN = /^(?:uk|uK|abbr|arch|obs|obsc|rare|col|sl|hon|hum|pol|vulg|derog|id|yoji|proverb|ik|iK|ok|oK|io|ateji|gikun|on-mim|[a-zA-Z][a-zA-Z-]*)$/

const ENTL = /^EntL\d+X?$/

/** Decodes EDICT bytes. The distributed files are EUC-JP; Node's full-ICU TextDecoder reads it. */
export function decodeEdict(bytes: Uint8Array, encoding = 'euc-jp'): string {
  return new TextDecoder(encoding).decode(bytes)
}

/** Splits `漢字(P);別形(iK)` into forms and reports whether any carried `(P)`. */
function splitForms(field: string): {forms: string[]; common: boolean} {
  let common = false
  const forms: string[] = []
  for (const raw of field.split(';')) {
    // EDICT2 appends per-form tags (`(P)`, `(iK)`) and reading restrictions (`(漢字)`).
    const tags = [...raw.matchAll(/\(([^)]*)\)/g)].map((match) => match[1])
    if (tags.includes('P')) common = true
    const form = raw.replace(/\([^)]*\)/g, '').trim()
    if (form !== '') forms.push(form)
  }
  return {forms, common}
}

/** Removes parenthesised notes and collapses white space; an empty result means "no gloss". */
export function cleanGloss(gloss: string): string {
  let text = gloss
  // Nested parentheses occur ("(esp. (of) something)"); strip innermost first until stable.
  for (let previous = ''; previous !== text; ) {
    previous = text
    text = text.replace(/\([^()]*\)/g, ' ')
  }
  return text.replace(/\{[^}]*\}/g, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * Parses one EDICT line. Returns undefined for the header line, blank lines and
 * lines that do not have the `forms /glosses/` shape, so a caller can map over a
 * whole file without a try/catch.
 */
export function parseEdictLine(line: string): LexEntry | undefined {
  const text = line.trim()
  const slash = text.indexOf('/')
  if (slash <= 0) return undefined
  const head = text.slice(0, slash).trim()
  // The first line of every EDICT file is a header whose headword is "　？？？".
  if (head.startsWith('？？？') || head === '') return undefined
  const bracket = /^(\S+)(?:\s+\[([^\]]*)\])?$/.exec(head)
  if (!bracket) return undefined
  const written = splitForms(bracket[1])
  const read = bracket[2] === undefined ? {forms: [], common: false} : splitForms(bracket[2])
  // A kana-only line has its kana in the headword slot and no brackets; JMdict has no
  // <keb> for such words, so both readers return them as readings with no headword.
  const kanaOnly = bracket[2] === undefined
  const headwords = kanaOnly ? [] : written.forms
  const readings = kanaOnly ? written.forms : read.forms

  const fields = text.slice(slash + 1).split('/').map((field) => field.trim()).filter((field) => field !== '')
  const senses: Sense[] = []
  let pos: string[] = []
  let misc: string[] = []
  let glosses: string[] = []
  let common = written.common || read.common
  let id: string | undefined
  const flush = (): void => {
    if (glosses.length > 0) senses.push({pos, misc, glosses})
    glosses = []
    misc = []
  }
  for (const field of fields) {
    if (ENTL.test(field)) {
      id = field
      continue
    }
    if (field === '(P)') {
      common = true
      continue
    }
    // Leading parenthesised groups are tags: "(n,vs) (1) (uk) text".
    let rest = field
    let startsSense = false
    const fieldPos: string[] = []
    const fieldMisc: string[] = []
    for (let match = /^\(([^()]*)\)\s*/.exec(rest); match; match = /^\(([^()]*)\)\s*/.exec(rest)) {
      const tags = match[1].split(',').map((tag) => tag.trim())
      if (tags.every((tag) => /^\d+$/.test(tag))) startsSense = true
      else if (tags.every((tag) => POS_PATTERN.test(tag))) fieldPos.push(...tags)
      else if (tags.length === 1 && MISC_PATTERN.test(tags[0]) && !/\s/.test(match[1])) fieldMisc.push(tags[0])
      else break // "(something) meaning": a note that belongs to the gloss, removed by cleanGloss
      rest = rest.slice(match[0].length)
    }
    // A new sense starts at "(2)", or when a gloss brings its own POS after glosses were read.
    if (startsSense || (fieldPos.length > 0 && glosses.length > 0)) flush()
    if (fieldPos.length > 0) pos = fieldPos
    misc.push(...fieldMisc)
    const gloss = cleanGloss(rest)
    if (gloss !== '') glosses.push(gloss)
  }
  flush()
  if (senses.length === 0 || headwords.length + readings.length === 0) return undefined
  return id === undefined ? {headwords, readings, senses, common} : {headwords, readings, senses, common, id}
}

/** Parses a whole EDICT text; unparsable lines are skipped. */
export function parseEdict(text: string): LexEntry[] {
  const entries: LexEntry[] = []
  for (const line of text.split('\n')) {
    const entry = parseEdictLine(line)
    if (entry) entries.push(entry)
  }
  return entries
}
