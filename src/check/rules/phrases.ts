/**
 * The phrases of an English clause, for the check that finds a part the translation left out:
 * the pieces between punctuation (`,` `;` `:` parentheses, dashes; not the comma or colon inside
 * a figure, `38,000`, `9:00`) and coordinating conjunctions
 * (`and`, `or`, `but`, `nor`). Finer than clauses on purpose: a clause boundary needs evidence
 * that a new clause starts, while a dropped part is often one item of a coordination
 * (`to work, to free choice of employment, to just … conditions`) or one conjunct
 * (`born free and equal in dignity`). Nothing is aligned on phrases; they only say which
 * stretch of a sentence has no counterpart.
 */

/** Trimmed non-empty phrases of an English text, in order. */
export function englishPhrases(text: string): string[] {
  return text
    // A comma or colon between digits is part of a figure (`38,000`, `9:00`), not a break.
    .split(/(?<!\d)[,:]|[,:](?!\d)|[;()[\]]|\s[–—-]\s|\s(?:and|or|but|nor)\s/i)
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0)
}
