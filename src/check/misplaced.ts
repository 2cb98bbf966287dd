/**
 * A translation that stands in the wrong place, seen as a whole. When a sentence's translation
 * is moved (two sentences swapped across paragraphs, a sentence copied into another paragraph),
 * the aligner pairs what it finds: the moved translation with a neighbour's source, the
 * neighbour's own translation with nothing. Each place then trips several rules (low coverage,
 * numbers and terms that do not match, a sentence with no source next door), all of them one
 * defect. Here the moved translations are found by their words (a translated sentence that
 * covers a source sentence of another bead, and that bead's source, better than its own), the
 * beads concerned are gathered (both places of a move; an unpaired neighbour of the place a
 * translation landed in, whose source it displaced), and what is reported there becomes one
 * finding that says what moved where. Needs the lexicon.
 */
import type {Finding, RuleId} from './findings.js'
import type {ClauseTreeNode} from '../tree/types.js'
import {textOf} from '../tree/accessors.js'
import {excerpt, type RuleContext} from './rules/context.js'
import {dictionaryKeys, movedCoverage, mutualCoverage, topShared} from './moved.js'
import {sharedEntry, type BeadIndexes} from './unpaired.js'

/** A translated sentence (in bead `at`) that renders a source sentence of bead `from`. */
interface Move {
  at: number
  from: number
  target: ClauseTreeNode
  source: ClauseTreeNode
  score: number
}

/** How much better a moved translation must cover its real source than the one it is paired with. */
const movedMargin = 0.2
/** The coverage a move needs when a second move the other way confirms it (a swap). */
const crossedCoverage = 0.3

export function misplaced(findings: readonly Finding[], context: RuleContext, beadOf: BeadIndexes, dropped: Set<Finding>): void {
  if (!context.lexicon) return
  const beads = context.alignment.beads
  const placeOf = (finding: Finding): number | undefined =>
    finding.targetNodes.length > 0 ? sharedEntry(finding.targetNodes, beadOf.target) : sharedEntry(finding.sourceNodes, beadOf.source)
  // Beads where something was reported (folded or not): the candidates for a landed translation.
  const reported = new Set<number>()
  for (const finding of findings) {
    if ((finding.severity ?? 'warning') === 'info') continue
    const at = placeOf(finding)
    if (at !== undefined) reported.add(at)
  }
  if (reported.size === 0) return
  // Beads with a sentence reported as having no counterpart: a neighbour a move displaced.
  const displaced = new Set<number>()
  for (const finding of findings) {
    if ((finding.severity ?? 'warning') === 'info' || (finding.ruleId !== 'omission' && finding.ruleId !== 'addition')) continue
    const units = finding.ruleId === 'omission' ? finding.sourceNodes : finding.targetNodes
    const at = placeOf(finding)
    if (at !== undefined && units.length > 0 && units.every((node) => node.type === 'SentenceNode')) displaced.add(at)
  }
  const sourceIds = beads.flatMap((bead) => bead.source)
  const sourceTexts = sourceIds.map((id) => textOf(context.source.get(id)!))
  const shortlist = nearbySources(context, beads.map((bead) => bead.source.length), sourceTexts)
  const candidates: Move[] = []
  for (const at of reported) {
    const bead = beads[at]
    const own = bead.source.map((id) => textOf(context.source.get(id)!)).join(' ')
    for (const id of bead.target) {
      const target = context.target.get(id)!
      if (target.type !== 'SentenceNode') continue
      const text = textOf(target)
      const ownScore = own ? (mutualCoverage(own, text, context) ?? 0) : 0
      let best: Move | undefined
      for (const index of shortlist(text, at)) {
        const from = beadOf.source.get(sourceIds[index])
        if (from === undefined || from === at) continue
        const score = mutualCoverage(sourceTexts[index], text, context)
        if (score === undefined || score < crossedCoverage || score < ownScore + movedMargin || (best && score <= best.score)) continue
        best = {at, from, target, source: context.source.get(sourceIds[index])!, score}
      }
      if (best) candidates.push(best)
    }
  }
  // A move stands on its own words, or on a second move the other way between the same places:
  // two translations that each render the other place's source are a swap.
  const samePlace = (a: number, b: number) => Math.abs(a - b) <= 1 && beads[a]!.paragraphLink === beads[b]!.paragraphLink
  const moves = candidates.filter((move) => move.score >= movedCoverage || candidates.some((other) => other !== move && samePlace(other.at, move.from) && samePlace(other.from, move.at)))
  if (moves.length === 0) return
  // The beads each move concerns, joined into one group per defect.
  const group = new Map<number, number>()
  const find = (k: number): number => {
    const parent = group.get(k) ?? k
    if (parent === k) return k
    const root = find(parent)
    group.set(k, root)
    return root
  }
  const involved = new Set<number>()
  const join = (a: number, b: number) => {
    involved.add(a).add(b)
    if (find(a) !== find(b)) group.set(find(a), find(b))
  }
  for (const move of moves) {
    join(move.at, move.from)
    // The neighbour the moved translation displaced: a bead beside it reported with a sentence of no counterpart.
    for (const next of [move.at - 1, move.at + 1]) if (beads[next] && samePlace(next, move.at) && displaced.has(next)) join(next, move.at)
  }
  const members = new Map<number, Finding[]>()
  for (const finding of findings) {
    if (dropped.has(finding) || (finding.severity ?? 'warning') === 'info') continue
    const at = placeOf(finding)
    if (at === undefined || !involved.has(at)) continue
    const root = find(at)
    members.set(root, [...(members.get(root) ?? []), finding])
  }
  for (const [root, list] of members) {
    const here = moves.filter((move) => find(move.at) === root)
    if (list.length < 2 || here.length === 0) continue
    const moved = new Set(here.flatMap((move) => [move.target, move.source]))
    const names = (finding: Finding) => [...finding.sourceNodes, ...finding.targetNodes].some((node) => [...moved].some((unit) => node === unit || node.data.id.startsWith(unit.data.id + '.')))
    const lead = [...list].sort((a, b) => Number(names(b)) - Number(names(a)) || preference(a.ruleId) - preference(b.ruleId) || severity(b) - severity(a))[0]!
    // The defect is as serious as the most serious thing it caused.
    const worst = list.reduce((a, b) => (severity(b) > severity(a) ? b : a))
    if (severity(worst) > severity(lead)) lead.severity = worst.severity
    const what = here.map((move) => `the translation at ${move.target.data.id} (“${excerpt(textOf(move.target))}”) renders source ${move.source.data.id} (“${excerpt(textOf(move.source))}”, coverage ${move.score.toFixed(2)})`)
    const crossing = here.flatMap((a) => here.filter((b) => b !== a && samePlace(a.at, b.from) && samePlace(a.from, b.at)).map((b) => [a, b] as const))[0]
    const swapped = crossing !== undefined
    if (crossing && preferred.includes(lead.ruleId)) {
      const [a, b] = crossing
      lead.reason = `Unexpected sentences swapped (“${excerpt(textOf(b.source))}” and “${excerpt(textOf(a.source))}”): each translation stands at the other's place, expected each at its own`
    }
    const folded = list.filter((finding) => finding !== lead)
    for (const finding of folded) dropped.add(finding)
    lead.note = [`${swapped ? 'Sentences swapped' : 'Out of place'}: ${what.join('; ')}.`, ...folded.map((finding) => `Also at these places: ${finding.reason} (${finding.ruleId})`), lead.note].filter(Boolean).join(' ')
  }
}

/** Beads on either side of a place within which the source a translation renders is looked for. */
const reach = 50
/**
 * The source sentences near bead `at` (within `reach` beads) that share the most dictionary keys
 * with a translated sentence. Near, not anywhere: in a long document the common keys' lists
 * grow with its length, and every reported place searching all of them made `check` twice as
 * slow (42 s against 22 s) and its peak memory 1266 MB against 667 MB on the corpus repeated
 * 1000 times (with the window: 24 s, 847 MB; the eval's swaps, across paragraphs, all lie
 * within it). A translation that moved farther has no counterpart left at its place, which
 * `moved` finds among the unmatched units.
 */
function nearbySources(context: RuleContext, sourceCounts: readonly number[], sourceTexts: readonly string[]): (text: string, at: number) => number[] {
  const keysOf = (text: string, side: 'source' | 'target') => dictionaryKeys(text, side, context)
  const first: number[] = [0]
  for (const count of sourceCounts) first.push(first[first.length - 1] + count)
  const cache = new Map<number, Set<number>>()
  const sourceKeys = (index: number) => {
    let keys = cache.get(index)
    if (!keys) cache.set(index, (keys = keysOf(sourceTexts[index], 'source')))
    return keys
  }
  return (text, at) => {
    const keys = keysOf(text, 'target')
    const scored: Array<[number, number]> = []
    const end = first[Math.min(sourceCounts.length, at + reach + 1)]
    for (let index = first[Math.max(0, at - reach)]; index < end; index++) {
      let shared = 0
      for (const key of sourceKeys(index)) if (keys.has(key)) shared++
      if (shared > 0) scored.push([index, shared])
    }
    return topShared(scored)
  }
}

const severityRank = {info: 0, warning: 1, error: 2} as const
const severity = (finding: Finding) => severityRank[finding.severity ?? 'warning']
/** Among equals, the finding about whole units leads. */
const preferred: readonly RuleId[] = ['omission', 'addition', 'low-coverage']
const preference = (ruleId: RuleId) => (preferred.includes(ruleId) ? preferred.indexOf(ruleId) : preferred.length)
