import {expect} from 'vitest'
import {sentencesOf, type Alignment} from 'clause-align'

/** Every sentence of both documents in exactly one bead, beads in order on both sides. */
export function expectCompleteAndMonotone(alignment: Alignment): void {
  for (const side of ['source', 'target'] as const) {
    const order = sentencesOf(alignment[side]).map((sentence) => sentence.data.id)
    const seen = alignment.beads.flatMap((bead) => bead[side])
    expect(seen).toEqual(order)
    const paragraphs = alignment.paragraphs.flatMap((link) => link[side])
    expect(paragraphs).toEqual(alignment[side].children.map((paragraph) => paragraph.data.id))
    for (const bead of alignment.beads) {
      const clauses = bead.clauses.flatMap((link) => link[side]).sort()
      const expected = bead[side].flatMap((id) => {
        const sentence = sentencesOf(alignment[side]).find((node) => node.data.id === id)!
        return sentence.children.filter((child) => child.type === 'ClauseNode').map((child) => child.data.id)
      })
      expect(clauses).toEqual(expected.sort())
    }
  }
  for (const bead of alignment.beads) {
    expect(bead.score).toBeGreaterThanOrEqual(0)
    expect(bead.score).toBeLessThanOrEqual(1)
  }
}
