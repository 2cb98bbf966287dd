/**
 * Stage 6, integrations: takes a linter's translation (a unified pipeline's file, a textlint
 * document) and a way to find its source, and gives `check`'s findings as that linter's
 * messages, for remark-cli, textlint, editors and CI. `translation` is the core both share.
 */
export {default as clauseAlignRemark} from './remark.js'
export type {RemarkOptions} from './remark.js'
export {default as clauseAlignTextlint} from './textlint.js'
export type {TextlintOptions, TextlintRuleContext} from './textlint.js'
export {checkTranslation, lexiconOf, readGlossary, type TranslationCheckOptions} from './translation.js'
export {sourcePathFor, type SourceTemplate} from './source-path.js'
