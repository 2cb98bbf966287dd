/**
 * `addition`: a translation unit with no source: a paragraph (preface, heading), a sentence, a
 * clause carrying anchors or terms the source sentence lacks, and run-in labels where the source
 * unit has none.
 */
import type {Finding} from '../findings.js'
import type {LabelNode} from '../../tree/types.js'
import {nodesOfType} from '../../tree/accessors.js'
import {excerpt, listWords, nodes, textOfAll, unitName, type Rule, type RuleContext} from './context.js'
import {unmatchedUnits, type Unmatched} from './unmatched.js'
import {isLetterFormula} from './formulas.js'

export const addition: Rule = (context) => [...unmatchedUnits(context, 'target').map((unit) => added(unit, context)), ...addedLabels(context)]

function added(unit: Unmatched, context: RuleContext): Finding {
  const text = textOfAll(unit.nodes)
  const base = {ruleId: 'addition' as const, side: 'target' as const, sourceNodes: [], targetNodes: unit.nodes, otherNodes: unit.otherNodes, otherLinked: unit.linked, actual: text}
  // A letter's set phrase the translator adds (平素より格別のご高配を賜り…) is a convention.
  if (!unit.linked && unit.level !== 'clause' && isLetterFormula(text, context.alignment.target.lang)) {
    return {...base, reason: `Unexpected set phrase with no source (“${excerpt(text)}”), expected only translated content`, severity: 'info'}
  }
  switch (unit.level) {
    case 'paragraph':
      // A paragraph wholly in brackets is an editor's or translator's note (（1948.12.10 採択）):
      // worth listing, not a defect.
      if (unit.nodes.length === 1 && /^[（(［\[][^]*[）)］\]]$/.test(text.trim())) {
        return {...base, reason: `Unexpected note in brackets with no source (“${excerpt(text)}”), expected only translated content`, severity: 'info'}
      }
      return {...base, reason: `Unexpected ${unitName(unit.nodes[0])} with no source (“${excerpt(text)}”), expected only translated content`}
    case 'sentence':
      return unit.keys.length > 0
        ? {...base, reason: `Unexpected sentence with no source (“${excerpt(text)}”): ${listWords(unit.keys)} have no counterpart in the linked source, expected only translated content`}
        : {...base, reason: `Unexpected sentence with no source (“${excerpt(text)}”), expected only translated content`}
    default:
      return {
        ...base,
        reason: `Unexpected clause with no source (“${excerpt(text)}”): its ${unit.keys.join(', ')} appear nowhere in the source sentence`,
        severity: 'info'
      }
  }
}

/** Run-in labels the source does not have: one finding per linked paragraph, listing them. */
function addedLabels(context: RuleContext): Finding[] {
  const findings: Finding[] = []
  for (const link of context.alignment.paragraphs) {
    if (link.source.length === 0 || link.target.length === 0) continue
    const sourceParagraphs = nodes(context.source, link.source)
    const sourceLabels = sourceParagraphs.flatMap((paragraph) => nodesOfType(paragraph, 'LabelNode'))
    const targetLabels = nodes(context.target, link.target).flatMap((paragraph) => nodesOfType(paragraph, 'LabelNode'))
    if (targetLabels.length <= sourceLabels.length) continue
    const extra = sourceLabels.length === 0 ? targetLabels : targetLabels.slice(0, targetLabels.length - sourceLabels.length)
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
  return findings
}

/** The first labels, then how many more: a report line should stay readable. */
function listLabels(labels: readonly LabelNode[]): string {
  const shown = labels.slice(0, 2).map((label) => `\`${label.label}\``).join(', ')
  return labels.length > 2 ? `${shown} and ${labels.length - 2} more` : shown
}
