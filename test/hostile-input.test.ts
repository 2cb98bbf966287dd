/**
 * Hostile or careless input that used to pass silently or give broken output: glossary rows,
 * hand-built trees and options at the API boundary, message excerpts cut inside a character.
 */
import {describe, expect, it} from 'vitest'
import {ClauseAlignError, align, check, parse, parseGlossary, termMatcher} from 'clause-align'

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('glossary rows', () => {
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

export {ClauseAlignError}
