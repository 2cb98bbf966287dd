/**
 * The defect injection of `npm run eval` (eval/inject.mjs): on a small inline pair, each class
 * makes exactly one defect of that class at the place it records, and a run is deterministic for
 * a fixed seed. The full evaluation is `npm run eval`, not part of `npm test`.
 */
import {describe, expect, it} from 'vitest'
import {coverage, defaultLexicon, parse, parseGlossary, sentencesOf, nodesOfType} from 'clause-align'
// @ts-expect-error: a plain ES module of the eval folder, without types.
import {classes, injectAll, prepare, wrongRenderings} from '../eval/inject.mjs'
import {knowsForm} from '../eval/terms.mjs'

const en = `# Report on the Summit

1. The Summit met in Paris on 10 February 2025. Delegates from 40 countries attended.

2. The members agreed on three priorities:

   - Promoting inclusive growth;
   - Building trust in data;
   - Reinforcing international cooperation.

3. The next meeting is in 2026. It will review the priorities and confirm the results.

4. Delegates came from Asia, Europe and Africa.
`
const ja = `# サミット報告

1. サミットは2025年2月10日にパリで開かれた。40か国の代表が出席した。

2. 加盟国は3つの優先事項に合意した。

   - 包摂的な成長の促進
   - データへの信頼の構築
   - 国際協力の強化

3. 次回の会合は2026年に開かれる。会合では、優先事項を見直し、成果を確認する。

4. 代表はアジア、欧州、アフリカから参加した。
`
const glossary = parseGlossary('inclusive\t包摂的\npriorities\t優先事項\ndata\tデータ\n')

type Span = {start: number; end: number}
const spanIn = (text: string, part: string): Span & {text: string} => {
  const start = text.indexOf(part)
  expect(start, part).toBeGreaterThanOrEqual(0)
  return {start, end: start + part.length, text: part}
}
const pairs: Array<[string, string]> = [
  ['Report on the Summit', 'サミット報告'],
  ['The Summit met in Paris on 10 February 2025.', 'サミットは2025年2月10日にパリで開かれた。'],
  ['Delegates from 40 countries attended.', '40か国の代表が出席した。'],
  ['The members agreed on three priorities:', '加盟国は3つの優先事項に合意した。'],
  ['Promoting inclusive growth;', '包摂的な成長の促進'],
  ['Building trust in data;', 'データへの信頼の構築'],
  ['Reinforcing international cooperation.', '国際協力の強化'],
  ['The next meeting is in 2026.', '次回の会合は2026年に開かれる。'],
  ['It will review the priorities and confirm the results.', '会合では、優先事項を見直し、成果を確認する。'],
  ['Delegates came from Asia, Europe and Africa.', '代表はアジア、欧州、アフリカから参加した。']
]
const gold = pairs.map(([s, t]) => ({source: [spanIn(en, s)], target: [spanIn(ja, t)]}))

interface Edit {start: number; end: number; replacement: string; removed: string}
interface Injection {class: string; description: string; edits: Edit[]; place: {target: Span[]; source: Span[]}; text: string}

const run = (seed: number) => {
  const ctx = prepare({source: en, target: ja, glossary, gold})
  return injectAll(ctx, {n: 3, seed, name: 'inline'}) as {injections: Injection[]; skipped: Array<{class: string; reason: string}>}
}
const apply = (edits: Edit[]) => [...edits].sort((a, b) => b.start - a.start).reduce((text, e) => text.slice(0, e.start) + e.replacement + text.slice(e.end), ja)
const sentences = (text: string) => sentencesOf(parse(text, {lang: 'ja'})).map((s) => text.slice(s.position!.start.offset, s.position!.end.offset))
const jaSentences = sentences(ja)
const slices = (i: Injection) => i.place.target.map((s) => i.text.slice(s.start, s.end))

describe('eval: defect injection', () => {
  const {injections, skipped} = run(7)
  const of = (name: string) => injections.filter((i) => i.class === name)

  it('makes copies of every class on a pair with lists, numbers, terms and gold', () => {
    expect(skipped).toEqual([])
    for (const name of classes as string[]) expect(of(name).length, name).toBeGreaterThan(0)
  })

  it('corrupts only by its recorded edits, and records a place in the corrupted text and the source', () => {
    for (const i of injections) {
      expect(i.text).toBe(apply(i.edits))
      for (const e of i.edits) expect(e.removed).toBe(ja.slice(e.start, e.end))
      expect(i.place.target.length).toBeGreaterThan(0)
      for (const s of i.place.target) expect(s.end).toBeLessThanOrEqual(i.text.length)
      for (const s of i.place.source) expect(en.slice(s.start, s.end).length).toBeGreaterThan(0)
    }
  })

  it('sentence-deleted removes exactly one sentence, and its place is the sentences either side', () => {
    for (const i of of('sentence-deleted')) {
      expect(i.edits).toHaveLength(1)
      expect(jaSentences).toContain(i.edits[0].removed.trim())
      expect(sentences(i.text)).toHaveLength(jaSentences.length - 1)
      expect(slices(i).every((s) => jaSentences.includes(s))).toBe(true)
      expect(i.place.source.length).toBeGreaterThan(0)
    }
  })

  it('clause-deleted cuts one clause from inside a sentence', () => {
    for (const i of of('clause-deleted')) {
      expect(i.edits).toHaveLength(1)
      const removed = i.edits[0].removed
      expect(removed).toMatch(/、$/)
      expect(jaSentences.some((s) => s.includes(removed) && s !== removed)).toBe(true)
      expect(sentences(i.text)).toHaveLength(jaSentences.length)
    }
  })

  it('item-deleted removes one whole list item; items-merged joins two into one', () => {
    // List items: bullets, and the items of a top-level ordered list (numbered paragraphs).
    const items = (text: string) => {
      const tree = parse(text, {lang: 'ja'})
      return nodesOfType(tree, 'ListItemNode').length + tree.children.filter((p) => p.kind === 'item').length
    }
    for (const i of of('item-deleted')) {
      const removed = i.edits[0].removed
      expect(removed).toMatch(/^ *(?:-|\d+\.) \S/)
      expect(removed.trim().split('\n').filter((line) => /^ *(?:-|\d+\.) /.test(line))).toHaveLength(1)
      expect(items(i.text)).toBe(items(ja) - 1)
      expect(sentences(i.text)).toHaveLength(jaSentences.length - jaSentences.filter((t) => removed.includes(t)).length)
    }
    for (const i of of('items-merged')) {
      expect(i.edits[0].removed).toMatch(/^\s*(?:-|\d+\.) $/)
      expect(items(i.text)).toBe(items(ja) - 1)
      // Items without closing punctuation read as one sentence once joined.
      expect(sentences(i.text).join('').replace(/\s/g, '')).toBe(jaSentences.join(''))
    }
  })

  it('number-changed alters one digit sequence, at the recorded place', () => {
    for (const i of of('number-changed')) {
      const [e] = i.edits
      expect(e.removed).toMatch(/^[0-9]+$/)
      expect(e.replacement).toMatch(/^[0-9]+$/)
      expect(e.replacement).not.toBe(e.removed)
      expect(slices(i)).toEqual([e.replacement])
    }
  })

  it('sentences-swapped exchanges two sentences of different paragraphs', () => {
    for (const i of of('sentences-swapped')) {
      const [a, b] = i.edits
      expect(a.replacement).toBe(b.removed)
      expect(b.replacement).toBe(a.removed)
      expect(slices(i).sort()).toEqual([a.removed, b.removed].sort())
      expect(sentences(i.text).sort()).toEqual([...jaSentences].sort())
    }
  })

  it('sentence-duplicated and sentence-inserted add one sentence of the document, at the recorded place', () => {
    for (const i of [...of('sentence-duplicated'), ...of('sentence-inserted')]) {
      const [e] = i.edits
      expect(e.removed).toBe('')
      expect(jaSentences).toContain(e.replacement)
      expect(sentences(i.text)).toHaveLength(jaSentences.length + 1)
      if (i.class === 'sentence-duplicated') {
        // The copy and the original it follows are both the place.
        expect(ja.slice(e.start - e.replacement.length, e.start)).toBe(e.replacement)
        expect(slices(i)).toEqual([e.replacement, e.replacement])
      } else {
        expect(ja.slice(e.start - e.replacement.length, e.start)).not.toBe(e.replacement)
        expect(slices(i)).toEqual([e.replacement])
      }
    }
  })

  it('untranslated puts the gold English counterpart in place of one Japanese sentence', () => {
    for (const i of of('untranslated')) {
      const [e] = i.edits
      const bead = pairs.find(([, t]) => t === e.removed)
      expect(bead).toBeDefined()
      expect(e.replacement).toBe(bead![0])
      expect(slices(i)).toEqual([bead![0]])
      expect(i.place.source.map((s) => en.slice(s.start, s.end))).toEqual([bead![0]])
    }
  })

  it('list-item-deleted removes one item of a list inside a sentence, not the first, with the separator before it', () => {
    expect(of('list-item-deleted').length).toBeGreaterThan(0)
    for (const i of of('list-item-deleted')) {
      // One item and the separator before it: the list is one item shorter, nothing else moves.
      expect(i.edits).toHaveLength(1)
      expect(i.edits[0].removed).toMatch(/^、(?:欧州|アフリカ)$/)
      expect(i.text).toContain('アジア、')
    }
  })

  it('term-replaced swaps one glossary rendering for a built-in wrong one', () => {
    const wrong = wrongRenderings as Record<string, string>
    for (const i of of('term-replaced')) {
      const [e] = i.edits
      expect(wrong[e.removed]).toBe(e.replacement)
      expect(glossary.some((entry) => entry.ja.includes(e.removed))).toBe(true)
      expect(slices(i)).toEqual([e.replacement])
    }
  })

  it('term-replaced without a glossary swaps a lexicon rendering of a repeated source word for a real word that does not render it', () => {
    const lexicon = defaultLexicon()
    const ctx = prepare({source: en, target: ja, glossary: [], gold})
    const found = (injectAll(ctx, {n: 3, seed: 7, name: 'inline', only: ['term-replaced']}) as {injections: Injection[]}).injections
    expect(found.length).toBeGreaterThan(0)
    for (const i of found) {
      const [e] = i.edits
      const term = /“(.+?)”/.exec(i.description)![1]
      expect(coverage(term, e.removed, lexicon).englishCoverage).toBeGreaterThan(0)
      expect(coverage(term, e.replacement, lexicon).englishCoverage).toBe(0)
      // A real word: one the lexicon knows, or the fixed list's near-synonym.
      expect(knowsForm(lexicon, e.replacement) || (wrongRenderings as Record<string, string>)[e.removed] === e.replacement).toBe(true)
      expect(slices(i)).toEqual([e.replacement])
    }
  })

  it('is deterministic for a fixed seed', () => {
    const strip = (r: ReturnType<typeof run>) => r.injections.map((i) => ({class: i.class, description: i.description, edits: i.edits, place: i.place}))
    expect(strip(run(7))).toEqual(strip(run(7)))
    expect(strip(run(8))).not.toEqual(strip(run(7)))
  })
})
