/**
 * The corpus files keep the published texts character for character: only layout changes
 * (Markdown markers, line breaks, indentation). These tests re-read the originals in ../shared/
 * and are skipped where that folder is absent (an installed copy of the package).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {corpusFile, hasShared, sharedDir} from './helpers/corpus.js'

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Markdown source → its text: bullet markers, heading marks and footnote syntax dropped. */
function markdownText(markdown: string): string {
  return collapse(
    markdown
      .replace(/^\s*(?:#{1,6} |- )/gm, '')
      .replace(/^\[\^(\w+)\]: /gm, '$1 ')
      .replace(/\[\^(\w+)\]/g, '$1')
  )
}

describe.skipIf(!hasShared)('corpus fidelity against ../shared/', () => {
  it('ja.md is the seed section from the title to the line before "Comment(0)"', () => {
    const seed = readFileSync(path.join(sharedDir, 'seeds', '000_12efd7cc2b5a90e2.txt'), 'utf8')
    const lines = seed.split('\n')
    const start = lines.findIndex((line) => line.startsWith('2025年2月・パリAIアクションサミット共同声明(全文)'))
    const end = lines.findIndex((line) => line.startsWith('Comment(0)'))
    expect(start).toBeGreaterThan(0)
    expect(end).toBeGreaterThan(start)
    const section = lines
      .slice(start, end)
      .map((line) => line.replace(/^\s*• /, ''))
      .join('\n')
    expect(markdownText(corpusFile('ja.md'))).toBe(collapse(section))
  })

  it('en.council-2025-02-07.md is the annex of the Council note', () => {
    const note = readFileSync(path.join(sharedDir, 'sources', 'council-5812-25-add1-rev1.txt'), 'utf8')
    const annex = note.slice(note.indexOf('ANNEX') + 'ANNEX'.length).split('\n')
    const footnote: string[] = []
    const body: string[] = []
    let inFootnote = false
    for (const line of annex) {
      // Page furniture: the document number and the page header of each page.
      if (/^\s*5812\/25 ADD 1 REV 1\b/.test(line) || /TREE\.2\.B\s+LIMITE\s+EN/.test(line)) {
        inFootnote = false
        continue
      }
      if (/^1\s{3,}In line with/.test(line)) inFootnote = true
      ;(inFootnote ? footnote : body).push(line)
    }
    const text = [...body, ...footnote]
      .join('\n')
      .replace(/\uf0b7/g, '') // the PDF's bullet glyph
      .replace(/-\n\s+/g, '-') // a hyphenated word broken across lines ("co-\ncreate")
    expect(markdownText(corpusFile('en.council-2025-02-07.md'))).toBe(collapse(text))
  })

  it('en.md differs from the Council text only where published copies show it', () => {
    const council = markdownText(corpusFile('en.council-2025-02-07.md'))
    const adopted = markdownText(corpusFile('en.md'))
    const expected = council
      .replace('AI Action Summit Co-chaired by France and India 10-11 February, 2025, Paris ', '')
      .replace('Statement1 on', 'Statement on')
      .replace(
        'the Planet 1. Participants from XX countries',
        'the Planet Note: In line with the approach of previous Summits, this Statement relates to civil applications and use of AI only 1. Participants from over 100 countries'
      )
      .replace('solutions - focusing', 'solutions – focusing')
      .replace('frameworks - and policy', 'frameworks – and policy')
      .replace('the council of Europe', 'the Council of Europe')
      .replace('The Public interest AI Initiative', 'The Public Interest AI Initiative')
      .replace(/ 1 In line with the approach of previous Summits, this Statement relates to civil applications and use of AI only$/, '')
    expect(adopted).toBe(expected)
  })
})
