/**
 * A bilingual term list: each entry names a term in English and its accepted Japanese renderings,
 * and may mark renderings as forbidden. Read from TSV (`EN term<TAB>JA term(s)<TAB>note`, several
 * terms separated by `|`, a forbidden rendering prefixed with `!`, `#` lines are comments).
 *
 * Every row is checked: an empty term (`|x`, `x|`, a lone `!`) would match everywhere or be
 * dropped unseen, so it is an error naming the file and line. Rows that share an English term
 * are merged into the first (all their terms, renderings and notes), since two entries for one
 * term would give contradictory findings; a rendering both accepted and forbidden for one term
 * is an error.
 */
import {ClauseAlignError} from '../tree/errors.js'

export {termMatcher} from './term-matcher.js'
export type {TermMatcher, TermMention} from './term-matcher.js'

export interface GlossaryEntry {
  /** English forms (the first is the headword). */
  en: string[]
  /** Accepted Japanese renderings. */
  ja: string[]
  /** Japanese renderings that must not be used. */
  forbidden: string[]
  note?: string | undefined
}

export type Glossary = GlossaryEntry[]

/** Parse a glossary TSV. Throws a `ClauseAlignError` naming the line of a malformed row. */
export function parseGlossary(tsv: string, path?: string | undefined): Glossary {
  const entries: Glossary = []
  /** Lower-cased English form → its entry, and the line that defined the entry. */
  const byTerm = new Map<string, number>()
  const lines: number[] = []
  let first = true
  tsv.split(/\r?\n/).forEach((line, index) => {
    const number = index + 1
    if (line.trim() === '' || line.startsWith('#')) return
    // A header row is the first row that is not a comment (comments may come before it).
    const header = first
    first = false
    const fail = (problem: string): never => {
      throw new ClauseAlignError('invalid-input', `glossary line ${number}: ${problem}`, path)
    }
    const [en, ja, note] = line.split('\t')
    if (en === undefined || ja === undefined || en.trim() === '' || ja.trim() === '') fail('expected `EN term<TAB>JA term(s)<TAB>note`')
    if (header && /^en(?:glish)?$/i.test(en!.trim())) return
    const terms = (cell: string, what: string) =>
      cell.split('|').map((term) => {
        const trimmed = term.trim()
        if (trimmed === '') fail(`empty ${what} in \`${cell.trim()}\` (between or beside \`|\`)`)
        return trimmed
      })
    const english = terms(en!, 'English term')
    const renderings = terms(ja!, 'Japanese rendering')
    const forbidden = renderings.filter((term) => term.startsWith('!')).map((term) => term.slice(1).trim())
    if (forbidden.some((term) => term === '')) fail('empty forbidden rendering (`!` with no term after it)')
    const row: GlossaryEntry = {en: english, ja: renderings.filter((term) => !term.startsWith('!')), forbidden, note: note?.trim() || undefined}
    const existing = english.map((term) => byTerm.get(term.toLowerCase())).find((entry) => entry !== undefined)
    if (existing === undefined) {
      for (const term of english) byTerm.set(term.toLowerCase(), entries.length)
      lines.push(number)
      entries.push(row)
    } else {
      merge(entries[existing]!, row, lines[existing]!, fail)
      for (const term of english) if (!byTerm.has(term.toLowerCase())) byTerm.set(term.toLowerCase(), existing)
    }
    const target = entries[existing ?? entries.length - 1]!
    const both = target.ja.find((term) => target.forbidden.includes(term))
    if (both !== undefined) fail(`\`${both}\` is both accepted and forbidden for \`${target.en[0]}\``)
  })
  // Frozen, so that the term tables built from it can be kept for it (align and check both need
  // them; with 100,000 rows, building them is most of the work).
  for (const entry of entries) {
    Object.freeze(entry.en)
    Object.freeze(entry.ja)
    Object.freeze(entry.forbidden)
    Object.freeze(entry)
  }
  return Object.freeze(entries) as Glossary
}

/** Add a row's terms to the entry for the same English term defined on line `first`. */
function merge(entry: GlossaryEntry, row: GlossaryEntry, first: number, fail: (problem: string) => never): void {
  const add = (list: string[], terms: readonly string[]) => {
    for (const term of terms) if (!list.includes(term)) list.push(term)
  }
  const conflict = row.ja.find((term) => entry.forbidden.includes(term)) ?? row.forbidden.find((term) => entry.ja.includes(term))
  if (conflict !== undefined) fail(`\`${conflict}\` contradicts line ${first}, where \`${entry.en[0]}\` ${entry.ja.includes(conflict) ? 'accepts' : 'forbids'} it`)
  add(entry.en, row.en)
  add(entry.ja, row.ja)
  add(entry.forbidden, row.forbidden)
  if (row.note) entry.note = entry.note ? `${entry.note}; ${row.note}` : row.note
}
