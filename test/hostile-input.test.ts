/**
 * Hostile or careless input that used to pass silently or give broken output: glossary rows,
 * hand-built trees and options at the API boundary, message excerpts cut inside a character.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import {visit} from 'unist-util-visit'
import {ClauseAlignError, align, check, parse, parseGlossary, termMatcher, toHtml, toMarkdown, toTmx, toXliff, validateTree, type RootNode} from 'clause-align'

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('glossary rows', () => {
  it('build the term tables of a parsed glossary once, and those of a hand-built one each time', () => {
    // align and check both match terms: with 100,000 rows, building the tables was most of check.
    const parsed = parseGlossary('Planet\t地球\n')
    expect(Object.isFrozen(parsed) && Object.isFrozen(parsed[0])).toBe(true)
    expect(termMatcher(parsed, 'ja')).toBe(termMatcher(parsed, 'ja'))
    expect(termMatcher(parsed, 'en')).not.toBe(termMatcher(parsed, 'ja'))
    const byHand = [{en: ['Planet'], ja: ['地球'], forbidden: []}]
    const before = termMatcher(byHand, 'ja')
    byHand[0]!.ja.push('惑星')
    expect(termMatcher(byHand, 'ja')).not.toBe(before)
    expect(termMatcher(byHand, 'ja')('惑星').map((mention) => mention.text)).toEqual(['惑星'])
  })

  it('skip a header row after comments, and only the first row', () => {
    // The bundled glossary opens with comment lines; its `EN<TAB>JA<TAB>note` row is no term.
    const glossary = parseGlossary('# terms of the statement\n# source: …\nEN\tJA\tnote\nPlanet\t地球\n')
    expect(glossary.map((entry) => entry.en)).toEqual([['Planet']])
    expect(parseGlossary('Planet\t地球\nEN\tJA\n').map((entry) => entry.en)).toEqual([['Planet'], ['EN']])
  })

  it('rejects empty terms and renderings with file, line and problem', () => {
    const cases: Array<[string, RegExp]> = [
      ['data\t!', /^g\.tsv: glossary line 1: empty forbidden rendering/],
      ['# comment\n|\tデータ', /^g\.tsv: glossary line 2: empty English term in `\|`/],
      ['data|\tデータ', /line 1: empty English term in `data\|`/],
      ['data\tデータ||資料', /line 1: empty Japanese rendering in `データ\|\|資料`/],
      ['data\tデータ|! ', /line 1: empty forbidden rendering/]
    ]
    for (const [tsv, message] of cases) expect(() => parseGlossary(tsv, 'g.tsv'), tsv).toThrow(message)
  })

  it('merges rows for the same English term, and rejects a rendering both accepted and forbidden', () => {
    const glossary = parseGlossary('data\tデータ\tfirst\nsummit\tサミット\nData|dataset\t資料|!データー\tsecond', 'g.tsv')
    expect(glossary).toEqual([
      {en: ['data', 'Data', 'dataset'], ja: ['データ', '資料'], forbidden: ['データー'], note: 'first; second'},
      {en: ['summit'], ja: ['サミット'], forbidden: [], note: undefined}
    ])
    expect(() => parseGlossary('data\tデータ\ndata\t!データ', 'g.tsv')).toThrow(/^g\.tsv: glossary line 2: `データ` contradicts line 1, where `data` accepts it/)
    expect(() => parseGlossary('data\tデータ|!データ', 'g.tsv')).toThrow(/line 1: `データ` is both accepted and forbidden for `data`/)
  })

  it('a merged term gives one consistent finding, not contradictory ones', () => {
    const glossary = parseGlossary('data\tデータ\ndata\t資料')
    const alignment = align(parse('The data is ready.', {lang: 'en'}), parse('資料は準備できている。', {lang: 'ja'}), {glossary})
    expect(check(alignment, {glossary}).filter((message) => message.ruleId === 'term')).toEqual([])
  })

  it('an empty form in a hand-built glossary matches nothing', () => {
    const match = termMatcher([{en: [''], ja: [''], forbidden: ['']}], 'ja')
    expect(match('どこにでも')).toEqual([])
  })
})

describe('message excerpts', () => {
  it('are cut between characters, never inside a surrogate pair', () => {
    const en = `${'A'.repeat(58)}😀 is the untranslated sentence here.\n\nThe summit met.`
    const alignment = align(parse(en, {lang: 'en'}), parse('サミットが開かれた。', {lang: 'ja'}))
    const reasons = check(alignment).map((message) => message.reason)
    expect(reasons.some((reason) => reason.includes('…'))).toBe(true)
    for (const reason of reasons) expect(reason).not.toMatch(loneSurrogate)
  })
})

describe('API boundary: trees and options', () => {
  const en = () => parse('The summit met in 2025.\n\nIt agreed on 3 points.', {lang: 'en'})
  const ja = () => parse('サミットは2025年に開かれた。\n\n3点で合意した。', {lang: 'ja'})
  const throwsClear = (run: () => unknown, message: RegExp) => {
    let error: unknown
    try {
      run()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ClauseAlignError)
    expect((error as Error).message).toMatch(message)
  }

  it('rejects a language other than en or ja on a hand-built or reloaded tree, in align and in every writer', () => {
    const source = en()
    ;(source as {lang: string}).lang = '"><script>alert(1)</script>'
    throwsClear(() => align(source, ja()), /^align: the source tree: lang must be `en` or `ja`/)
    const alignment = align(en(), ja())
    ;(alignment.target as {lang: string}).lang = '<script>'
    for (const write of [toHtml, toMarkdown, toTmx, toXliff]) throwsClear(() => write(alignment), /^output: the target tree: lang must be `en` or `ja`/)
    throwsClear(() => check(alignment), /^check: the target tree: lang must be/)
  })

  it('rejects nodes without data, cycles, shared nodes and duplicate ids with a ClauseAlignError', () => {
    const noData = en()
    delete (noData.children[0] as {data?: unknown}).data
    throwsClear(() => align(noData, ja()), /child 1 of root: ParagraphNode has no `data`/)
    const cyclic = en()
    ;(cyclic.children[0]!.children as unknown[]).push(cyclic)
    throwsClear(() => align(cyclic, ja()), /the same node appears twice \(a cycle/)
    const duplicate = en()
    duplicate.children[1]!.data.id = duplicate.children[0]!.data.id
    throwsClear(() => align(duplicate, ja()), /duplicate id `p1`/)
    const wrongLang = en()
    wrongLang.children[0]!.data.lang = 'ja'
    throwsClear(() => validateTree(wrongLang, 'mine'), /^mine: p1: data.lang must be the tree's `en`, got `ja`/)
    expect(() => validateTree(JSON.parse(JSON.stringify(en())), 'reloaded')).not.toThrow()
  })

  it('rejects ratios and bands that are not finite numbers, and unknown rule ids in ignore as in rules', () => {
    for (const ratio of [Infinity, Number.NaN, -1, 0]) throwsClear(() => align(en(), ja(), {ratio}), /^align: ratio must be a positive number \(finite\), got /)
    throwsClear(() => align(en(), ja(), {band: Infinity}), /band must be a positive whole number \(finite\), got Infinity/)
    const alignment = align(en(), ja())
    throwsClear(() => check(alignment, {ignore: [{ruleId: 'omision' as never}]}), /^check: unknown rule `omision` in ignore/)
    throwsClear(() => check(alignment, {rules: {omision: 'off'} as never}), /^check: unknown rule `omision`/)
  })

  it('escapes ids in Markdown headings: a hostile id is no link or heading syntax', () => {
    const source: RootNode = en()
    const alignment = align(source, ja())
    const hostile = '[click](https://evil.example) <b>x</b>'
    source.children[0]!.data.id = hostile
    alignment.paragraphs[0]!.source = [hostile]
    const markdown = toMarkdown(alignment, {level: 'paragraph'})
    const nodes: string[] = []
    visit(unified().use(remarkParse).use(remarkGfm).parse(markdown), (node) => {
      if (node.type === 'link' || node.type === 'html') nodes.push(node.type)
    })
    expect(nodes).toEqual([])
  })
})
