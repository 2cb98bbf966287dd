import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse, walk} from 'clause-align'
import {englishMarkdown, japaneseMarkdown} from './helpers/generators.js'
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
