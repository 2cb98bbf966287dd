/**
 * A textlint rule over `check`: on each translation textlint lints, it finds the source from the
 * rule's options (path templates, see `source-path.ts`), runs `checkTranslation` on the text
 * textlint holds and reports every finding at its exact offsets, its message prefixed with the
 * clause-align rule id. It needs nothing of textlint but the rule context it is given, so
 * textlint stays a tool of the user's, not a dependency.
 */
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {ClauseAlignError} from '../tree/errors.js'
import {loadDictionaryFile, type Lexicon} from '../lexicon/index.js'
import type {RuleId, Severity} from '../check/findings.js'
import {checkTranslation, readGlossary} from './translation.js'
import {sourcePathFor} from './source-path.js'

// How the `source` and `target` options map a path, for a program that wants to know beforehand.
export {sourcePathFor, type SourceTemplate} from './source-path.js'

/** The rule's options, as `.textlintrc` gives them (JSON). Paths are relative to the working directory. */
export interface TextlintOptions {
  /** The source's path template: `docs/en/{name}.md`, or `docs/en/{path}.md` with `target`. */
  source?: string | undefined
  /** Which translations to check, with `{path}`: `docs/ja/{path}.md`; default every file linted. */
  target?: string | undefined
  /** A glossary TSV file. */
  glossary?: string | undefined
  rules?: Partial<Record<RuleId, Severity>> | undefined
  /** The source's encoding, as the CLI's `--source-encoding`. */
  sourceEncoding?: string | undefined
  /** `false` for no lexicon, or a dictionary file (as the CLI's `--lexicon`); the bundled one by default. */
  lexicon?: false | string | undefined
  /** textlint's own: the severity every finding is reported at (textlint has one per rule); default `error`. */
  severity?: 'none' | 'info' | 'warning' | 'error' | undefined
}

/** What the rule uses of textlint's rule context (as textlint 15 gives it). */
export interface TextlintRuleContext<Padding = unknown, RuleError = unknown, Node = unknown> {
  Syntax: {Document: string}
  RuleError: new (message: string, details: {padding: Padding}) => RuleError
  locator: {range(range: readonly [number, number]): Padding}
  report(node: Node, error: RuleError): void
  getSource(): string
  getFilePath(): string | undefined
}

// A dictionary file named in the options is compiled once per process, like the bundled one.
const dictionaries = new Map<string, Lexicon>()

function lexiconFor(option: false | string | undefined): Lexicon | false | undefined {
  if (typeof option !== 'string') return option
  const full = path.resolve(option)
  let lexicon = dictionaries.get(full)
  if (lexicon) return lexicon
  try {
    lexicon = loadDictionaryFile(full)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ClauseAlignError(code === 'ENOENT' ? 'file-not-found' : 'unreadable', code === 'ENOENT' ? 'no such lexicon file' : `cannot read the lexicon (${error instanceof Error ? error.message : String(error)})`, option)
  }
  dictionaries.set(full, lexicon)
  return lexicon
}

/** A message's offsets in the translation: its place's, or the start when it has none. */
function rangeOf(message: VFileMessage, length: number): [number, number] {
  const start = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset
  const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
  if (start === undefined) return [0, Math.min(1, length)]
  return [start, Math.max(end ?? start + 1, start + 1)]
}

export default function clauseAlignTextlint<Padding, RuleError, Node>(
  context: TextlintRuleContext<Padding, RuleError, Node>,
  options: TextlintOptions = {}
): Record<string, (node: Node) => void> {
  const {Syntax, RuleError, locator, report} = context
  return {
    [Syntax.Document](node: Node): void {
      const text = context.getSource()
      const filePath = context.getFilePath()
      // Text from stdin has no path to find its source by.
      if (filePath === undefined && /\{(?:name|path)\}/.test(options.source ?? '')) return
      const say = (message: string, range: [number, number]) => report(node, new RuleError(message, {padding: locator.range(range)}))
      let messages: VFileMessage[]
      try {
        const source = sourcePathFor({source: options.source ?? '', target: options.target}, filePath ?? '', process.cwd())
        if (source === undefined) return
        messages = checkTranslation(text, filePath, {
          source,
          glossary: readGlossary(options.glossary),
          rules: options.rules,
          sourceEncoding: options.sourceEncoding,
          lexicon: lexiconFor(options.lexicon)
        })
      } catch (error) {
        // A missing source, glossary or bad option is the user's to fix: one message saying which, not a stack trace.
        if (!(error instanceof ClauseAlignError)) throw error
        say(`clause-align: ${error.message}`, [0, Math.min(1, text.length)])
        return
      }
      for (const message of messages) say(`${message.ruleId}: ${message.reason}`, rangeOf(message, text.length))
    }
  }
}
