/**
 * Pathological inputs through parse → align → check → every output format, with sensible
 * results. Their time and memory are measured by `node bench/pathological.mjs` (figures in
 * bench/RESULTS.md), not here.
 */
import {describe, expect, it} from 'vitest'
import {align, check, clausesOf, parse, sentencesOf, toHtml, toJsonl, toMarkdown, toTmx, toTsv, toXliff, type RootNode} from 'clause-align'
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
