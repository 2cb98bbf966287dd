/**
 * `addition`: a translation unit with no source: a paragraph (preface, heading), a sentence, a
 * clause carrying anchors or terms the source sentence lacks, and run-in labels where the source
 * unit has none.
 */
import type {Finding} from '../findings.js'
import type {LabelNode} from '../types.js'
import {describe} from './omission.js'
import {excerpt, labelsIn, neighbour, nodes, textOfAll, type Rule} from './context.js'

export const addition: Rule = (context) => {
  const findings: Finding[] = []
  const {alignment} = context
  const addedParagraphs = new Set<number>()
  alignment.paragraphs.forEach((link, index) => {
    if (link.target.length === 0) return
    const targetParagraphs = nodes(context.target, link.target)
    if (link.source.length === 0) {
      addedParagraphs.add(index)
      const bead = alignment.beads.find((item) => item.paragraph === index)
      const text = textOfAll(targetParagraphs)
      findings.push({
        ruleId: 'addition',
        reason: `Unexpected ${describe(targetParagraphs[0])} with no source (“${excerpt(text)}”), expected only translated content`,
        side: 'target',
        sourceNodes: [],
        targetNodes: targetParagraphs,
        otherNodes: bead ? neighbour(context, bead, 'source') : [],
        actual: text
      })
      return
    }
    // Run-in labels the source does not have: one finding per paragraph, listing them.
    const sourceParagraphs = nodes(context.source, link.source)
    const sourceLabels = sourceParagraphs.flatMap((paragraph) => labelsIn(paragraph))
    const targetLabels = targetParagraphs.flatMap((paragraph) => labelsIn(paragraph))
    if (targetLabels.length > sourceLabels.length) {
      const added = targetLabels.slice(0, targetLabels.length - sourceLabels.length)
      const extra = sourceLabels.length === 0 ? targetLabels : added
      findings.push({
        ruleId: 'addition',
        reason: `Unexpected run-in label${extra.length > 1 ? 's' : ''} ${listLabels(extra)} with no source, expected ${sourceLabels.length === 0 ? 'none (the source has no labels here)' : `${sourceLabels.length} as in the source`}`,
        side: 'target',
        sourceNodes: sourceParagraphs,
        targetNodes: extra,
        actual: extra.map((label) => label.label).join(', '),
        severity: 'info'
      })
    }
  })
  for (const bead of alignment.beads) {
    if (addedParagraphs.has(bead.paragraph)) continue
    if (bead.source.length === 0) {
      const sentences = nodes(context.target, bead.target)
      const text = textOfAll(sentences)
      findings.push({
        ruleId: 'addition',
        reason: `Unexpected sentence with no source (“${excerpt(text)}”), expected only translated content`,
        side: 'target',
        sourceNodes: [],
        targetNodes: sentences,
        otherNodes: neighbour(context, bead, 'source'),
        actual: text
      })
      continue
    }
    if (bead.target.length === 0) continue
    for (const link of bead.clauses) {
      if (link.source.length > 0) continue
      const clauses = nodes(context.target, link.target)
      const text = textOfAll(clauses)
      findings.push({
        ruleId: 'addition',
        reason: `Unexpected clause with no source (“${excerpt(text)}”): its ${link.evidence.targetOnly.join(', ')} appear nowhere in the source sentence`,
        side: 'target',
        sourceNodes: [],
        targetNodes: clauses,
        otherNodes: nodes(context.source, bead.source),
        actual: text,
        severity: 'info'
      })
    }
  }
  return findings
}

/** The first labels, then how many more: a report line should stay readable. */
function listLabels(labels: readonly LabelNode[]): string {
  const shown = labels.slice(0, 2).map((label) => `\`${label.label}\``).join(', ')
  return labels.length > 2 ? `${shown} and ${labels.length - 2} more` : shown
}
