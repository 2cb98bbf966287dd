import {describe, expect, it} from 'vitest'
import {diffAnchors, diffRevisions, diffTexts, parse, parseGlossary} from 'clause-align'
import {corpusFile} from './helpers/corpus.js'

describe('diffAnchors', () => {
  it('diffs the anchors of two linked units whatever their word order', () => {
    const same = diffAnchors('On 10 and 11 February 2025 the OECD met.', '2025年2月10日および11日にOECDが会合した。')
    expect(same).toEqual([{count: 5, added: false, removed: false, value: ['lat:oecd', 'num:10', 'num:11', 'num:2', 'num:2025']}])
    const changed = diffAnchors('On 4 March 2024 the OECD met.', '2024年3月5日に会合した。')
    expect(changed.filter((change) => change.removed).flatMap((change) => change.value)).toEqual(['lat:oecd', 'num:4'])
    expect(changed.filter((change) => change.added).flatMap((change) => change.value)).toEqual(['num:5'])
  })
})

describe('diffTexts', () => {
  it('diffs Japanese by words, not whole runs', () => {
    const changes = diffTexts('30日以内にスミス氏に通知', '31日以内にスミス氏へ通知')
    expect(changes.filter((change) => change.removed).map((change) => change.value)).toEqual(['30', 'に'])
    expect(changes.filter((change) => change.added).map((change) => change.value)).toEqual(['31', 'へ'])
  })

  it('diffs English by words', () => {
    const changes = diffTexts('Participants from XX countries', 'Participants from over 100 countries')
    expect(changes.filter((change) => change.added || change.removed).map((change) => [change.added, change.value])).toEqual([
      [false, 'XX'],
      [true, 'over 100']
    ])
  })
})

describe('diffRevisions', () => {
  it('lists what changed from the Council text to the adopted text, and the Japanese to review', () => {
    const revisions = diffRevisions(
      parse(corpusFile('en.council-2025-02-07.md'), {lang: 'en'}),
      parse(corpusFile('en.md'), {lang: 'en'}),
      parse(corpusFile('ja.md'), {lang: 'ja'}),
      {glossary: parseGlossary(corpusFile('glossary.tsv'))}
    )
    const summary = revisions.map((revision) => ({type: revision.type, old: revision.old, new: revision.new, review: revision.review}))
    expect(summary).toEqual([
      {type: 'removed', old: ['p1.s1'], new: [], review: []},
      // The header's date and place go with the blog's own title, which states them: removing
      // them from the source asks for a look at that title.
      {type: 'removed', old: ['p2.s1'], new: [], review: ['p1.s1']},
      {type: 'removed', old: ['p3.s1'], new: [], review: ['p1.s1']},
      {type: 'added', old: [], new: ['p2.s1'], review: []},
      {type: 'changed', old: ['p5.s1'], new: ['p3.s1'], review: ['p4.s1']},
      {type: 'changed', old: ['p5.s4'], new: ['p3.s4'], review: ['p4.s4']},
      {type: 'changed', old: ['p7.s1'], new: ['p5.s1'], review: ['p6.s1']},
      {type: 'changed', old: ['p7.l2.i1.s2'], new: ['p5.l2.i1.s2'], review: ['p6.l2.i1.s3', 'p6.l2.i1.s4']},
      {type: 'removed', old: ['p11.s1'], new: [], review: []}
    ])
    const xx = revisions[4].diff.filter((change) => change.added || change.removed).map((change) => change.value)
    expect(xx).toEqual(['XX', 'over 100'])
  })
})
