/**
 * The unified plugin through unified itself: remark-parse, then `clause-align/remark` on the
 * translation, gives the same findings at the same places as `check` with the same options.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import clauseAlignRemark, {type RemarkOptions} from 'clause-align/remark'
import {align, check, defaultLexicon, parse, parseGlossary, type Lexicon} from 'clause-align'
import {corpusDir} from './helpers/corpus.js'

const en = path.join(corpusDir, 'en.md')
const ja = path.join(corpusDir, 'ja.md')
const glossary = path.join(corpusDir, 'glossary.tsv')

/** `check` on the bundled pair with the options the plugin is given, as the CLI runs it. */
function expectedFindings(lexicon: Lexicon | undefined) {
  const terms = parseGlossary(readFileSync(glossary, 'utf8'))
  const alignment = align(parse(readFileSync(en, 'utf8'), {lang: 'en', path: en}), parse(readFileSync(ja, 'utf8'), {lang: 'ja', path: ja}), {
    glossary: terms,
    lexicon,
    sourcePath: en,
    targetPath: ja
  })
  return check(alignment, {glossary: terms, lexicon})
}

async function lint(options: Partial<RemarkOptions> = {}) {
  const file = new VFile({path: ja, value: readFileSync(ja, 'utf8')})
  const processor = unified().use(remarkParse).use(clauseAlignRemark, {source: (vfile) => vfile.path.replace(/ja\.md$/, 'en.md'), glossary, ...options})
  await processor.run(processor.parse(file), file)
  return file
}

const where = (message: {ruleId?: string | undefined; fatal?: boolean | null | undefined; line?: number | undefined; column?: number | undefined}) =>
  `${message.ruleId}:${message.fatal}:${message.line}:${message.column}`

describe('clause-align/remark', () => {
  it('adds the findings of check (with the bundled lexicon, as the CLI) to the translation file, at the same places', async () => {
    const file = await lint()
    const expected = expectedFindings(defaultLexicon())
    expect(file.messages.length).toBe(expected.length)
    expect(file.messages.length).toBeGreaterThan(5)
    // Findings in the translation keep their place; the omission moves to where the translation lacks it.
    const inTarget = expected.filter((message) => message.side === 'target')
    expect(file.messages.filter((message) => message.ruleId !== 'omission').map(where)).toEqual(inTarget.map(where))
    const omission = file.messages.find((message) => message.ruleId === 'omission')
    expect(omission?.file).toBe(ja)
    expect(omission?.fatal).toBe(true)
    expect(omission?.line).toBe(5)
  })

  it('checks without a lexicon when told, as check does without one', async () => {
    const file = await lint({lexicon: false})
    const without = expectedFindings(undefined)
    expect(file.messages.filter((message) => message.ruleId !== 'omission').map(where)).toEqual(without.filter((message) => message.side === 'target').map(where))
  })

  it('finds with the lexicon what it cannot find without (a dropped numbered item)', async () => {
    // Item 3 of five is dropped and the rest renumbered: only word evidence says which.
    const fixture = path.join(corpusDir, '..', '..', 'test', 'fixtures', 'general-numbered-list-dropped-item')
    const omissionLine = async (options: Partial<RemarkOptions>) => {
      const file = new VFile({path: path.join(fixture, 'ja.md'), value: readFileSync(path.join(fixture, 'ja.md'), 'utf8')})
      const processor = unified().use(remarkParse).use(clauseAlignRemark, {source: () => path.join(fixture, 'en.md'), ...options})
      await processor.run(processor.parse(file), file)
      return file.messages.filter((message) => message.ruleId === 'omission').map((message) => message.reason)
    }
    expect((await omissionLine({})).join()).toContain('Provide grants to small publishers')
    expect((await omissionLine({lexicon: false})).join()).not.toContain('Provide grants to small publishers')
  })

  it('leaves a file alone when it has no source', async () => {
    const file = new VFile({path: 'README.md', value: '# Hello\n'})
    const processor = unified().use(remarkParse).use(clauseAlignRemark, {source: () => undefined})
    await processor.run(processor.parse(file), file)
    expect(file.messages).toEqual([])
  })
})
