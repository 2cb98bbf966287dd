/**
 * clause-align: EN↔JA clause trees, alignment and translation QA. This module only re-exports
 * the stages: tree (parse) → align → check → output; the CLI sits on top of them.
 */
export * from './tree/index.js'
export {coverage, defaultLexicon, loadLexicon} from './lexicon/index.js'
export type {Coverage, CoverageOptions, CoveredWord, Lexicon} from './lexicon/index.js'
export * from './align/index.js'
export * from './check/index.js'
export {rowsOf, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff} from './output/index.js'
export type {Level, OutputOptions, Row, RowFinding, RowUnit, TmxOptions, TsvOptions, XliffOptions} from './output/index.js'
