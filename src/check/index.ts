/**
 * Stage 3, checking: takes an `Alignment` (and optionally a glossary and rule settings) and gives
 * findings as `VFileMessage`s — omissions, additions and likely mistranslations, each placed in
 * one document with a `cause` at the other's place — with reports (text, JSON) and diff
 * utilities over texts, anchors and revisions.
 */
export {check} from './check.js'
export type {CheckOptions, IgnoreEntry} from './check.js'
export {defaultSeverities, ruleIds, severityOf} from './findings.js'
export type {FindingMessage, FindingSeverity, RuleId, Severity} from './findings.js'
export {findingsToJson, findingsToText} from './report.js'
export type {FindingsJson, FindingsJsonUnit, TextReportOptions} from './report.js'
export {diffAnchors, diffRevisions, diffTexts} from './diff.js'
export type {Revision, RevisionOptions} from './diff.js'
