/**
 * Invariants across the whole pipeline, parse → align → check → every output format, on
 * arbitrary Unicode and on generated Markdown in both languages.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ClauseAlignError, align, alignmentToText, check, findingsToText, parse, rowsOf, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff, walk, type Alignment} from 'clause-align'
import {astralSentence, controlText, deepNesting, englishMarkdown, hostileGlossary, japaneseMarkdown} from './helpers/generators.js'
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

// Raw ESC and other C0 controls but tab and line feed, DEL, C1, bidi controls.
const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

describe('pipeline: hostile input', () => {
  it('messages never hold a lone surrogate, whatever astral characters the documents have', () => {
    fc.assert(
      fc.property(fc.array(astralSentence, {minLength: 1, maxLength: 4}), (sentences) => {
        const alignment = align(parse(sentences.join('\n\n'), {lang: 'en'}), parse('短い。', {lang: 'ja'}))
        const findings = check(alignment)
        for (const message of findings) expect(message.reason).not.toMatch(loneSurrogate)
        for (const write of [toTmx, toXliff]) write(alignment, {findings})
      }),
      {numRuns: 60}
    )
  })

  it('human-facing outputs carry no raw control or bidi character, with a hostile glossary too', () => {
    fc.assert(
      fc.property(controlText, controlText, hostileGlossary, (en, ja, glossary) => {
        const alignment = align(parse(`The ${en} summit met.\n\n${en}`, {lang: 'en'}), parse(`サミット${ja}が開かれた。`, {lang: 'ja'}), {glossary})
        expectCompleteAndMonotone(alignment)
        const findings = check(alignment, {glossary})
        for (const output of [findingsToText(alignment, findings), alignmentToText(alignment), toMarkdown(alignment, {findings}), toTsv(alignment)]) {
          expect(output).not.toMatch(rawControl)
        }
      }),
      {numRuns: 60}
    )
  })

  it('deep nesting is a tree within 100 levels and a ClauseAlignError past them, through the whole pipeline', () => {
    fc.assert(
      fc.property(deepNesting, ({depth, markdown}) => {
        if (depth > 100) return void expect(() => parse(markdown, {lang: 'en'})).toThrow(ClauseAlignError)
        pipeline(markdown, '深い文。')
      }),
      {numRuns: 40}
    )
  })
})
