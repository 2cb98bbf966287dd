// Turns dictionary entries into a compact content-word index: each Japanese form
// (headword, or reading for kana words) → the English lemmas its glosses are about.
// The reverse direction (English → Japanese) is the same relation read backwards, so
// it is derived at load time instead of being stored twice.
import {isContentWord, tokenizeEnglish} from './english.js'
import type {LexEntry, Sense} from './types.js'

export interface CompiledLexicon {
  /** Free text about where the data came from; written into the file header. */
  readonly source: string
  /** How many dictionary entries contributed. */
  readonly entryCount: number
  /** English lemma table, sorted; links point into it. */
  readonly lemmas: readonly string[]
  /** Japanese forms, sorted. */
  readonly forms: readonly string[]
  /**
   * Form i links to lemma ids `ids[offsets[i]] … ids[offsets[i + 1] - 1]`, ascending.
   * Flat typed arrays rather than one array per form: 240 000 small arrays cost more
   * to allocate at load time than the whole rest of the index.
   */
  readonly offsets: Uint32Array
  readonly ids: Uint32Array
}

/** The lemma ids of form `index`. */
export function formLinks(compiled: Pick<CompiledLexicon, 'offsets' | 'ids'>, index: number): Uint32Array {
  return compiled.ids.subarray(compiled.offsets[index], compiled.offsets[index + 1])
}

export interface CompileOptions {
  /** Senses read per entry: later senses are rarer and noisier. */
  readonly maxSenses?: number
  /** A gloss with more content words than this is an explanation, not a translation: skipped. */
  readonly maxGlossWords?: number
  /** Cap on lemmas one entry contributes, earliest senses first. */
  readonly maxLemmasPerEntry?: number
  readonly source?: string
}

/** Senses made only of these are grammar, not content (particles, copulas, auxiliaries). */
const FUNCTION_POS = new Set(['prt', 'conj', 'aux', 'aux-v', 'aux-adj', 'cop', 'cop-da', 'int'])
/** Senses marked so are unlikely in modern prose; their glosses would only add noise. */
const DATED_MISC = new Set(['arch', 'obs', 'obsc', 'rare'])

function usefulSense(sense: Sense): boolean {
  if (sense.pos.length > 0 && sense.pos.every((pos) => FUNCTION_POS.has(pos))) return false
  return !sense.misc.some((tag) => DATED_MISC.has(tag))
}

/** Content-word lemmas of one gloss, or none when the gloss is a long explanation. */
export function glossLemmas(gloss: string, maxGlossWords = 3): string[] {
  // "to promote" → promote; "(someone's) consent" is already cleaned by the reader.
  const text = gloss.replace(/^(?:to|a|an|the)\s+/i, '')
  const lemmas = tokenizeEnglish(text)
    .flatMap((token) => (token.parts.length > 0 ? [token.lemma, ...token.parts] : [token.lemma]))
    .filter((lemma) => isContentWord(lemma) && !/^\d+$/.test(lemma))
  const unique = [...new Set(lemmas)]
  return unique.length <= maxGlossWords ? unique : []
}

/** Lemmas an entry contributes, in priority order, capped. */
export function entryLemmas(entry: LexEntry, options: CompileOptions = {}): string[] {
  const {maxSenses = 4, maxGlossWords = 3, maxLemmasPerEntry = 10} = options
  const out = new Set<string>()
  for (const sense of entry.senses.slice(0, maxSenses)) {
    if (!usefulSense(sense)) continue
    for (const gloss of sense.glosses) {
      for (const lemma of glossLemmas(gloss, maxGlossWords)) {
        if (out.size >= maxLemmasPerEntry) return [...out]
        out.add(lemma)
      }
    }
  }
  return [...out]
}

/**
 * Forms an entry is found under. Readings only count for words usually written in kana
 * (no headword, or tagged `uk`): otherwise a reading like かんし would match every
 * stretch of hiragana that happens to spell it.
 */
export function entryForms(entry: LexEntry): string[] {
  const usuallyKana = entry.headwords.length === 0 || entry.senses.some((sense) => sense.misc.includes('uk'))
  const forms = usuallyKana ? [...entry.headwords, ...entry.readings] : [...entry.headwords]
  // One hiragana character is always grammar (は, を, に); never index it.
  return forms.filter((form) => !/^[\u3041-\u3096]$/.test(form))
}

export function compileLexicon(entries: Iterable<LexEntry>, options: CompileOptions = {}): CompiledLexicon {
  // Homographs: 能力 is のうりょく "ability" (common) and のうりき "temple employee". When a
  // form has a common entry, its rare namesakes' glosses are left out as noise.
  const common = new Map<string, Set<string>>()
  const other = new Map<string, Set<string>>()
  let entryCount = 0
  for (const entry of entries) {
    const lemmas = entryLemmas(entry, options)
    if (lemmas.length === 0) continue
    entryCount++
    const target = entry.common ? common : other
    for (const form of entryForms(entry)) {
      let set = target.get(form)
      if (!set) target.set(form, (set = new Set()))
      for (const lemma of lemmas) set.add(lemma)
    }
  }
  const byForm = new Map(other)
  for (const [form, set] of common) byForm.set(form, set)
  const lemmaSet = new Set<string>()
  for (const set of byForm.values()) for (const lemma of set) lemmaSet.add(lemma)
  const lemmas = [...lemmaSet].sort()
  const lemmaId = new Map(lemmas.map((lemma, id) => [lemma, id]))
  const forms = [...byForm.keys()].sort()
  const offsets = new Uint32Array(forms.length + 1)
  const flat: number[] = []
  forms.forEach((form, index) => {
    offsets[index] = flat.length
    flat.push(...[...byForm.get(form)!].map((lemma) => lemmaId.get(lemma)!).sort((a, b) => a - b))
  })
  offsets[forms.length] = flat.length
  return {source: options.source ?? '', entryCount, lemmas, forms, offsets, ids: Uint32Array.from(flat)}
}
