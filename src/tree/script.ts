/** Character classes shared by the segmenters, the language guesser and the aligner. */

/** Hiragana, katakana, CJK ideographs, full-width forms, CJK punctuation. */
export const cjk = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/
export const kana = /[\u3040-\u30ff]/
export const latinLetter = /[A-Za-z\u00c0-\u024f]/
export const whitespace = /\s/

export function isWhitespace(unit: string | undefined): boolean {
  return unit !== undefined && whitespace.test(unit)
}

export interface LanguageEvidence {
  lang: 'en' | 'ja'
  /** Letters counted: Japanese characters plus Latin letters. */
  letters: number
  /** Share of the letters in the guessed language's script, 0–1. */
  share: number
}

/** The script evidence behind a language guess, for telling how sure it is. */
export function languageEvidence(text: string): LanguageEvidence {
  let japanese = 0
  let latin = 0
  for (const unit of text) {
    if (cjk.test(unit)) japanese++
    else if (latinLetter.test(unit)) latin++
  }
  const lang = guessLang(text)
  const letters = japanese + latin
  return {lang, letters, share: letters === 0 ? 0 : (lang === 'ja' ? japanese : latin) / letters}
}

/** Guess the language of a text from its script: any kana, or mostly CJK, means Japanese. */
export function guessLang(text: string): 'en' | 'ja' {
  let cjkCount = 0
  let latinCount = 0
  let kanaCount = 0
  for (const unit of text) {
    if (kana.test(unit)) kanaCount++
    if (cjk.test(unit)) cjkCount++
    else if (latinLetter.test(unit)) latinCount++
  }
  if (kanaCount > 0 && cjkCount * 4 >= latinCount) return 'ja'
  return cjkCount > latinCount ? 'ja' : 'en'
}
