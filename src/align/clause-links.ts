/**
 * Clause links inside a sentence bead. Japanese often reverses the order of English clauses, so
 * links may cross: clauses are paired greedily by similarity (anchors and terms first), and a
 * clause left over joins the link of its neighbour, unless it carries anchors or terms that the
 * other side of the bead lacks altogether, in which case it stays unaligned (a likely omission
 * or addition inside the sentence).
 */
import type {ClauseLink} from './types.js'
import {basisOf, compare, measure, noEvidence, round, type Model} from './similarity.js'
import type {Unit} from './units.js'

/** Most clause pairs compared inside one bead. */
const maxPairs = 2500

/** Weight of unmatched key evidence from which a leftover clause stays unaligned. */
const strandedWeight = 1.5

export function linkClauses(source: readonly Unit[], target: readonly Unit[], model: Model): ClauseLink[] {
  if (source.length === 0 || target.length === 0) {
    const side = source.length === 0 ? 'target' : 'source'
    const units = side === 'source' ? source : target
    if (units.length === 0) return []
    return [{source: source.map((unit) => unit.id), target: target.map((unit) => unit.id), type: `${source.length}-${target.length}`, score: 0, evidence: noEvidence(units, model, side)}]
  }
  // Pairing is quadratic in the clauses of one bead: past this many pairs, one link for all.
  if ((source.length === 1 && target.length === 1) || source.length * target.length > maxPairs) return [link(source, target, model)]

  const sourceGroup = new Array<number>(source.length).fill(-1)
  const targetGroup = new Array<number>(target.length).fill(-1)
  const sourceStranded = source.map((unit) => stranded(unit, target, model))
  const targetStranded = target.map((unit) => stranded(unit, source, model))
  let groups = 0
  // First pairs that share anchors or terms, then pairs whose lengths fit, best first.
  for (const pass of ['lexical', 'length'] as const) {
    const pairs: Array<{i: number; j: number; similarity: number}> = []
    for (let i = 0; i < source.length; i++) {
      if (sourceGroup[i] >= 0 || sourceStranded[i]) continue
      for (let j = 0; j < target.length; j++) {
        if (targetGroup[j] >= 0 || targetStranded[j]) continue
        const measured = measure([source[i]], [target[j]], model, 'clause', false)
        const similarity = measured.similarity
        if (pass === 'lexical' ? basisOf(measured) === 'lexical' && similarity >= 0.3 : similarity >= 0.5) pairs.push({i, j, similarity})
      }
    }
    pairs.sort((a, b) => b.similarity - a.similarity || a.i - b.i || a.j - b.j)
    for (const pair of pairs) {
      if (sourceGroup[pair.i] >= 0 || targetGroup[pair.j] >= 0) continue
      sourceGroup[pair.i] = groups
      targetGroup[pair.j] = groups
      groups++
    }
  }
  if (groups === 0) {
    // Nothing pairs one to one: the clauses that are not stranded form one link together.
    const sourceRest = source.filter((_, k) => !sourceStranded[k])
    const targetRest = target.filter((_, k) => !targetStranded[k])
    if (sourceRest.length > 0 && targetRest.length > 0) {
      sourceGroup.forEach((_, k) => !sourceStranded[k] && (sourceGroup[k] = 0))
      targetGroup.forEach((_, k) => !targetStranded[k] && (targetGroup[k] = 0))
      groups = 1
    }
  }
  const attach = (group: number[], isStranded: boolean[]) => {
    for (let k = 0; k < group.length; k++) {
      if (group[k] >= 0 || isStranded[k]) continue
      // The nearest linked neighbour in the clause's own sentence order.
      for (let distance = 1; distance < group.length; distance++) {
        const before = group[k - distance]
        const after = group[k + distance]
        if (before !== undefined && before >= 0) {
          group[k] = before
          break
        }
        if (after !== undefined && after >= 0) {
          group[k] = after
          break
        }
      }
    }
  }
  attach(sourceGroup, sourceStranded)
  attach(targetGroup, targetStranded)

  const links: ClauseLink[] = []
  for (let group = 0; group < groups; group++) {
    links.push(link(source.filter((_, k) => sourceGroup[k] === group), target.filter((_, k) => targetGroup[k] === group), model))
  }
  source.forEach((unit, k) => {
    if (sourceGroup[k] < 0) links.push({source: [unit.id], target: [], type: '1-0', score: 1, evidence: noEvidence([unit], model, 'source')})
  })
  target.forEach((unit, k) => {
    if (targetGroup[k] < 0) links.push({source: [], target: [unit.id], type: '0-1', score: 1, evidence: noEvidence([unit], model, 'target')})
  })
  // Source order first, so that reading the links follows the source sentence.
  const position = new Map<string, number>()
  source.forEach((unit, k) => position.set('s' + unit.id, k))
  target.forEach((unit, k) => position.set('t' + unit.id, source.length + k))
  const order = (clauseLink: ClauseLink) =>
    clauseLink.source.length > 0 ? position.get('s' + clauseLink.source[0])! : position.get('t' + clauseLink.target[0])!
  return links.sort((a, b) => order(a) - order(b))
}

/**
 * A clause is stranded when it shares no anchor or term with the other side of its bead and
 * carries enough of its own: content the other side does not have at all.
 */
function stranded(unit: Unit, others: readonly Unit[], model: Model): boolean {
  let missing = 0
  for (const key of unit.keys.keys()) {
    if (others.some((other) => other.keys.has(key))) return false
    missing += model.weight(key)
  }
  return missing >= strandedWeight
}

function link(source: readonly Unit[], target: readonly Unit[], model: Model): ClauseLink {
  const {similarity, evidence} = compare(source, target, model, 'clause')
  return {source: source.map((unit) => unit.id), target: target.map((unit) => unit.id), type: `${source.length}-${target.length}`, score: round(similarity), evidence}
}
