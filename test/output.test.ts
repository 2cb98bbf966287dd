import fc from 'fast-check'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import {toString} from 'mdast-util-to-string'
import type {Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {
  ClauseAlignError,
  align,
  check,
  parse,
  parseGlossary,
  rowsOf,
  toHtml,
  toJsonl,
  toMarkdown,
  toTmx,
  toTsv,
  toXliff,
  walk,
  type Alignment,
  type Level,
  type Row
} from 'clause-align'
import {corpusFile} from './helpers/corpus.js'
import {readTmx, readXliff} from './helpers/xml-readers.js'

const glossary = parseGlossary(corpusFile('glossary.tsv'))
const corpus = align(parse(corpusFile('en.md'), {lang: 'en'}), parse(corpusFile('ja.md'), {lang: 'ja'}), {glossary, sourcePath: 'en.md', targetPath: 'ja.md'})
const findings = check(corpus, {glossary})
const joined = (units: Row['source'], lang: string) => units.map((unit) => unit.text).join(lang === 'ja' ? '' : ' ')

/** Every XML output reads back, in order, as the alignment's texts. */
function expectXmlRoundTrip(alignment: Alignment, level: Level = 'sentence'): void {
  const rows = rowsOf(alignment, {level})
  const {lang: sourceLang} = alignment.source
  const {lang: targetLang} = alignment.target
  const tmx = readTmx(toTmx(alignment, {level, includeUnaligned: true}))
  expect(tmx).toHaveLength(rows.length)
  rows.forEach((row, index) => {
    if (row.source.length > 0) expect(tmx[index][sourceLang]).toBe(joined(row.source, sourceLang))
    if (row.target.length > 0) expect(tmx[index][targetLang]).toBe(joined(row.target, targetLang))
  })
  const {segments} = readXliff(toXliff(alignment, {level}))
  const withUnits = rows.length
  expect(segments.filter((segment) => segment.source !== '' || segment.target !== undefined)).toHaveLength(withUnits)
  const readable = segments.filter((segment) => segment.source !== '' || segment.target !== undefined)
  rows.forEach((row, index) => {
    expect(readable[index].source).toBe(joined(row.source, sourceLang))
    expect(readable[index].target).toBe(row.target.length > 0 ? joined(row.target, targetLang) : undefined)
  })
}

/** All reader-facing text of a tree: clauses, labels and citation markers. */
function documentText(alignment: Alignment, side: 'source' | 'target'): string {
  const parts: string[] = []
  for (const node of walk(alignment[side])) {
    if (node.type === 'ClauseNode' || node.type === 'LabelNode' || node.type === 'CitationNode') parts.push(node.value)
  }
  return parts.join('').replace(/\s+/g, '')
}

describe('parallel text: bundled corpus', () => {
  for (const level of ['paragraph', 'sentence', 'clause'] as const) {
    it(`keeps every text exactly once at ${level} level`, () => {
      const rows = rowsOf(corpus, {level})
      // Clause links may cross, so at clause level compare the characters, not their order.
      const normal = (text: string) => (level === 'clause' ? [...text].sort().join('') : text)
      for (const side of ['source', 'target'] as const) {
        const written = rows.flatMap((row) => row[side].map((unit) => unit.text)).join('').replace(/\s+/g, '')
        expect(normal(written)).toBe(normal(documentText(corpus, side)))
      }
      expectXmlRoundTrip(corpus, level)
    })
  }

  it('writes TMX 1.4b without unaligned beads by default', () => {
    const tmx = toTmx(corpus, {toolVersion: '1.2.3'})
    expect(tmx).toMatch(/<header creationtool="clause-align" creationtoolversion="1.2.3" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="clause-align"\/>/)
    const units = readTmx(tmx)
    expect(units).toHaveLength(corpus.beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0).length)
    expect(units.every((unit) => unit.en !== undefined && unit.ja !== undefined)).toBe(true)
    expect(toTmx(corpus, {level: 'clause'})).toContain('segtype="phrase"')
  })

  it('writes XLIFF 2.1 with a unit per paragraph link and findings as notes', () => {
    const xliff = toXliff(corpus, {findings})
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ja">')
    expect(xliff.match(/<unit /g)).toHaveLength(corpus.paragraphs.length)
    const {notes} = readXliff(xliff)
    expect(notes).toHaveLength(findings.length)
    expect(notes.map((note) => note.category)).toContain('omission')
  })

  it('writes a Markdown table per paragraph link with a row per bead', () => {
    const markdown = toMarkdown(corpus, {findings})
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
    const tables = tree.children.filter((node): node is Table => node.type === 'table')
    expect(tables).toHaveLength(corpus.paragraphs.length)
    const rows = rowsOf(corpus)
    const cells = tables.flatMap((table) => table.children.slice(1)).map((row) => row.children.map((cell) => toString(cell)))
    expect(cells).toHaveLength(rows.length)
    rows.forEach((row, index) => {
      expect(cells[index]).toHaveLength(2)
      expect(cells[index][0].replace(/ \*?\*?⚠.*$/, '').replace(/⚠ [\w-]+/g, '').trim()).toBe(row.source.map((unit) => unit.text).join(' '))
    })
  })

  it('writes TSV with hunalign-style joins and one line per bead', () => {
    const lines = toTsv(corpus).trimEnd().split('\n')
    expect(lines).toHaveLength(corpus.beads.length)
    for (const line of lines) expect(line.split('\t')).toHaveLength(4)
    const merged = lines.find((line) => line.endsWith('p4.s2=p5.s2,p5.s3'))!
    expect(merged.split('\t')[1]).toContain(' ~~~ ')
  })

  it('writes JSONL with one bead per line', () => {
    const lines = toJsonl(corpus, {findings}).trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(corpus.beads.length)
    // The blog's own title has no source; the statement's title is rendered in the preface.
    expect(lines[0]).toMatchObject({paragraph: 0, type: '0-1', source: [], target: [{id: 'p1.s1'}]})
    expect(lines[1]).toMatchObject({paragraph: 1, type: '1-1', source: [{id: 'p1.s1'}], target: [{id: 'p2.s1'}]})
    expect(lines.flatMap((line) => line.findings).length).toBe(findings.length)
  })
})

const hostile = ['<script>alert(1)</script>', '"onerror="alert(2)', '</td></tr>', ']]>', "it's", 'a & b', '|pipe|', '\u0001', '\u001f', '😀', '\u0008', 'tab\there', '`code`']

describe('parallel text: hostile content', () => {
  const documents = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...hostile), fc.constantFrom('The summit met in 2025.', 'It agreed on 3 points.', 'Delegates left')), {minLength: 1, maxLength: 6}),
      fc.array(fc.tuple(fc.constantFrom(...hostile), fc.constantFrom('会合は2025年に開かれた。', '3点で合意した。', '代表団は帰国した')), {minLength: 1, maxLength: 6})
    )
    .map(([en, ja]) => ({
      en: en.map(([bad, text], index) => `${index + 1}. ${text} ${bad} ${text}`).join('\n'),
      ja: ja.map(([bad, text], index) => `${index + 1}. ${text}${bad}${text}`).join('\n')
    }))

  it('survives in every XML output, read back with an XML parser', () => {
    fc.assert(
      fc.property(documents, ({en, ja}) => {
        const alignment = align(parse(en, {lang: 'en'}), parse(ja, {lang: 'ja'}))
        expectXmlRoundTrip(alignment)
        expectXmlRoundTrip(alignment, 'clause')
      }),
      {numRuns: 60}
    )
  })

  it('comes out of HTML as inert text', () => {
    fc.assert(
      fc.property(documents, ({en, ja}) => {
        const alignment = align(parse(en, {lang: 'en'}), parse(ja, {lang: 'ja'}))
        const html = toHtml(alignment, {findings: check(alignment)})
        expect(html).not.toMatch(/<script/i)
        expect(html).not.toMatch(/<\/td><\/tr>[^<\n]*<\/td>/)
        expect(html).not.toContain('"onerror=')
        // Outside the style sheet, every `<` opens one of our own tags.
        const markup = html.replace(/<style>[\s\S]*<\/style>/, '')
        for (const tag of markup.match(/<\/?([a-z0-9]+)/gi) ?? []) {
          expect(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'p', 'small', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'section', 'ol', 'li']).toContain(tag.replace(/[</]/g, '').toLowerCase())
        }
      }),
      {numRuns: 40}
    )
  })

  it('keeps TSV and Markdown rows aligned whatever the text', () => {
    fc.assert(
      fc.property(documents, ({en, ja}) => {
        const alignment = align(parse(en, {lang: 'en'}), parse(ja, {lang: 'ja'}))
        const rows = rowsOf(alignment)
        const lines = toTsv(alignment).trimEnd().split('\n')
        expect(lines).toHaveLength(rows.length)
        for (const line of lines) expect(line.split('\t')).toHaveLength(4)
        const tree = unified().use(remarkParse).use(remarkGfm).parse(toMarkdown(alignment))
        const tableRows = tree.children.filter((node): node is Table => node.type === 'table').flatMap((table) => table.children.slice(1))
        expect(tableRows).toHaveLength(rows.length)
        for (const row of tableRows) expect(row.children).toHaveLength(2)
      }),
      {numRuns: 40}
    )
  })

  it('rejects lone surrogates in XML with a clear error', () => {
    const alignment = align(parse('1. Broken \uD800 text.', {lang: 'en'}), parse('1. 壊れた文。', {lang: 'ja'}))
    expect(() => toTmx(alignment)).toThrow(ClauseAlignError)
    expect(() => toXliff(alignment)).toThrow(/p1\.s1: text has a lone surrogate U\+D800/)
  })
})
