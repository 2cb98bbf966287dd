/**
 * The `omission` of a list item's run-in label: a source item `Net sales: ¥182.4 billion` whose
 * translation keeps the figure but not the label (`- 1,824億円`), in a list whose other items
 * keep theirs (`営業利益：217億円`). The label names what the figure is; without it the line
 * says nothing. A list translated without any labels may be written as sentences (`売上高は
 * 1,824億円でした`), a choice of form: there, with a lexicon, only a label none of whose words
 * the item's translation renders is reported.
 */
import type {Finding} from '../findings.js'
import {parentId} from '../../tree/accessors.js'
import type {ClauseTreeNode} from '../../tree/types.js'
import {containerLabel, leadingLabel, sideCoverage, textOfAll, type Rule, type RuleContext} from './context.js'

/** Does the list holding this item have a run-in label in any of its items? */
function listHasLabels(index: Map<string, ClauseTreeNode>, itemId: string): boolean {
  const list = index.get(parentId(itemId))
  if (!list || list.type !== 'ListNode') return false
  return list.children.some((item) => 'children' in item && item.children[0]?.type === 'LabelNode')
}

/** With a lexicon: does the translation render none of the label's content words (one at least)? */
function unrendered(label: string, targetText: string, context: RuleContext): boolean {
  if (!context.lexicon) return false
  const {total, covered} = sideCoverage(label, targetText, 'source', context)
  return total > 0 && covered === 0
}

export const droppedLabels: Rule = (context) => {
  const findings: Finding[] = []
  for (const {bead, targetNodes} of context.linked) {
    const sourceId = bead.source[0]
    const targetId = bead.target[0]
    if (sourceId === undefined || targetId === undefined) continue
    // The label belongs to the item's first sentence, the one right after it.
    const label = leadingLabel(context.source, sourceId)
    const sourceItem = context.source.get(parentId(sourceId))
    const targetItem = context.target.get(parentId(targetId))
    if (!label || sourceItem?.type !== 'ListItemNode') continue
    if (targetItem?.type !== 'ListItemNode' || containerLabel(context.target, targetId)) continue
    const labelled = listHasLabels(context.target, targetItem.data.id)
    if (!labelled && !unrendered(label.label, textOfAll(targetNodes), context)) continue
    findings.push({
      ruleId: 'omission',
      reason: `Unexpected list item without its run-in label \`${label.label}\`, expected a rendering of the label ${labelled ? "as the list's other items have" : '(the item renders none of its words)'}`,
      side: 'source',
      sourceNodes: [label],
      targetNodes,
      actual: '',
      expected: [label.label],
      severity: 'warning'
    })
  }
  return findings
}
