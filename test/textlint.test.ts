/**
 * The textlint rule through textlint itself (its `createLinter` API, the built-in Markdown
 * plugin): on the bundled pair it reports what `check` finds with the same options, at the same
 * offsets, and a source it cannot find is one clear message, not a crash.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createLinter, loadTextlintrc} from 'textlint'
import clauseAlignTextlint, {sourcePathFor, type TextlintOptions} from 'clause-align/textlint'
import {align, check, defaultLexicon, parse, parseGlossary} from 'clause-align'
import {corpusDir, root} from './helpers/corpus.js'

const en = path.join(corpusDir, 'en.md')
const ja = path.join(corpusDir, 'ja.md')
const glossary = path.join(corpusDir, 'glossary.tsv')
const ruleId = 'clause-align/textlint'

// Templates are relative to the working directory, as in a project's .textlintrc.
const relative = (file: string) => path.relative(process.cwd(), file)

async function linter(options: TextlintOptions) {
  // The built-in plugins (Markdown, text) as textlint loads them, plus this rule as a .textlintrc would name it.
  const builtIn = await loadTextlintrc({configFilePath: path.join(root, 'test', 'no-such-textlintrc.json')})
  const descriptor = builtIn.shallowMerge({rules: [{ruleId, rule: clauseAlignTextlint, options}]})
  return createLinter({descriptor, cwd: root})
}

describe('clause-align/textlint', () => {
  it('reports the findings of check (bundled lexicon, glossary) at the same offsets in the translation', async () => {
    const options = {source: 'corpus/{path}/en.md', target: 'corpus/{path}/ja.md', glossary: relative(glossary)}
    const [result] = await (await linter(options)).lintFiles([ja])
    const terms = parseGlossary(readFileSync(glossary, 'utf8'))
    const lexicon = defaultLexicon()
    const alignment = align(parse(readFileSync(en, 'utf8'), {lang: 'en', path: en}), parse(readFileSync(ja, 'utf8'), {lang: 'ja', path: ja}), {glossary: terms, lexicon, sourcePath: en, targetPath: ja})
    const findings = check(alignment, {glossary: terms, lexicon})
    // A finding in the source (an omission) is reported where the translation lacks it: its cause's place.
    const expected = findings.map((finding) => {
      const place = finding.side === 'target' ? finding.place : (finding.cause as typeof finding).place
      if (!place || !('start' in place)) throw new Error(`no place for ${finding.ruleId}`)
      return {
        where: `${finding.ruleId}:${place.start.line}:${place.start.column}`,
        range: [place.start.offset, place.end.offset],
        message: `${finding.ruleId}: ${finding.reason}`
      }
    })
    expect(result).toBeDefined()
    expect(findings.some((finding) => finding.side === 'source')).toBe(true)
    expect(findings.length).toBeGreaterThan(5)
    const reported = result!.messages.map((message) => ({
      where: `${message.message.split(':')[0]}:${message.line}:${message.column}`,
      range: [...message.range],
      message: message.message
    }))
    expect(result!.messages.every((message) => message.ruleId === ruleId)).toBe(true)
    const order = (a: {where: string; range: (number | undefined)[]}, b: {where: string; range: (number | undefined)[]}) => a.range[0]! - b.range[0]! || a.where.localeCompare(b.where)
    expect(reported.sort(order)).toEqual(expected.sort(order))
  })

  it('says which source it could not find, in one message on the translation', async () => {
    const [result] = await (await linter({source: 'corpus/{path}/missing.md', target: 'corpus/{path}/ja.md'})).lintFiles([ja])
    expect(result!.messages).toHaveLength(1)
    expect(result!.messages[0]!.message).toBe(`clause-align: ${path.join('corpus', 'paris-2025', 'missing.md')}: no such file`)
    expect(result!.messages[0]!.line).toBe(1)
  })

  it('says what is wrong with its options', async () => {
    const lint = await linter({source: 'corpus/{path}/en.md'} as TextlintOptions)
    const result = await lint.lintText(readFileSync(ja, 'utf8'), ja)
    expect(result.messages.map((message) => message.message)).toEqual([expect.stringMatching(/^clause-align: \{path\} in "corpus\/\{path\}\/en\.md" needs a `target` template/)])
    const none = await (await linter({})).lintText('# 見出し\n', ja)
    expect(none.messages.map((message) => message.message)).toEqual([expect.stringMatching(/^clause-align: the `source` option is required/)])
  })

  it('leaves alone a file that is not one of the target template’s', async () => {
    const result = await (await linter({source: 'corpus/{path}/en.md', target: 'docs/ja/{path}.md'})).lintText('# Unrelated\n', path.join(root, 'README.md'))
    expect(result.messages).toEqual([])
  })
})

describe('sourcePathFor', () => {
  it('maps a translation to its source by {name} or by the {path} its target template matches', () => {
    expect(sourcePathFor({source: 'docs/en/{name}.md'}, 'docs/ja/guide/intro.md', '/project')).toBe('docs/en/intro.md')
    expect(sourcePathFor({source: 'docs/{path}.md', target: 'i18n/ja/{path}.md'}, '/project/i18n/ja/guide/intro.md', '/project')).toBe('docs/guide/intro.md')
    expect(sourcePathFor({source: 'docs/{path}.md', target: 'i18n/ja/{path}.md'}, '/project/docs/guide/intro.md', '/project')).toBeUndefined()
    expect(() => sourcePathFor({source: 'docs/{path}.md', target: 'i18n/ja/*.md'}, 'i18n/ja/a.md', '/project')).toThrow(/must hold \{path\} once/)
  })
})
