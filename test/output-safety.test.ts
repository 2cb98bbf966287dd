/**
 * Nothing a document holds acts on the consumer of an output: the terminal (control and bidi
 * characters), a Markdown renderer (autolinks), a spreadsheet (formulas), a line-splitting JSONL
 * reader; and the XML outputs validate against their schemas.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import {visit} from 'unist-util-visit'
import {align, alignmentToText, check, findingsToText, parse, parseGlossary, toJsonl, toMarkdown, toTmx, toTsv, toXliff, treeToOutline} from 'clause-align'
import {corpusFile, root} from './helpers/corpus.js'
import {controlText} from './helpers/generators.js'

// Raw ESC, other C0 controls but tab and line feed, DEL, C1, bidi controls.
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const hostileEn = 'The summit met \u001b[2J\u001b]8;;https://evil.example\u0007here\u001b]8;;\u0007 in 2025 \u202eevil\u202c today.\n\nIt agreed \u009b31m on 3 points.'
const hostileJa = 'サミットは\u001b[31m2025年\u2066に開かれた。\n\n3点で合意した\u0007。\n\n追加された文\u001b[2Jです。'

describe('terminal: control and bidi characters are shown, not run', () => {
  it('in the text report, the text alignment, the outline, Markdown and TSV', () => {
    const alignment = align(parse(hostileEn, {lang: 'en'}), parse(hostileJa, {lang: 'ja'}))
    const findings = check(alignment)
    const outputs = {
      report: findingsToText(alignment, findings),
      text: alignmentToText(alignment),
      outline: treeToOutline(alignment.source) + treeToOutline(alignment.target),
      md: toMarkdown(alignment, {findings}),
      tsv: toTsv(alignment)
    }
    for (const [name, output] of Object.entries(outputs)) expect(output, name).not.toMatch(raw)
    expect(outputs.text).toContain('␛[2J')
    expect(outputs.text).toContain('<U+202E>evil')
    expect(outputs.tsv).toContain('\\u001b[2J')
    expect(outputs.report).toMatch(/追加された文␛\[2Jです/)
  })

  it('for any control text (property)', () => {
    fc.assert(
      fc.property(controlText, controlText, (en, ja) => {
        const alignment = align(parse(`Start ${en} end.`, {lang: 'en'}), parse(`開始${ja}終了。\n\n追加${ja}。`, {lang: 'ja'}))
        const findings = check(alignment)
        for (const output of [findingsToText(alignment, findings), alignmentToText(alignment), toMarkdown(alignment, {findings}), toTsv(alignment)]) expect(output).not.toMatch(raw)
      }),
      {numRuns: 100}
    )
  })
})

describe('Markdown: no document text becomes a link', () => {
  it('www., https:// and e-mail addresses stay text in a GFM renderer', () => {
    const en = 'See www.example.com and https://example.org/x or mail someone@example.com now. Also mailto:a@b.co and xmpp:c@d.org here.'
    const ja = '詳細はwww.example.com、https://example.org/x、someone@example.comを参照。'
    const markdown = toMarkdown(align(parse(en, {lang: 'en'}), parse(ja, {lang: 'ja'})))
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
    const links: string[] = []
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'html') links.push(JSON.stringify(node))
    })
    expect(links).toEqual([])
    // The text reads the same: only invisible word joiners were added.
    expect(markdown.replace(/\u2060/g, '')).toContain('www.example.com and https://example.org/x or mail someone@example.com')
  })
})

describe('TSV: spreadsheet formulas', () => {
  const alignment = align(parse('=HYPERLINK("http://x","y")\n\n+1 more.\n\n@SUM(A1)', {lang: 'en'}), parse('-2+3\n\n普通の文。\n\n=1+1', {lang: 'ja'}))

  it('neutralises cells starting with = + - @ by default, keeps them with raw', () => {
    const cells = toTsv(alignment).trimEnd().split('\n').flatMap((line) => line.split('\t'))
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([])
    expect(cells).toContain(`'=HYPERLINK("http://x","y")`)
    expect(cells).toContain("'-2+3")
    const rawCells = toTsv(alignment, {raw: true}).split(/[\t\n]/)
    expect(rawCells).toContain('=HYPERLINK("http://x","y")')
  })
})

describe('JSONL: Unicode line separators', () => {
  it('escapes U+2028, U+2029 and U+0085 so that every record stays on one line for any reader', () => {
    const alignment = align(parse('The summit met in 2025.', {lang: 'en'}), parse('サミットは2024年に開かれた。\n\n追加の段落です。', {lang: 'ja'}))
    const findings = check(alignment)
    expect(findings.length).toBeGreaterThan(0)
    // A finding's message is any text (a caller's own rule, a quoted document).
    findings[0]!.reason = 'One\u2028two\u2029three\u0085four'
    const jsonl = toJsonl(alignment, {findings})
    expect(jsonl).not.toMatch(/[\u2028\u2029\u0085]/)
    const records = jsonl.trimEnd().split(/\r\n|[\n\r\u2028\u2029\u0085]/)
    expect(records).toHaveLength(alignment.beads.length)
    expect(records.flatMap((record) => JSON.parse(record).findings.map((finding: {message: string}) => finding.message))).toContain('One\u2028two\u2029three\u0085four')
  })
})

const schemas = path.resolve(root, '..', 'shared', 'schemas')
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0
const canValidate = existsSync(schemas) && hasXmllint

describe('XML outputs validate against their schemas', () => {
  if (!canValidate) {
    it.skip(`needs ${schemas} and xmllint (Debian libxml2-utils)`, () => {})
    return
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'clause-align-schemas-'))
  const glossary = parseGlossary(corpusFile('glossary.tsv'))
  const corpus = align(parse(corpusFile('en.md'), {lang: 'en'}), parse(corpusFile('ja.md'), {lang: 'ja'}), {glossary, sourcePath: 'en.md', targetPath: 'ja.md'})
  const findings = check(corpus, {glossary})
  const hostile = align(parse(hostileEn, {lang: 'en'}), parse(hostileJa, {lang: 'ja'}))
  const validate = (name: string, xml: string, args: string[]) => {
    const file = path.join(dir, name)
    writeFileSync(file, xml)
    const result = spawnSync('xmllint', ['--noout', ...args, file], {encoding: 'utf8'})
    expect(result.stderr, name).toMatch(args[0] === '--schema' ? /validates\n$/ : /^$/)
    expect(result.status, name).toBe(0)
  }
  for (const level of ['paragraph', 'sentence', 'clause'] as const) {
    it(`XLIFF 1.2 (strict), XLIFF 2 and TMX 1.4 at ${level} level, of the bundled corpus and of hostile text`, () => {
      for (const [name, alignment, messages] of [['corpus', corpus, findings], ['hostile', hostile, check(hostile)]] as const) {
        validate(`${name}-${level}.xlf`, toXliff(alignment, {level, findings: messages, version: '1.2'}), ['--schema', path.join(schemas, 'xliff-core-1.2-strict.xsd')])
        validate(`${name}-${level}.xliff`, toXliff(alignment, {level, findings: messages}), ['--schema', path.join(schemas, 'xliff_core_2.0.xsd')])
        validate(`${name}-${level}.tmx`, toTmx(alignment, {level, includeUnaligned: true}), ['--dtdvalid', path.join(schemas, 'tmx14.dtd')])
      }
    })
  }
})
