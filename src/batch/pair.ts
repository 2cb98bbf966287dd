/**
 * Checking one pair of a tree, as the single-pair `check` does, into plain data that can cross a
 * worker boundary: the findings' JSON and the messages as plain objects (a `VFileMessage` loses
 * its class in `postMessage`), or the one-line error that stopped the pair.
 */
import {VFileMessage} from 'vfile-message'
import type {Point, Position} from 'unist'
import {readDocument} from '../tree/read.js'
import {parse} from '../tree/parse.js'
import {guessLang} from '../tree/script.js'
import {ClauseAlignError} from '../tree/errors.js'
import type {Lang} from '../tree/types.js'
import {align} from '../align/align.js'
import {parseGlossary} from '../align/glossary.js'
import {check} from '../check/check.js'
import {defaultLexicon, loadDictionaryFile, type Lexicon} from '../lexicon/index.js'
import type {RuleId, Severity} from '../check/findings.js'
import {findingsToJson, type FindingsJson} from '../check/report.js'

export interface PairTask {
  source: string
  target: string
  sourceLang?: Lang | undefined
  targetLang?: Lang | undefined
  sourceEncoding?: string | undefined
  encoding?: string | undefined
  maxBytes?: number | undefined
  rules?: Partial<Record<RuleId, Severity>> | undefined
  /** The glossary's TSV and path, read once by the caller. */
  glossary?: {text: string; path: string} | undefined
  /** The bundled lexicon (the default, as the single-pair CLI), none (`false`), or a dictionary file. */
  lexicon?: string | false | undefined
}

/** Dictionary files loaded in this thread, by path: a worker checks many pairs with one. */
const loaded = new Map<string, Lexicon>()

function lexiconOf(task: PairTask): Lexicon | undefined {
  if (task.lexicon === false) return undefined
  if (task.lexicon === undefined) return defaultLexicon()
  let lexicon = loaded.get(task.lexicon)
  if (!lexicon) {
    try {
      lexicon = loadDictionaryFile(task.lexicon)
    } catch (error) {
      throw new ClauseAlignError('unreadable', `cannot read the lexicon (${error instanceof Error ? error.message : String(error)})`, task.lexicon)
    }
    loaded.set(task.lexicon, lexicon)
  }
  return lexicon
}

/** A message as plain data: what `vfile-reporter` and the JSON need, and its cause. */
export interface PlainMessage {
  reason: string
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  file: string
  place: Position | Point | undefined
  url: string | undefined
  note: string | undefined
  cause: PlainMessage | undefined
}

export interface PairResult {
  source: string
  target: string
  findings: FindingsJson['findings']
  /** Findings placed in the source, then those in the translation, each in document order. */
  messages: PlainMessage[]
  /** Why the pair could not be checked (a file problem), if it could not. */
  error?: string
}

export function checkPair(task: PairTask): PairResult {
  const {source: sourcePath, target: targetPath} = task
  try {
    const sourceText = readDocument(sourcePath, {maxBytes: task.maxBytes, encoding: task.sourceEncoding})
    const targetText = readDocument(targetPath, {maxBytes: task.maxBytes, encoding: task.encoding})
    const glossary = task.glossary ? parseGlossary(task.glossary.text, task.glossary.path) : []
    const source = parse(sourceText, {lang: task.sourceLang ?? guessLang(sourceText), path: sourcePath})
    const target = parse(targetText, {lang: task.targetLang ?? guessLang(targetText), path: targetPath})
    const lexicon = lexiconOf(task)
    const alignment = align(source, target, {glossary, lexicon, sourcePath, targetPath})
    const messages = check(alignment, {rules: task.rules, glossary, lexicon})
    return {source: sourcePath, target: targetPath, findings: findingsToJson(alignment, messages).findings, messages: messages.map(toPlain)}
  } catch (error) {
    // A file problem stops this pair only; anything else is a bug and stops the run.
    if (!(error instanceof ClauseAlignError)) throw error
    return {source: sourcePath, target: targetPath, findings: [], messages: [], error: error.message}
  }
}

function toPlain(message: VFileMessage): PlainMessage {
  return {
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    file: message.file ?? '',
    place: message.place,
    url: message.url,
    note: message.note,
    cause: message.cause instanceof VFileMessage ? toPlain(message.cause) : undefined
  }
}

/** A `VFileMessage` again, for `vfile-reporter`. */
export function fromPlain(plain: PlainMessage): VFileMessage {
  const message = new VFileMessage(plain.reason, {
    place: plain.place,
    ruleId: plain.ruleId,
    source: plain.source,
    cause: plain.cause ? fromPlain(plain.cause) : undefined
  })
  message.fatal = plain.fatal
  message.file = plain.file
  if (plain.url !== undefined) message.url = plain.url
  if (plain.note !== undefined) message.note = plain.note
  return message
}
