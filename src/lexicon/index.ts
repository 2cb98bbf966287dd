// Bilingual EN↔JA lexicon: takes a dictionary (EDICT/JMdict, or the compiled EDICT subset shipped in
// data/) and English/Japanese text; gives content words, their dictionary or loanword counterparts,
// and a rarity-weighted two-sided coverage score with the uncovered words as evidence.
export type {LexEntry, Sense} from './types.js'
export {cleanGloss, decodeEdict, parseEdict, parseEdictLine} from './edict.js'
export {decodeXmlText, parseJmdict, parseJmdictEntry, streamJmdict} from './jmdict.js'
export {compileLexicon, formLinks, entryForms, entryLemmas, glossLemmas, type CompileOptions, type CompiledLexicon} from './compile.js'
export {decodeLexicon, encodeLexicon, isEncodedLexicon, type LexiconTables, type StringTable} from './format.js'
export {buildLexicon, englishFor, familyKeyIdOf, findString, formIndexOf, formKeyIds, hasForm, japaneseFor, keyIdOf, keyWeight, knowsLemma, linksOf, longestFormAt, openLexicon, stringAt, type Lexicon} from './lexicon.js'
export {defaultLexicon, defaultLexiconPath, loadDictionaryFile, loadLexicon, LEXICON_FILE_NAME, readDictionary} from './load.js'
export {ENGLISH_STOP_WORDS, englishSurfaces, englishToken, isContentWord, lemmatize, stemKey, tokenizeEnglish, type EnglishToken} from './english.js'
export {
  compareSkeletons,
  englishSkeleton,
  isKatakanaWord,
  japaneseSkeleton,
  LOANWORD_MAX_DISTANCE_RATE,
  matchLoanword,
  romanize,
  skeletonDistance,
  type LoanwordMatch
} from './loanword.js'
export {JAPANESE_STOP_WORDS, segmentJapanese, type JapaneseWord, type JapaneseWordKind} from './japanese.js'
export {coverage, englishWords, japaneseWords, type Coverage, type CoverageOptions, type CoverageVia, type CoveredWord, type LexicalWord} from './coverage.js'
