/**
 * A bilingual term list: each entry names a term in English and its accepted Japanese renderings,
 * and may mark renderings as forbidden. Read from TSV (`EN term<TAB>JA term(s)<TAB>note`, several
 * renderings separated by `|`, a forbidden one prefixed with `!`, `#` lines are comments).
 */
import type {Lang} from '../tree/types.js'
import {ClauseAlignError} from '../tree/errors.js'

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
  tsv.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const [en, ja, note] = line.split('\t')
    if (en === undefined || ja === undefined || en.trim() === '' || ja.trim() === '') {
      throw new ClauseAlignError('invalid-input', `glossary line ${index + 1}: expected \`EN term<TAB>JA term(s)<TAB>note\``, path)
    }
    if (/^en(?:glish)?$/i.test(en.trim()) && index === 0) return // a header row
    const renderings = ja.split('|').map((term) => term.trim()).filter(Boolean)
    entries.push({
      en: en.split('|').map((term) => term.trim()).filter(Boolean),
      ja: renderings.filter((term) => !term.startsWith('!')),
      forbidden: renderings.filter((term) => term.startsWith('!')).map((term) => term.slice(1)),
      note: note?.trim() || undefined
    })
  })
  return entries
}

export interface TermMention {
  /** Index of the glossary entry. */
  entry: number
  /** The text that matched. */
  text: string
  start: number
  end: number
  /** A forbidden rendering. */
  forbidden: boolean
}

export interface TermMatcher {
  (text: string): TermMention[]
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A function that finds the glossary's terms in texts of one language: English by word, with
 * plural endings and any case; Japanese by substring (no spaces to rely on). Longer terms win
 * where terms overlap.
 */
export function termMatcher(glossary: Glossary, lang: Lang): TermMatcher {
  const forms: Array<{form: string; entry: number; forbidden: boolean}> = []
  glossary.forEach((entry, index) => {
    for (const form of lang === 'en' ? entry.en : entry.ja) forms.push({form, entry: index, forbidden: false})
    if (lang === 'ja') for (const form of entry.forbidden) forms.push({form, entry: index, forbidden: true})
  })
  if (forms.length === 0) return () => []
  forms.sort((a, b) => b.form.length - a.form.length)
  const byForm = new Map<string, {entry: number; forbidden: boolean}>()
  for (const item of forms) {
    const key = lang === 'en' ? item.form.toLowerCase() : item.form
    if (!byForm.has(key)) byForm.set(key, item)
  }
  const alternatives = [...byForm.keys()].map(escape).join('|')
  const pattern =
    lang === 'en'
      ? new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu')
      : new RegExp(`(${alternatives})`, 'gu')
  return (text) => {
    const found: TermMention[] = []
    for (const match of text.matchAll(pattern)) {
      const key = lang === 'en' ? match[1].toLowerCase() : match[1]
      const item = byForm.get(key)
      if (!item) continue
      found.push({entry: item.entry, text: match[0], start: match.index, end: match.index + match[0].length, forbidden: item.forbidden})
    }
    return found
  }
}
