import {describe, expect, it} from 'vitest'
import {
  nodesOfType,
  numberedParagraphs,
  paragraphByLabel,
  parse,
  sentencesOf,
  textOf,
  type ListNode
} from 'clause-align'
import {corpusFile} from './helpers/corpus.js'

const en = parse(corpusFile('en.md'), {lang: 'en'})
const ja = parse(corpusFile('ja.md'), {lang: 'ja'})
const council = parse(corpusFile('en.council-2025-02-07.md'), {lang: 'en'})

describe('bundled corpus: paris-2025', () => {
  it('has six numbered paragraphs labelled 1–6 on both sides', () => {
    for (const tree of [en, ja, council]) {
      expect(numberedParagraphs(tree).map((paragraph) => paragraph.label)).toEqual(['1', '2', '3', '4', '5', '6'])
    }
  })

  it('holds a list of six items and a list of three items in paragraph 3 on both sides', () => {
    for (const tree of [en, ja, council]) {
      const lists = paragraphByLabel(tree, 3)!.children.filter((child): child is ListNode => child.type === 'ListNode')
      expect(lists.map((list) => list.children.length)).toEqual([6, 3])
    }
  })

  it('finds exactly 24 citation markers in ja.md, none inside clause text', () => {
    const citations = nodesOfType(ja, 'CitationNode')
    expect(citations).toHaveLength(24)
    expect(new Set(citations.map((citation) => citation.value))).toEqual(new Set(['elysee.fr']))
    for (const clause of nodesOfType(ja, 'ClauseNode')) expect(clause.value).not.toContain('elysee.fr')
  })

  it('keeps the Note of en.md as a labelled unit before paragraph 1', () => {
    const index = en.children.findIndex((paragraph) => paragraph.label === '1')
    const note = en.children[index - 1]
    expect(note.kind).toBe('paragraph')
    const label = note.children[0]
    expect(label.type).toBe('LabelNode')
    expect(label.type === 'LabelNode' && label.label).toBe('Note')
    expect(textOf(note)).toBe(
      'In line with the approach of previous Summits, this Statement relates to civil applications and use of AI only'
    )
  })

  it('splits sentences as counted by hand', () => {
    // Counted by reading the texts (see corpus/paris-2025/README.md):
    // EN ¶3 = lead-in + 6 priorities + "To deliver on these priorities:" + 2 + 2 + 1 actions.
    // JA ¶2 splits the second English sentence in two; ¶3's first action has four sentences.
    const count = (tree: typeof en) => numberedParagraphs(tree).map((paragraph) => sentencesOf(paragraph).length)
    expect(count(en)).toEqual([4, 2, 13, 4, 3, 1])
    expect(count(council)).toEqual([4, 2, 13, 4, 3, 1])
    expect(count(ja)).toEqual([4, 3, 16, 4, 3, 2])
  })

  it('recognises the run-in labels of the Japanese paragraphs and priorities', () => {
    const labels = nodesOfType(ja, 'LabelNode').map((label) => label.label)
    expect(labels.slice(0, 3)).toEqual(['参加者', 'エコシステムの多様性', '優先事項の確認'])
    expect(labels).toContain('AIとエネルギー')
    expect(labels).toHaveLength(6 + 6 + 3)
    // English has no run-in labels but the Note.
    expect(nodesOfType(en, 'LabelNode').map((label) => label.label)).toEqual(['Note'])
  })

  it('keeps the Council footnote as a footnote reference and a footnote paragraph', () => {
    const references = nodesOfType(council, 'FootnoteReferenceNode')
    expect(references.map((reference) => reference.value)).toEqual(['1'])
    const footnote = council.children.find((paragraph) => paragraph.kind === 'footnote')!
    expect(footnote.label).toBe('1')
    expect(textOf(footnote)).toMatch(/^In line with the approach of previous Summits/)
  })

  it('gives ids derived from structure', () => {
    const paragraph3 = paragraphByLabel(ja, 3)!
    expect(paragraph3.data.id).toBe('p6')
    const ids = nodesOfType(paragraph3, 'SentenceNode').map((sentence) => sentence.data.id)
    expect(ids.slice(0, 3)).toEqual(['p6.s1', 'p6.l1.i1.s1', 'p6.l1.i2.s1'])
    expect(ids).toContain('p6.l2.i1.s4')
  })
})
