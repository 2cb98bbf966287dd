/**
 * The `clause-align` command. Exit codes: 0 done (no errors found), 1 errors found (or warnings
 * with `--frail`), 2 usage or file problems, reported in one line on stderr (`--debug` adds the
 * stack).
 */
import {parseArgs} from 'node:util'
import {ClauseAlignError} from '../tree/errors.js'
import {defaultLexicon, loadDictionaryFile, type Lexicon} from '../lexicon/index.js'
import {readDocument} from '../tree/read.js'
import {parse} from '../tree/parse.js'
import {treeToOutline} from '../tree/outline.js'
import {guessLang, languageEvidence, type LanguageEvidence} from '../tree/script.js'
import {align} from '../align/align.js'
import {parseGlossary} from '../align/glossary.js'
import {alignmentToJson, alignmentToText} from '../align/serialise.js'
import {check} from '../check/check.js'
import {ruleIds, type RuleId, type Severity} from '../check/findings.js'
import {findingsToJson, findingsToText} from '../check/report.js'
import {levels, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff} from '../output/index.js'
import {rejectForeignOptions} from './options.js'
import {jsonLines, refuseInputAsOutput, writeChunks, writeFileAtomic, type NamedInput} from './write.js'
import type {Lang} from '../tree/types.js'
import {checkTreeCommand, isTreeCheck, mergeCommand, staleCommand} from './tree.js'

const usage = `Usage: clause-align <command> [options]

Commands:
  parse FILE [--lang en|ja] [--format json|text] [-o FILE]
      Print the clause tree of a Markdown file.
  align SOURCE TARGET [--source-lang en|ja] [--target-lang en|ja] [--glossary FILE] [--lexicon FILE | --no-lexicon]
        [--format json|text|md|html|tsv|tmx|xliff|xliff12|jsonl] [--level paragraph|sentence|clause] [--tsv-raw] [-o FILE]
      Print the alignment of a document and its translation, or write it as parallel text
      (md, html, xliff, xliff12 and jsonl include the findings of check). TSV cells that a
      spreadsheet would run as a formula (=, +, -, @) get a leading ' unless --tsv-raw.
  check SOURCE TARGET [--source-lang en|ja] [--target-lang en|ja] [--glossary FILE] [--lexicon FILE | --no-lexicon]
        [--rule ID=off|info|warning|error]... [--format text|json] [--frail] [--verbose] [-o FILE]
      Report omissions, additions and likely mistranslations. Exit 1 when errors are found
      (or warnings, with --frail); --verbose adds each rule's documentation link.
  check SOURCE_DIR TARGET_DIR [--jobs N] [--shard i/n] [check's options]
  check [--jobs N] [--shard i/n] [check's options]   (pairs from clause-align.config.json)
      Check every page of a tree against its translation (paired by relative path, or by the
      config's patterns); report pages without translation or without source (warnings).
  stale SOURCE_DIR TARGET_DIR [--format text|json]   (or no arguments: the config's pairs)
      List the pages whose source changed in git since their translation last did, the source
      units that changed and the translation's units to review. Exit 1 when a page is stale.
  merge-reports SHARD.json...
      Merge the JSON reports of check --shard 1/n … n/n into the report of the whole tree.

Options:
  --lexicon FILE  another dictionary (EDICT, JMdict XML or a compiled lexicon) instead of the
                  bundled EDICT index; --no-lexicon aligns and checks without one
  --max-bytes N   largest input file accepted (default 16 MiB)
  --encoding ENC  the translation's (or parse's FILE's) encoding: utf-8, utf-16le, utf-16be,
                  shift_jis, euc-jp (default: UTF-16 by byte order mark, else UTF-8)
  --source-encoding ENC  the same for the source
  -o FILE         write to FILE (atomically; never one of the inputs) instead of stdout
  --debug         show a stack trace for errors
  -h, --help      show this help
  -v, --version   show the version
`

interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

function langOption(value: string | undefined, name: string): Lang | undefined {
  if (value === undefined) return undefined
  if (value !== 'en' && value !== 'ja') throw new ClauseAlignError('usage', `${name} must be \`en\` or \`ja\`, got \`${value}\``)
  return value
}

function formatOption<Format extends string>(value: string | undefined, allowed: readonly Format[], fallback: Format, name = '--format'): Format {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ClauseAlignError('usage', `${name} must be one of ${allowed.join(', ')}, got \`${value}\``)
  }
  return value as Format
}

function maxBytesOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new ClauseAlignError('usage', `--max-bytes must be a positive whole number, got \`${value}\``)
  return number
}

/** A number for the single-pair commands; a promise for the tree commands (workers, git). */
export function run(argv: string[], io: Io): number | Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      lang: {type: 'string'},
      'source-lang': {type: 'string'},
      'target-lang': {type: 'string'},
      glossary: {type: 'string'},
      lexicon: {type: 'string'},
      'no-lexicon': {type: 'boolean'},
      level: {type: 'string'},
      output: {type: 'string', short: 'o'},
      rule: {type: 'string', multiple: true},
      frail: {type: 'boolean'},
      verbose: {type: 'boolean'},
      format: {type: 'string'},
      'max-bytes': {type: 'string'},
      encoding: {type: 'string'},
      'source-encoding': {type: 'string'},
      jobs: {type: 'string'},
      shard: {type: 'string'},
      'tsv-raw': {type: 'boolean'},
      debug: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
      version: {type: 'boolean', short: 'v'}
    }
  })
  if (values.help) {
    io.stdout(usage)
    return 0
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const [command, ...files] = positionals
  rejectForeignOptions(command, values)
  const maxBytes = maxBytesOption(values['max-bytes'])
  const emit = (chunks: Iterable<string>, inputs: NamedInput[]) => emitOutput(chunks, values.output, inputs, io)
  switch (command) {
    case 'parse': {
      if (files.length !== 1) throw new ClauseAlignError('usage', 'parse takes one FILE')
      const format = formatOption(values.format, ['json', 'text'] as const, 'json')
      const inputs = [{role: 'input', path: files[0]}]
      if (values.output) refuseInputAsOutput(values.output, inputs)
      const markdown = readDocument(files[0], {maxBytes, encoding: values.encoding})
      const lang = langOption(values.lang, '--lang') ?? guessLang(markdown)
      const tree = parse(markdown, {lang, path: files[0], maxLength: maxBytes})
      emit(format === 'json' ? jsonLines(tree) : [treeToOutline(tree)], inputs)
      return 0
    }
    case 'align': {
      if (files.length !== 2) throw new ClauseAlignError('usage', 'align takes SOURCE and TARGET')
      const format = formatOption(values.format, ['json', 'text', 'md', 'html', 'tsv', 'tmx', 'xliff', 'xliff12', 'jsonl'] as const, 'json')
      const level = formatOption(values.level, levels, 'sentence', '--level')
      if (values.level !== undefined && (format === 'json' || format === 'text')) {
        throw new ClauseAlignError('usage', `--level goes with md, html, tsv, tmx, xliff or jsonl, not ${format}`)
      }
      const inputs = pairInputs(files[0], files[1], values.glossary)
      if (values.output) refuseInputAsOutput(values.output, inputs)
      const {alignment, glossary, lexicon} = alignFiles(files[0], files[1], values, maxBytes, io)
      const findings = ['md', 'html', 'xliff', 'xliff12', 'jsonl'].includes(format) ? check(alignment, {glossary, lexicon}) : []
      const writers = {
        json: () => jsonLines(alignmentToJson(alignment)),
        text: () => alignmentToText(alignment),
        md: () => toMarkdown(alignment, {level, findings}),
        html: () => toHtml(alignment, {level, findings}),
        tsv: () => toTsv(alignment, {level, raw: values['tsv-raw'] === true}),
        tmx: () => toTmx(alignment, {level, toolVersion: VERSION}),
        xliff: () => toXliff(alignment, {level, findings}),
        xliff12: () => toXliff(alignment, {level, findings, version: '1.2'}),
        jsonl: () => toJsonl(alignment, {level, findings})
      }
      const output = writers[format]()
      emit(typeof output === 'string' ? [output] : output, inputs)
      return 0
    }
    case 'check': {
      if (isTreeCheck(files)) return checkTreeCommand(files, values, treeSettings(values, maxBytes), io)
      if (files.length !== 2) throw new ClauseAlignError('usage', 'check takes SOURCE and TARGET')
      const format = formatOption(values.format, ['text', 'json'] as const, 'text')
      const rules = ruleOptions(values.rule ?? [])
      const inputs = pairInputs(files[0], files[1], values.glossary)
      if (values.output) refuseInputAsOutput(values.output, inputs)
      const {alignment, glossary, lexicon} = alignFiles(files[0], files[1], values, maxBytes, io)
      const messages = check(alignment, {rules, glossary, lexicon})
      emit(format === 'json' ? jsonLines(findingsToJson(alignment, messages)) : [findingsToText(alignment, messages, {verbose: values.verbose})], inputs)
      const errors = messages.some((message) => message.fatal === true)
      const warnings = messages.some((message) => message.fatal === false)
      return errors || (values.frail && warnings) ? 1 : 0
    }
    case 'stale':
      return staleCommand(files, values, treeSettings(values, maxBytes), io)
    case 'merge-reports':
      return mergeCommand(files, values, maxBytes, io)
    case undefined:
      throw new ClauseAlignError('usage', 'missing command (parse, align, check, stale, merge-reports)')
    default:
      throw new ClauseAlignError('usage', `unknown command \`${command}\``)
  }
}

const treeSettings = (values: {'source-lang'?: string | undefined; 'target-lang'?: string | undefined; rule?: string[] | undefined}, maxBytes: number | undefined) => ({
  sourceLang: langOption(values['source-lang'], '--source-lang'),
  targetLang: langOption(values['target-lang'], '--target-lang'),
  maxBytes,
  rules: ruleOptions(values.rule ?? [])
})

/** Output to `-o FILE` (atomically, never over an input) or to stdout. */
function emitOutput(chunks: Iterable<string>, output: string | undefined, inputs: readonly NamedInput[], io: Io): void {
  if (output === undefined) return writeChunks(chunks, io.stdout)
  refuseInputAsOutput(output, inputs)
  writeFileAtomic(output, chunks)
}

function pairInputs(source: string, target: string, glossary: string | undefined): NamedInput[] {
  const inputs = [{role: 'source', path: source}, {role: 'target', path: target}]
  return glossary === undefined ? inputs : [...inputs, {role: 'glossary', path: glossary}]
}

function ruleOptions(entries: string[]): Partial<Record<RuleId, Severity>> {
  const rules: Partial<Record<RuleId, Severity>> = {}
  for (const entry of entries) {
    const match = /^([\w-]+)=(off|info|warning|error)$/.exec(entry)
    if (!match) throw new ClauseAlignError('usage', `--rule takes ID=off|info|warning|error, got \`${entry}\``)
    if (!(ruleIds as readonly string[]).includes(match[1])) {
      throw new ClauseAlignError('usage', `unknown rule \`${match[1]}\`, expected one of ${ruleIds.join(', ')}`)
    }
    rules[match[1] as RuleId] = match[2] as Severity
  }
  return rules
}

function alignFiles(
  sourcePath: string,
  targetPath: string,
  values: {'source-lang'?: string | undefined; 'target-lang'?: string | undefined; glossary?: string | undefined; lexicon?: string | undefined; 'no-lexicon'?: boolean | undefined; encoding?: string | undefined; 'source-encoding'?: string | undefined},
  maxBytes: number | undefined,
  io: Io
) {
  // --encoding names the translation's (the file most often not UTF-8), --source-encoding the source's.
  const sourceText = readDocument(sourcePath, {maxBytes, encoding: values['source-encoding']})
  const targetText = readDocument(targetPath, {maxBytes, encoding: values.encoding})
  const glossary = values.glossary ? parseGlossary(readDocument(values.glossary, {maxBytes}), values.glossary) : []
  const sourceEvidence = languageEvidence(sourceText)
  const targetEvidence = languageEvidence(targetText)
  const sourceLang = languageOf(sourceEvidence, sourcePath, langOption(values['source-lang'], '--source-lang'), '--source-lang', io)
  const targetLang = languageOf(targetEvidence, targetPath, langOption(values['target-lang'], '--target-lang'), '--target-lang', io)
  const bothRead = sourceEvidence.letters >= 20 && targetEvidence.letters >= 20
  if (sourceLang === targetLang && bothRead && !values['source-lang'] && !values['target-lang']) {
    io.stderr(`clause-align: warning: ${sourcePath} and ${targetPath} both read as ${names[sourceLang]}; is the translation in the source language?\n`)
  }
  const source = parse(sourceText, {lang: sourceLang, path: sourcePath, maxLength: maxBytes})
  const target = parse(targetText, {lang: targetLang, path: targetPath, maxLength: maxBytes})
  const lexicon = lexiconOption(values)
  return {alignment: align(source, target, {glossary, lexicon, sourcePath, targetPath}), glossary, lexicon}
}

/** The bundled dictionary unless `--no-lexicon`; `--lexicon FILE` brings another (EDICT, JMdict or compiled). */
function lexiconOption(values: {lexicon?: string | undefined; 'no-lexicon'?: boolean | undefined}): Lexicon | undefined {
  if (values['no-lexicon']) {
    if (values.lexicon !== undefined) throw new ClauseAlignError('usage', '--lexicon and --no-lexicon exclude each other')
    return undefined
  }
  if (values.lexicon === undefined) return defaultLexicon()
  const path = values.lexicon
  try {
    return loadDictionaryFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ClauseAlignError(code === 'ENOENT' ? 'file-not-found' : 'unreadable', code === 'ENOENT' ? 'no such file' : `cannot read the lexicon (${error instanceof Error ? error.message : String(error)})`, path)
  }
}

const names = {en: 'English', ja: 'Japanese'} as const

/** The language given, with a warning when the text plainly reads as the other one; else a guess. */
function languageOf(evidence: LanguageEvidence, path: string, given: Lang | undefined, option: string, io: Io): Lang {
  if (given && evidence.lang !== given && evidence.letters >= 20 && evidence.share >= 0.8) {
    io.stderr(`clause-align: warning: ${path} reads as ${names[evidence.lang]}, but ${option} says ${given}\n`)
  }
  return given ?? evidence.lang
}

declare const VERSION: string

export function main(): void {
  const argv = process.argv.slice(2)
  const debug = argv.includes('--debug')
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  }
  process.stdout.on('error', stdoutFailed)
  const fail = (error: unknown) => {
    const known = error instanceof ClauseAlignError
    const isArgError = (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')
    const message = error instanceof Error ? error.message : String(error)
    if (known || isArgError) {
      io.stderr(`clause-align: ${message}\n`)
      if (known && (error as ClauseAlignError).code === 'usage') io.stderr(`Try \`clause-align --help\`.\n`)
    } else {
      io.stderr(`clause-align: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`)
    }
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n')
    process.exitCode = 2
  }
  try {
    const code = run(argv, io)
    if (typeof code === 'number') process.exitCode = code
    else code.then((value) => (process.exitCode = value), fail)
  } catch (error) {
    fail(error)
  }
}

/**
 * stdout failed after the command ran (write errors arrive as events). A closed pipe (`| head`)
 * means the reader has what it wanted: stop quietly with the command's own exit code. Anything
 * else (a full disk) loses output: say so in one line and exit 2.
 */
function stdoutFailed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') {
    process.exit()
  }
  process.stderr.write(`clause-align: cannot write to stdout (${error.code ?? error.message})\n`)
  process.exit(2)
}
