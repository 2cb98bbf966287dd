/**
 * `omission`: a source unit with no counterpart in the translation: a paragraph (heading, note,
 * numbered paragraph), a sentence inside a translated paragraph, or a clause inside a sentence
 * bead that carries anchors or terms the translation lacks altogether.
 */
import type {Finding} from '../findings.js'
import {excerpt, neighbour, nodes, textOfAll, type Rule} from './context.js'
import {labelsIn} from './context.js'

export const omission: Rule = (context) => {
  const findings: Finding[] = []
  const {alignment} = context
  const omittedParagraphs = new Set<number>()
  alignment.paragraphs.forEach((link, index) => {
    if (link.target.length > 0 || link.source.length === 0) return
    omittedParagraphs.add(index)
    const paragraphs = nodes(context.source, link.source)
    const bead = alignment.beads.find((item) => item.paragraph === index)
    const label = paragraphs.flatMap((paragraph) => labelsIn(paragraph))[0]
    const text = textOfAll(paragraphs)
    findings.push({
      ruleId: 'omission',
      reason: `Unexpected untranslated ${describe(paragraphs[0])}${label ? ` \`${label.value}\`` : ''} (“${excerpt(text)}”), expected a translation`,
      side: 'source',
      sourceNodes: paragraphs,
      targetNodes: [],
      otherNodes: bead ? neighbour(context, bead, 'target') : [],
      actual: '',
      expected: [text]
    })
  })
  for (const bead of alignment.beads) {
    if (omittedParagraphs.has(bead.paragraph)) continue
    if (bead.target.length === 0) {
      const sentences = nodes(context.source, bead.source)
      const text = textOfAll(sentences)
      findings.push({
        ruleId: 'omission',
        reason: `Unexpected untranslated sentence (“${excerpt(text)}”), expected a translation`,
        side: 'source',
        sourceNodes: sentences,
        targetNodes: [],
        otherNodes: neighbour(context, bead, 'target'),
        actual: '',
        expected: [text]
      })
      continue
    }
    if (bead.source.length === 0) continue
    for (const link of bead.clauses) {
      if (link.target.length > 0) continue
      const clauses = nodes(context.source, link.source)
      const text = textOfAll(clauses)
      findings.push({
        ruleId: 'omission',
        reason: `Unexpected untranslated clause (“${excerpt(text)}”): its ${link.evidence.sourceOnly.join(', ')} appear nowhere in the translated sentence`,
        side: 'source',
        sourceNodes: clauses,
        targetNodes: [],
        otherNodes: nodes(context.target, bead.target),
        actual: '',
        expected: [text],
        severity: 'warning'
      })
    }
  }
  return findings
}

export function describe(node: {type: string; kind?: string; label?: string} | undefined): string {
  if (!node) return 'unit'
  if (node.type !== 'ParagraphNode') return node.type === 'SentenceNode' ? 'sentence' : 'unit'
  switch (node.kind) {
    case 'heading':
      return 'heading'
    case 'item':
      return `paragraph ${node.label ?? ''}`.trim()
    case 'footnote':
      return 'footnote'
    case 'list':
      return 'list'
    default:
      return 'paragraph'
  }
}
