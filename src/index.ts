export {parse} from './parse.js'
export {defaultMaxLength} from './parse.js'
export type {ParseOptions} from './parse.js'
export {
  clausesOf,
  getNode,
  nodesOfType,
  normalizeSpace,
  numberedParagraphs,
  paragraphByLabel,
  paragraphOf,
  paragraphsOf,
  parentOf,
  pathTo,
  sentencesOf,
  textOf,
  walk
} from './accessors.js'
export {indexTree} from './tree-index.js'
export {treeToOutline} from './outline.js'
export {align} from './align.js'
export type {AlignOptions} from './align.js'
export type * from './alignment-types.js'
export {beadsInOrder, beadsOf, clauseLinksOf, counterpartsOf, unalignedUnits} from './alignment-accessors.js'
export type {Side, Unaligned} from './alignment-accessors.js'
export {alignmentToJson} from './alignment-json.js'
export type {AlignmentJson, AlignmentJsonUnit} from './alignment-json.js'
export {alignmentToText} from './alignment-text.js'
export {check} from './check.js'
export type {CheckOptions, IgnoreEntry} from './check.js'
export {defaultSeverities, ruleIds} from './findings.js'
export type {RuleId, Severity} from './findings.js'
export {findingsToJson, findingsToText} from './report.js'
export type {FindingsJson, FindingsJsonUnit, TextReportOptions} from './report.js'
export {diffAnchors, diffRevisions, diffTexts} from './diff.js'
export type {Revision, RevisionOptions} from './diff.js'
export {rowsOf, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff} from './output/index.js'
export type {Level, OutputOptions, Row, RowFinding, RowUnit, TmxOptions, XliffOptions} from './output/index.js'
export {evaluateBeads} from './evaluate.js'
export type {BeadPair, BeadScore} from './evaluate.js'
export {parseGlossary, termMatcher} from './glossary.js'
export type {Glossary, GlossaryEntry, TermMatcher, TermMention} from './glossary.js'
export {anchorsIn} from './anchors.js'
export type {Anchor} from './anchors.js'
export {numbersIn} from './numbers.js'
export type {NumberMention} from './numbers.js'
export {readDocument, decodeUtf8} from './read.js'
export type {ReadOptions} from './read.js'
export {guessLang, languageEvidence} from './script.js'
export type {LanguageEvidence} from './script.js'
export {ClauseAlignError} from './errors.js'
export type {ClauseAlignErrorCode} from './errors.js'
export type * from './types.js'
