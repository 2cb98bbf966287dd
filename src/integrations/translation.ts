/**
 * What every editor integration shares: one translation (its text, as the linter holds it) and
 * its source file in, `check`'s findings out, each placed in the translation. A linter shows
 * messages only in the file it lints, so a finding `check` places in the source (an omission)
 * moves to its cause's place in the translation: where the missing text would be.
 */
import {VFileMessage} from 'vfile-message'
import {readDocument} from '../tree/read.js'
import {parse} from '../tree/parse.js'
import {guessLang} from '../tree/script.js'
import {align} from '../align/align.js'
import {parseGlossary, type Glossary} from '../align/glossary.js'
import {defaultLexicon, type Lexicon} from '../lexicon/index.js'
import {check} from '../check/check.js'
import type {RuleId, Severity} from '../check/findings.js'

export interface TranslationCheckOptions {
  /** The source document's path. */
  source: string
  glossary?: Glossary | undefined
  rules?: Partial<Record<RuleId, Severity>> | undefined
  /** The source's encoding, as `readDocument`'s. */
  sourceEncoding?: string | undefined
  /** A loaded lexicon, or `false` for none; the bundled one by default, as in the CLI. */
  lexicon?: Lexicon | false | undefined
}

/** A glossary TSV file, parsed; none for no path. */
export function readGlossary(path: string | undefined): Glossary {
  return path ? parseGlossary(readDocument(path), path) : []
}

/** The lexicon an integration's `lexicon` option stands for: the bundled one unless `false`. */
export function lexiconOf(option: Lexicon | false | undefined): Lexicon | undefined {
  return option === false ? undefined : option ?? defaultLexicon()
}

/**
 * `check`'s findings on a translation against its source, as messages in the translation
 * (`file` is `targetPath`). The source is read from disk (a `ClauseAlignError` when it cannot
 * be); the translation is the text given, so offsets are into what the linter holds.
 */
export function checkTranslation(targetText: string, targetPath: string | undefined, options: TranslationCheckOptions): VFileMessage[] {
  const sourcePath = options.source
  const path = targetPath || 'translation'
  const sourceText = readDocument(sourcePath, {encoding: options.sourceEncoding})
  const glossary = options.glossary ?? []
  const lexicon = lexiconOf(options.lexicon)
  const source = parse(sourceText, {lang: guessLang(sourceText), path: sourcePath})
  const target = parse(targetText, {lang: guessLang(targetText), path})
  const alignment = align(source, target, {glossary, lexicon, sourcePath, targetPath: path})
  return check(alignment, {rules: options.rules, glossary, lexicon}).map((finding) => {
    const cause = finding.cause instanceof VFileMessage ? finding.cause : undefined
    const place = finding.side === 'target' ? finding.place : cause?.place
    const message = new VFileMessage(finding.reason, {place, ruleId: finding.ruleId, source: 'clause-align', cause})
    message.file = targetPath ?? ''
    message.fatal = finding.fatal
    message.url = finding.url
    if (finding.note !== undefined) message.note = finding.note
    return message
  })
}
