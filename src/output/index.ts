/**
 * Stage 4, output: takes an `Alignment` (and optionally the findings of `check`) and gives
 * parallel text — Markdown, HTML, TSV, TMX, XLIFF 2.1 / 1.2 and JSONL — at paragraph, sentence or
 * clause level, all written from the same rows.
 */
export {toMarkdown, escapeCell} from './markdown.js'
export {toHtml, escapeHtml} from './html.js'
export {toTsv, escapeTsv, neutraliseFormula} from './tsv.js'
export type {TsvOptions} from './tsv.js'
export {toTmx} from './tmx.js'
export type {TmxOptions} from './tmx.js'
export {toXliff} from './xliff.js'
export type {XliffOptions} from './xliff.js'
export {toJsonl} from './jsonl.js'
export {levels, rowsOf} from './rows.js'
export type {Level, OutputOptions, Row, RowFinding, RowUnit} from './rows.js'
