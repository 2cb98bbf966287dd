/**
 * `omission`: a source unit with no counterpart in the translation: a paragraph (heading, note,
 * numbered paragraph), a sentence inside a translated paragraph, or a clause inside a sentence
 * bead that carries anchors or terms the translation lacks altogether.
 */
import type {Finding} from '../findings.js'
import {nodesOfType} from '../../tree/accessors.js'
import {excerpt, listWords, textOfAll, unitName, type Rule} from './context.js'
import {unmatchedUnits} from './unmatched.js'
import {droppedLabels} from './dropped-labels.js'
import {droppedMembers} from './dropped-members.js'
import {isLetterFormula} from './formulas.js'

export const omission: Rule = (context) => {
  const untranslated = untranslatedUnits(context)
  // A list item left out is one more finding only in a sentence no other omission covers.
  const reported = untranslated.flatMap((finding) => finding.sourceNodes.map((node) => node.data.id))
  return [...untranslated, ...droppedLabels(context), ...droppedMembers(context, reported)]
}

const untranslatedUnits: Rule = (context) =>
  unmatchedUnits(context, 'source').map((unit): Finding => {
    const text = textOfAll(unit.nodes)
    const base = {ruleId: 'omission' as const, side: 'source' as const, sourceNodes: unit.nodes, targetNodes: [], otherNodes: unit.otherNodes, otherLinked: unit.linked, actual: '', expected: [text]}
    // A salutation or sign-off the translation leaves out (`Dear Shareholders,`) is a convention.
    if (!unit.linked && unit.level !== 'clause' && isLetterFormula(text, context.alignment.source.lang)) {
      return {...base, reason: `Unexpected untranslated salutation or closing (“${excerpt(text)}”), expected a translation`, severity: 'info'}
    }
    switch (unit.level) {
      case 'paragraph': {
        const label = unit.nodes.flatMap((paragraph) => nodesOfType(paragraph, 'LabelNode'))[0]
        return {...base, reason: `Unexpected untranslated ${unitName(unit.nodes[0])}${label ? ` \`${label.value}\`` : ''} (“${excerpt(text)}”), expected a translation`}
      }
      case 'sentence':
        // With words listed, the sentence sits in a merge and the dictionary found none of them.
        return unit.keys.length > 0
          ? {...base, reason: `Unexpected untranslated sentence (“${excerpt(text)}”): ${listWords(unit.keys)} have no counterpart of their own in the linked translation, expected a translation`, severity: 'warning'}
          : {...base, reason: `Unexpected untranslated sentence (“${excerpt(text)}”), expected a translation`}
      default:
        if (unit.part !== undefined) {
          return {
            ...base,
            reason: `Unexpected untranslated part of a clause (“${excerpt(unit.part)}”): its ${listWords(unit.keys)} have no counterpart in the translated sentence`,
            expected: [unit.part],
            severity: 'warning'
          }
        }
        return {
          ...base,
          reason: `Unexpected untranslated clause (“${excerpt(text)}”): its ${listWords(unit.keys)} have no counterpart of their own in the translated sentence`,
          severity: 'warning'
        }
    }
  })
