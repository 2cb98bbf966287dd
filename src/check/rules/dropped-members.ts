/**
 * The `omission` of one item of a list written inside a sentence: `asthma, kidney disease or high
 * blood pressure` translated `ぜんそく、高血圧`. One or two words are too few for the checks on
 * clauses and phrases (`unmatched`), and the sentence keeps nearly its length, but the list gives
 * two pieces of evidence that together are specific: the dictionary finds no counterpart for
 * that item while it finds one for every other item, and the translation's list around those
 * counterparts has exactly one item fewer than the source's. A faithful translation whose
 * rendering the dictionary misses (`sesame` ↔ `ごま`) still lists as many items, and a sentence
 * restructured so that the items are no longer one list is not judged. For an English source
 * and a Japanese translation, with a lexicon.
 */
import type {Finding} from '../findings.js'
import {clausesOf, isWithin, textOf} from '../../tree/accessors.js'
import {knowsLemma} from '../../lexicon/index.js'
import type {ClauseTreeNode} from '../../tree/types.js'
import {excerpt, sideWords, type RuleContext} from './context.js'
import {englishSeries, japaneseListAround} from './series.js'

/** Where the translation may render a covered item: every place of each of its counterparts, in order. */
function placesOf(counterparts: readonly string[], target: string): Array<[number, number]> {
  const places: Array<[number, number]> = []
  for (const counterpart of counterparts) {
    for (let start = target.indexOf(counterpart); start >= 0; start = target.indexOf(counterpart, start + 1)) places.push([start, start + counterpart.length])
  }
  return places.sort((a, b) => a[0] - b[0])
}

/**
 * One place for each item, no two items at one place, or undefined. An item whose words have
 * several counterparts (`electronic money`: 電子マネー, and 現金 for “money”) takes one that no
 * other item needs (`cash`: 現金): items with fewer places choose first, each the earliest free.
 */
function distinctPlaces(candidates: ReadonlyArray<ReadonlyArray<[number, number]>>): Array<[number, number]> | undefined {
  const chosen: Array<[number, number] | undefined> = candidates.map(() => undefined)
  const taken = new Set<number>()
  const order = candidates.map((_, index) => index).sort((a, b) => candidates[a].length - candidates[b].length || a - b)
  for (const index of order) {
    const place = candidates[index].find(([start]) => !taken.has(start))
    if (!place) return undefined
    taken.add(place[0])
    chosen[index] = place
  }
  return chosen as Array<[number, number]>
}

/** The clause of `sentence` that holds `item`, or the sentence itself. */
function unitHolding(sentence: ClauseTreeNode, item: string): ClauseTreeNode {
  return clausesOf(sentence).find((clause) => textOf(clause).includes(item)) ?? sentence
}

/**
 * Findings for the linked sentences of the source, except those inside, or holding, a unit of
 * `reported` (the ids of units another `omission` finding is about).
 */
export function droppedMembers(context: RuleContext, reported: readonly string[]): Finding[] {
  if (!context.lexicon || context.alignment.source.lang !== 'en' || context.alignment.target.lang !== 'ja') return []
  const known = knowsLemma(context.lexicon)
  const findings: Finding[] = []
  for (const {sourceNodes, targetNodes, targetText} of context.linked) {
    const target = targetText.normalize('NFKC')
    for (const sentence of sourceNodes) {
      const id = sentence.data.id
      if (reported.some((other) => isWithin(other, id) || isWithin(id, other))) continue
      for (const items of englishSeries(textOf(sentence))) {
        const measured = items.map((item) => ({item, words: sideWords(item, targetText, 'source', context)}))
        const covered = measured.filter(({words}) => words.some((word) => word.via))
        // The first item is only the end of its piece (`includes ceramics`): an anchor, never the suspect.
        const missing = measured.filter(
          ({words}, k) => k > 0 && words.length > 0 && words.every((word) => !word.via) && words.some((word) => !word.name && known(word.text))
        )
        if (missing.length !== 1 || covered.length !== items.length - 1) continue
        // Two items found only at one place are one word of the translation, not two items of a list.
        const anchors = distinctPlaces(covered.map(({words}) => placesOf(words.flatMap((word) => (word.via && word.counterpart ? [word.counterpart] : [])), target)))
        if (!anchors) continue
        const list = japaneseListAround(target, anchors)
        if (!list || list.length !== items.length - 1) continue
        const {item} = missing[0]
        findings.push({
          ruleId: 'omission',
          reason: `Unexpected list of ${list.length} items (“${excerpt(list.text)}”) for the source's ${items.length}: \`${item}\` has no counterpart, expected every item translated`,
          side: 'source',
          sourceNodes: [unitHolding(sentence, item)],
          targetNodes,
          actual: list.text,
          expected: [item],
          severity: 'warning'
        })
      }
    }
  }
  return findings
}
