// Plain data shapes shared by the readers (EDICT, JMdict), the compiler and the matchers.
// Kept apart so that a reader never has to import the compiler or vice versa.

/** One sense of a dictionary entry: its part-of-speech tags and English glosses. */
export interface Sense {
  /** Part-of-speech tags as EDICT spells them (`n`, `vs`, `adj-na`, `v5r`…). */
  readonly pos: readonly string[]
  /** Other tags of the sense (`uk`, `arch`, `abbr`, field tags like `comp`…). */
  readonly misc: readonly string[]
  /** English glosses with parenthesised tags and notes removed. */
  readonly glosses: readonly string[]
}

/** One dictionary entry, whichever file it came from. */
export interface LexEntry {
  /** Written forms (kanji or kana); empty when the entry is kana-only in JMdict. */
  readonly headwords: readonly string[]
  /** Kana readings. */
  readonly readings: readonly string[]
  readonly senses: readonly Sense[]
  /** Marked `(P)` in EDICT or with a priority tag in JMdict: a common word. */
  readonly common: boolean
  /** `EntL…` sequence number in EDICT2 or `ent_seq` in JMdict, when present. */
  readonly id?: string
}
