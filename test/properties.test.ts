import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ClauseAlignError, parse, termMatcher, walk} from 'clause-align'
import {deepNesting, englishMarkdown, hostileGlossary, japaneseMarkdown, termText} from './helpers/generators.js'
import {ids, leafContent, markdownContent, pointsAgree, sliceHolds} from './helpers/invariants.js'

const runs = {numRuns: 150}

describe('parse: properties', () => {
  it('never throws on arbitrary Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), fc.constantFrom('en' as const, 'ja' as const), (text, lang) => {
        const tree = parse(text, {lang})
        expect(leafContent(tree)).toBe(markdownContent(text))
      }),
      {numRuns: 300}
    )
  })

  for (const [name, documents, lang] of [
    ['English', englishMarkdown, 'en'],
    ['Japanese', japaneseMarkdown, 'ja']
  ] as const) {
    it(`keeps every character, exact positions and unique ids on generated ${name} Markdown`, () => {
      fc.assert(
        fc.property(documents, (markdown) => {
          const tree = parse(markdown, {lang})
          expect(leafContent(tree)).toBe(markdownContent(markdown))
          const all = ids(tree)
          expect(new Set(all).size).toBe(all.length)
          for (const node of walk(tree)) {
            expect(pointsAgree(markdown, node)).toBe(true)
            expect(sliceHolds(markdown, node)).toBe(true)
          }
          expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
        }),
        runs
      )
    })
  }

  it('gives the same tree for the same input', () => {
    fc.assert(
      fc.property(japaneseMarkdown, (markdown) => {
        expect(parse(markdown, {lang: 'ja'})).toEqual(parse(markdown, {lang: 'ja'}))
      }),
      {numRuns: 30}
    )
  })
})

/** The alternation-regex matcher that `termMatcher` replaced: the trie must find the same. */
function regexMatcher(glossary: Array<{en: string[]; ja: string[]; forbidden: string[]}>, lang: 'en' | 'ja') {
  const forms: Array<{form: string; entry: number; forbidden: boolean}> = []
  glossary.forEach((entry, index) => {
    for (const form of lang === 'en' ? entry.en : entry.ja) forms.push({form, entry: index, forbidden: false})
    if (lang === 'ja') for (const form of entry.forbidden) forms.push({form, entry: index, forbidden: true})
  })
  forms.sort((a, b) => b.form.length - a.form.length)
  const byForm = new Map<string, {entry: number; forbidden: boolean}>()
  for (const item of forms) {
    const key = lang === 'en' ? item.form.toLowerCase() : item.form
    if (!byForm.has(key)) byForm.set(key, item)
  }
  const alternatives = [...byForm.keys()].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const pattern = lang === 'en' ? new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu') : new RegExp(`(${alternatives})`, 'gu')
  return (text: string) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const item = byForm.get(lang === 'en' ? match[1]!.toLowerCase() : match[1]!)
      return item ? [{entry: item.entry, text: match[0], start: match.index, end: match.index + match[0].length, forbidden: item.forbidden}] : []
    })
}

describe('termMatcher: properties', () => {
  it('finds exactly what the alternation regex found, on hostile glossaries', () => {
    fc.assert(
      fc.property(hostileGlossary, termText, fc.constantFrom('en' as const, 'ja' as const), (glossary, text, lang) => {
        expect(termMatcher(glossary, lang)(text)).toEqual(regexMatcher(glossary, lang)(text))
      }),
      {numRuns: 500}
    )
  })
})

describe('limits: properties', () => {
  it('nesting up to 100 levels parses; deeper is a ClauseAlignError, never a crash', () => {
    fc.assert(
      fc.property(deepNesting, ({depth, markdown}) => {
        if (depth <= 100) expect(parse(markdown, {lang: 'en'}).children.length).toBeGreaterThan(0)
        else expect(() => parse(markdown, {lang: 'en'})).toThrow(ClauseAlignError)
      }),
      {numRuns: 100}
    )
  })
})
