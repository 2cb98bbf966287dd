/**
 * Pathological inputs through parse → align → check → every output format, with sensible
 * results. Their time and memory are measured by `node bench/pathological.mjs` (figures in
 * bench/RESULTS.md), not here.
 */
import {describe, expect, it} from 'vitest'
import {ClauseAlignError, align, check, clausesOf, findingsToText, parse, sentencesOf, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff, type RootNode} from 'clause-align'
// @ts-expect-error: a plain ES module of the bench folder, without types.
import {cases} from '../bench/pathological.mjs'
import {leafContent, markdownContent} from './helpers/invariants.js'
import {expectCompleteAndMonotone} from './helpers/alignment-invariants.js'

type Case = () => {en: string; ja: string; sameLanguage?: boolean}
const all = cases as Record<string, Case>

function run(name: string) {
  const {en, ja, sameLanguage} = all[name]()
  const source = parse(en, {lang: 'en'})
  const target = parse(ja, {lang: sameLanguage ? 'en' : 'ja'})
  const alignment = align(source, target)
  const findings = check(alignment)
  for (const write of [toMarkdown, toHtml, toTsv, toTmx, toXliff, toJsonl]) expect(write(alignment, {findings}).length).toBeGreaterThan(0)
  return {en, ja, source, target, alignment, findings}
}

const pairs = (alignment: ReturnType<typeof align>) => alignment.beads.map((bead) => `${bead.source.join('+')}>${bead.target.join('+')}`)

describe('pathological inputs', {timeout: 240_000}, () => {
  it('one 1 MB paragraph with no punctuation: one sentence a side, every character kept', () => {
    const {en, source, alignment} = run('one 1 MB paragraph, no punctuation')
    expect(Buffer.byteLength(en)).toBeGreaterThan(1_000_000)
    expect(sentencesOf(source)).toHaveLength(1)
    expect(pairs(alignment)).toEqual(['p1.s1>p1.s1'])
    const last = clausesOf(source).at(-1)!
    expect(last.position!.end.offset).toBe(en.length)
  })

  it('100,000 one-word lines: one paragraph, one sentence, every word kept', () => {
    const {en, ja, source, target, alignment} = run('100,000 one-word lines')
    expect(leafContent(source)).toBe(markdownContent(en))
    expect(leafContent(target)).toBe(markdownContent(ja))
    expect(pairs(alignment)).toEqual(['p1.s1>p1.s1'])
  })

  it('100,000 one-word paragraphs: each paired with its own', () => {
    const {alignment, findings} = run('100,000 one-word paragraphs')
    expect(alignment.beads).toHaveLength(100_000)
    expect(alignment.beads.every((bead, index) => bead.source[0] === `p${index + 1}.s1` && bead.target[0] === `p${index + 1}.s1`)).toBe(true)
    expect(findings).toEqual([])
  })

  it('lists nested 50 deep: structural ids 50 levels down, 1-1 throughout', () => {
    const {source, alignment} = run('lists nested 50 deep')
    const deepest = sentencesOf(source).at(-1)!
    expect(deepest.data.id.split('.l1.i1').length - 1).toBe(50)
    expect(alignment.beads.every((bead) => bead.type === '1-1' && bead.source[0] === bead.target[0])).toBe(true)
    expectCompleteAndMonotone(alignment)
  })

  it('10,000 list items and 10,000 numbered paragraphs: item for item', () => {
    for (const name of ['10,000 list items', '10,000 numbered paragraphs']) {
      const {alignment, findings} = run(name)
      expect(alignment.beads).toHaveLength(10_000)
      expect(alignment.beads.every((bead) => bead.type === '1-1' && bead.source[0] === bead.target[0])).toBe(true)
      expect(findings).toEqual([])
    }
  })

  it('Japanese with no 。: each Japanese block one sentence, paired 2-1 with the English', () => {
    const {target, alignment} = run('Japanese with no 。 at all')
    expect(sentencesOf(target)).toHaveLength(2000)
    expect(alignment.beads.every((bead) => bead.type === '2-1')).toBe(true)
  })

  it('a source and a target in the same language: aligned 1-1, nothing reported', () => {
    const {source, target, alignment, findings} = run('source and target in the same language')
    expect((source as RootNode).lang).toBe(target.lang)
    expect(alignment.ratio).toBe(1)
    expect(alignment.beads.every((bead) => bead.type === '1-1' && bead.source[0] === bead.target[0])).toBe(true)
    expect(findings).toEqual([])
  })
})

describe('limits: refused quickly with a ClauseAlignError naming the file, never a crash', {timeout: 120_000}, () => {
  const refuses = (markdown: string, message: RegExp, lang: 'en' | 'ja' = 'en') => {
    const start = performance.now()
    let error: unknown
    try {
      parse(markdown, {lang, path: 'hostile.md'})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ClauseAlignError)
    expect((error as Error).message).toMatch(/^hostile\.md: /)
    expect((error as Error).message).toMatch(message)
    expect(performance.now() - start).toBeLessThan(5000)
  }

  it('3,000 nested block quotes (3 KB) and 1,500 nested list levels', () => {
    refuses('>'.repeat(3000) + ' Deep.\n', /line 1 is indented more than 400 columns .*nest at most 100 deep/)
    refuses(Array.from({length: 1500}, (_, depth) => `${'  '.repeat(depth)}- Level ${depth}.`).join('\n'), /line 201 is indented more than 400 columns .*nest at most 100 deep/)
    refuses(Array.from({length: 150}, (_, depth) => `${'  '.repeat(depth)}- Level ${depth}.`).join('\n'), /nested more than 100 deep \(line 101\)/)
    refuses('- '.repeat(1000) + 'x\n', /nest at most 100 deep/)
    refuses('> - '.repeat(60) + 'x\n', /nested more than 100 deep \(line 1\)/)
  })

  it('100 levels still parse, and the JSON tree stays small', () => {
    const quotes = parse('>'.repeat(100) + ' Deep.\n', {lang: 'en'})
    expect(sentencesOf(quotes)).toHaveLength(1)
    const lists = Array.from({length: 99}, (_, depth) => `${'  '.repeat(depth)}- Level ${depth}.`).join('\n')
    expect(JSON.stringify(parse(lists, {lang: 'en'})).length).toBeLessThan(5_000_000)
  })

  it('more sentences and lines than the tool finishes on: 300,000 × `Go. `, 300,000 tiny paragraphs', () => {
    refuses('Go. '.repeat(300_000), /about 30000\d sentences and lines, over the limit of 200000/)
    refuses(Array.from({length: 300_000}, (_, k) => `w${k % 10}`).join('\n\n'), /over the limit of 200000/)
  })

  it('nested link openers that make remark quadratic: `[`×50,000 then `]`×50,000', () => {
    refuses('['.repeat(50_000) + ']'.repeat(50_000), /more than 256 `\[` open at once \(line 1\)/)
    // Escaped, or closed as they go, brackets are fine.
    expect(parse('\\['.repeat(5000) + '\n\n' + '[a] '.repeat(5000), {lang: 'en'}).children).toHaveLength(2)
  })

  it('a maxLength that is not a whole number is an error, not "no limit"', () => {
    for (const maxLength of ['abc', Number.NaN, -1, 1.5, Infinity]) {
      expect(() => parse('Text.', {maxLength: maxLength as number, path: 'x.md'}), String(maxLength)).toThrow(/x\.md: option maxLength must be a whole number/)
    }
  })
})

describe('reports of many findings', {timeout: 240_000}, () => {
  it('the text report of 50,000 findings is written, not a stack overflow in vfile-reporter', () => {
    const alignment = align(parse('The summit met.', {lang: 'en'}), parse(['サミットが開かれた。', ...Array.from({length: 50_000}, (_, k) => `追加の文${k}です。`)].join('\n\n'), {lang: 'ja'}))
    const findings = check(alignment)
    expect(findings).toHaveLength(50_000)
    const report = findingsToText(alignment, findings)
    expect(report.match(/Unexpected paragraph with no source/g)).toHaveLength(50_000)
    expect(report.trimEnd().split('\n').at(-1)).toBe('⚠ 50000 warnings')
  })
})
