/**
 * A unified plugin (remark-lint style) over `check`: run on the translation, it reads the source
 * file named by `options.source(file)`, aligns the two and adds the findings as messages on the
 * translation's VFile, so remark-cli, editor language servers and vfile reporters show them.
 * The work is `checkTranslation`'s; this only maps a VFile to it and back.
 */
import type {VFile} from 'vfile'
import type {Lexicon} from '../lexicon/index.js'
import type {RuleId, Severity} from '../check/findings.js'
import {checkTranslation, lexiconOf, readGlossary} from './translation.js'

export interface RemarkOptions {
  /** The source file of a translation (a path), or undefined to leave the file alone. */
  source: (file: VFile) => string | undefined
  /** A glossary TSV file. */
  glossary?: string | undefined
  rules?: Partial<Record<RuleId, Severity>> | undefined
  /** The source's encoding, as `readDocument`'s. */
  sourceEncoding?: string | undefined
  /** A loaded lexicon, or `false` to align and check without one; the bundled one by default. */
  lexicon?: Lexicon | false | undefined
}

export default function clauseAlignRemark(options: RemarkOptions) {
  // The glossary and the lexicon are loaded once, when the pipeline is set up, not per file.
  const glossary = readGlossary(options.glossary)
  const lexicon = lexiconOf(options.lexicon) ?? false
  return (_tree: unknown, file: VFile): void => {
    const source = options.source(file)
    if (source === undefined) return
    const messages = checkTranslation(String(file.value), file.path, {source, glossary, rules: options.rules, sourceEncoding: options.sourceEncoding, lexicon})
    file.messages.push(...messages)
  }
}
