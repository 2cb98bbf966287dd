// The in-memory lookup structure built from a compiled lexicon: plain Maps and typed
// arrays, no class. English lemmas are folded to family keys (english.ts) here, once,
// so that matching compares small integers.
import {formLinks, type CompiledLexicon} from './compile.js'
import {lemmatize, stemKey} from './english.js'

export interface Lexicon extends CompiledLexicon {
  /** Family keys; `keyOf` maps a lemma id to its key id. */
  readonly keys: readonly string[]
  readonly keyIds: ReadonlyMap<string, number>
  readonly keyOf: Uint32Array
  /** Japanese form → its index in `forms` (a binary search: the forms are sorted). */
  readonly formIndex: SortedIndex
  /** English lemma → its id (a binary search over the sorted lemma table). */
  readonly lemmaIds: SortedIndex
  /** Number of Japanese forms linked to each key: the rarity signal for weights. */
  readonly keyFormCount: Uint32Array
  /** Longest form, bounding the segmenter's look-ahead. */
  readonly maxFormLength: number
}

/** The look-ups a sorted table of strings answers, without a Map of all of them. */
export interface SortedIndex {
  get(value: string): number | undefined
  has(value: string): boolean
}

/**
 * Index of a sorted string table by binary search. Building a Map of the 240,000 forms took a
 * third of the load time, while a document asks for a few thousand of them.
 */
function sortedIndex(table: readonly string[]): SortedIndex {
  const get = (value: string): number | undefined => {
    let low = 0
    let high = table.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const item = table[middle]
      if (item === value) return middle
      if (item < value) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }
  return {get, has: (value) => get(value) !== undefined}
}

export function buildLexicon(compiled: CompiledLexicon): Lexicon {
  const keyIds = new Map<string, number>()
  const keys: string[] = []
  const keyOf = new Uint32Array(compiled.lemmas.length)
  compiled.lemmas.forEach((lemma, id) => {
    const key = stemKey(lemma)
    let keyId = keyIds.get(key)
    if (keyId === undefined) {
      keyId = keys.length
      keys.push(key)
      keyIds.set(key, keyId)
    }
    keyOf[id] = keyId
  })
  const keyFormCount = new Uint32Array(keys.length)
  // lastForm[key] = last form counted for that key, so a form with two lemmas of one
  // family (promote, promotion) counts once.
  const lastForm = new Int32Array(keys.length).fill(-1)
  let maxFormLength = 0
  compiled.forms.forEach((form, index) => {
    if (form.length > maxFormLength) maxFormLength = form.length
    for (let i = compiled.offsets[index]; i < compiled.offsets[index + 1]; i++) {
      const key = keyOf[compiled.ids[i]]
      if (lastForm[key] !== index) {
        lastForm[key] = index
        keyFormCount[key]++
      }
    }
  })
  return {...compiled, lemmaIds: sortedIndex(compiled.lemmas), keys, keyIds, keyOf, formIndex: sortedIndex(compiled.forms), keyFormCount, maxFormLength}
}

/** Distinct family-key ids of a Japanese form (empty when unknown). */
export function formKeyIds(lexicon: Lexicon, form: string): number[] {
  const index = lexicon.formIndex.get(form)
  if (index === undefined) return []
  return [...new Set(Array.from(formLinks(lexicon, index), (lemma) => lexicon.keyOf[lemma]))]
}

/** English lemmas a Japanese form is linked to (empty when unknown). */
export function englishFor(lexicon: Lexicon, form: string): string[] {
  const index = lexicon.formIndex.get(form)
  return index === undefined ? [] : Array.from(formLinks(lexicon, index), (lemma) => lexicon.lemmas[lemma])
}

/**
 * Japanese forms linked to an English word (any inflection or derivation of it).
 * A scan over all forms: meant for inspection and tests, not for hot loops, which
 * compare key ids as coverage.ts does.
 */
export function japaneseFor(lexicon: Lexicon, word: string): string[] {
  const id = lexicon.keyIds.get(stemKey(lemmatize(word, knowsLemma(lexicon))))
  if (id === undefined) return []
  const out: string[] = []
  lexicon.forms.forEach((form, index) => {
    if (formLinks(lexicon, index).some((lemma) => lexicon.keyOf[lemma] === id)) out.push(form)
  })
  return out
}

/** Is this lemma (exactly) in the lexicon? Used to choose promot → promote when lemmatising. */
export function knowsLemma(lexicon: Lexicon): (word: string) => boolean {
  return (word) => lexicon.lemmaIds.has(word)
}

/**
 * Inverse document frequency of a key among Japanese forms: rare English meanings weigh
 * more than "thing" or "do". Unknown keys get the top weight (names, acronyms).
 */
export function keyWeight(lexicon: Lexicon, keyId: number | undefined): number {
  const count = keyId === undefined ? 0 : lexicon.keyFormCount[keyId]
  return Math.log((lexicon.forms.length + 1) / (count + 1))
}
