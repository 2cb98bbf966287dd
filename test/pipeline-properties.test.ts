/**
 * Invariants across the whole pipeline, parse → align → check → every output format, on
 * arbitrary Unicode and on generated Markdown in both languages.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ClauseAlignError, align, check, parse, rowsOf, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff, walk, type Alignment} from 'clause-align'
import {englishMarkdown, japaneseMarkdown} from './helpers/generators.js'
import {expectCompleteAndMonotone} from './helpers/alignment-invariants.js'
import {pointsAgree, sliceHolds} from './helpers/invariants.js'

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function readerText(alignment: Alignment, side: 'source' | 'target'): string {
  const parts: string[] = []
  for (const node of walk(alignment[side])) {
    if (node.type === 'ClauseNode' || node.type === 'LabelNode' || node.type === 'CitationNode') parts.push(node.value)
  }
  return parts.join('').replace(/\s+/g, '')
}

function pipeline(en: string, ja: string): void {
  const source = parse(en, {lang: 'en'})
  const target = parse(ja, {lang: 'ja'})
  for (const [tree, markdown] of [[source, en], [target, ja]] as const) {
    for (const node of walk(tree)) {
      expect(pointsAgree(markdown, node)).toBe(true)
      expect(sliceHolds(markdown, node)).toBe(true)
    }
  }
  const alignment = align(source, target)
  expectCompleteAndMonotone(alignment)
  const findings = check(alignment)
  // Nothing lost, nothing duplicated: the rows' texts are the documents' texts.
  for (const side of ['source', 'target'] as const) {
    const written = rowsOf(alignment).flatMap((row) => row[side].map((unit) => unit.text)).join('').replace(/\s+/g, '')
    expect(written).toBe(readerText(alignment, side))
  }
  for (const write of [toMarkdown, toTsv, toJsonl]) write(alignment, {findings})
  const html = toHtml(alignment, {findings})
  // Every `<` outside the style sheet opens one of our own tags.
  for (const tag of html.replace(/<style>[\s\S]*<\/style>/, '').match(/<[^a-z/!]|<\/?[a-z0-9]+/gi) ?? []) {
    expect(tag).toMatch(/^<\/?(?:html|head|meta|title|style|body|h1|h2|p|small|span|table|thead|tbody|tr|th|td|a|section|ol|li)$/i)
  }
  const hasLoneSurrogate = loneSurrogate.test(en) || loneSurrogate.test(ja)
  for (const write of [toTmx, toXliff]) {
    if (hasLoneSurrogate) {
      try {
        write(alignment)
      } catch (error) {
        expect(error).toBeInstanceOf(ClauseAlignError)
      }
    } else {
      write(alignment)
    }
  }
}

describe('pipeline: properties', () => {
  it('holds on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), fc.string({unit: 'binary', maxLength: 200}), (en, ja) => pipeline(en, ja)),
      {numRuns: Number(process.env.PIPELINE_RUNS ?? 150)}
    )
  })

  it('holds on generated Markdown in both languages', () => {
    fc.assert(fc.property(englishMarkdown, japaneseMarkdown, (en, ja) => pipeline(en, ja)), {numRuns: Number(process.env.PIPELINE_RUNS ?? 100)})
  })
})
