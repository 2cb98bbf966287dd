/**
 * A unified plugin (remark-lint style) over `check`: run on the translation, it reads the source
 * file named by `options.source(file)`, aligns the two and adds the findings as messages on the
 * translation's VFile, so remark-cli, editor language servers and vfile reporters show them.
 * Findings `check` places in the source (an omitted sentence) are put where the translation
 * lacks it (their cause's place), since the translation is the file being linted.
 */
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {readDocument} from '../tree/read.js'
import {parse} from '../tree/parse.js'
import {guessLang} from '../tree/script.js'
import {align} from '../align/align.js'
import {parseGlossary, type Glossary} from '../align/glossary.js'
import {check} from '../check/check.js'
import type {RuleId, Severity} from '../check/findings.js'

export interface RemarkOptions {
  /** The source file of a translation (a path), or undefined to leave the file alone. */
  source: (file: VFile) => string | undefined
  /** A glossary TSV file. */
  glossary?: string | undefined
  rules?: Partial<Record<RuleId, Severity>> | undefined
  /** The source's encoding, as `readDocument`'s. */
  sourceEncoding?: string | undefined
}

export default function clauseAlignRemark(options: RemarkOptions) {
  // The glossary is read once, when the pipeline is set up.
  const glossary: Glossary = options.glossary ? parseGlossary(readDocument(options.glossary), options.glossary) : []
  return (_tree: unknown, file: VFile): void => {
    const sourcePath = options.source(file)
    if (sourcePath === undefined) return
    const targetPath = file.path || 'translation'
    const sourceText = readDocument(sourcePath, {encoding: options.sourceEncoding})
    const targetText = String(file.value)
    const source = parse(sourceText, {lang: guessLang(sourceText), path: sourcePath})
    const target = parse(targetText, {lang: guessLang(targetText), path: targetPath})
    const alignment = align(source, target, {glossary, sourcePath, targetPath})
    for (const finding of check(alignment, {rules: options.rules, glossary})) {
      const inTarget = finding.side === 'target'
      const cause = finding.cause instanceof VFileMessage ? finding.cause : undefined
      const message = new VFileMessage(finding.reason, {place: inTarget ? finding.place : cause?.place, ruleId: finding.ruleId, source: 'clause-align', cause})
      message.file = file.path
      file.messages.push(message)
      message.fatal = finding.fatal
      message.url = finding.url
      if (finding.note !== undefined) message.note = finding.note
    }
  }
}
