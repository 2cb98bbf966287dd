/**
 * The units of one side with no counterpart on the other, which `omission` (source side) and
 * `addition` (target side) report: whole paragraphs, sentences in 1-0 beads, and, with a
 * lexicon, the parts of linked units whose words the other side does not render (a sentence of a
 * merge, a clause of a sentence, a phrase of an English sentence).
 */
import type {SentenceBead} from '../../align/types.js'
import type {ClauseTreeNode} from '../../tree/types.js'
import {clausesOf, textOf} from '../../tree/accessors.js'
import {lengthDeviations, neighbour, nodes, sideCoverage, sideWords, textOfAll, type RuleContext} from './context.js'
import {englishPhrases} from './phrases.js'
import {namesCode} from '../../tree/code-names.js'

/** Content words a sentence of a merge needs, and the share of them covered, to be called dropped. */
const mergedMinimumWords = 3
const mergedCoverage = 0.25
/** The same for a clause inside a linked sentence: more words, since clauses share more. */
const clauseMinimumWords = 4
const clauseCoverage = 0.3
/** The share its partners must reach: the unit as a whole is a translation, one part is missing. */
const partnersCoverage = 0.5
/**
 * Content words a phrase of an English source sentence (`englishPhrases`) needs to be called
 * dropped when none of them has a counterpart. Phrases are short and their words are often
 * paraphrased, so only a phrase left with no counterpart at all counts, never a low share. On
 * the two bundled pairs no faithful phrase of three or more content words is wholly uncovered
 * (of two: five, such as `regardless of frontiers`, `impartial tribunal`).
 */
const phraseMinimumWords = 3
/**
 * And the translation must run short: at most this many deviations from the document's usual
 * length ratio (`lengthDeviations`). A dropped phrase takes its words' length with it, while a
 * phrase the dictionary cannot see because it is paraphrased (`Make sure the machine is
 * switched off` ↔ `本機の電源が切れていることを確認して`) leaves the length as it was. Pairs too
 * short to measure are not judged.
 */
const phraseDeviation = -1
/**
 * A longer phrase is surer evidence on its own, so it needs less from the length: each content
 * word over the minimum relaxes the bar by this much, up to `clauseDeviation` (a translation
 * longer than usual is never judged). Over the bundled pairs and thirty-three pairs written by
 * new users, no faithful phrase of four or more content words, its partners translated, is left
 * wholly uncovered in a translation that runs short; `obtain a crime reference number` dropped
 * from a sentence whose Japanese is wordy runs only 0.7 deviations short.
 */
const phraseDeviationPerWord = 0.5
/** The most a clause's translation may run long (in deviations) and still be judged dropped. */
const clauseDeviation = 0

interface PartCoverage<Node> {
  node: Node
  total: number
  covered: number
  uncovered: string[]
}

/**
 * Parts of one unit (the sentences of a merge, the clauses of a sentence) whose words the other
 * side renders only where a partner needs them. Each word of the other text renders one word (or
 * one English compound: words in a row that it renders together):
 * when two parts claim the same counterpart and the other text has it once (\`Everyone has the
 * right to education. Education shall be free.\` against 教育は…無償), the part covered best keeps
 * it. A part left with fewer than \`share\` of its content words covered, while its partners are
 * covered, was dropped.
 */
function droppedParts<Node extends ClauseTreeNode>(parts: readonly Node[], otherText: string, side: 'source' | 'target', context: RuleContext, minimum: number, share: number): Array<PartCoverage<Node>> {
  const measured = parts.map((node) => {
    const words = sideWords(textOf(node), otherText, side, context)
    return {node, words, standalone: words.length > 0 ? words.filter((word) => word.via).length / words.length : 0, unique: 0}
  })
  // A part is surely rendered when words of its own, claimed by no partner, are: it keeps the
  // counterparts it shares; a part whose every counterpart a partner also claims is the suspect.
  const claims = new Map<string, number>()
  for (const part of measured) for (const counterpart of new Set(part.words.map((word) => (word.via ? word.counterpart : undefined)))) if (counterpart) claims.set(counterpart, (claims.get(counterpart) ?? 0) + 1)
  for (const part of measured) part.unique = part.words.length > 0 ? part.words.filter((word) => word.via && word.counterpart && claims.get(word.counterpart) === 1).length / part.words.length : 0
  const left = new Map<string, number>()
  const available = (counterpart: string) => {
    let count = left.get(counterpart)
    if (count === undefined) count = Math.max(1, otherText.split(counterpart).length - 1)
    return count
  }
  const results = new Map<Node, PartCoverage<Node>>()
  for (const part of [...measured].sort((a, b) => b.unique - a.unique || b.standalone - a.standalone)) {
    let covered = 0
    const uncovered: string[] = []
    let previous: string | undefined
    for (const word of part.words) {
      const counterpart = word.via ? word.counterpart : undefined
      // English words in a row rendered by one Japanese word are one compound (`customer service
      // center` ↔ カスタマーサービスセンター, `human rights` ↔ 人権): they claim it once.
      if (side === 'source' && counterpart !== undefined && counterpart === previous) covered++
      else if (counterpart !== undefined && available(counterpart) > 0) {
        left.set(counterpart, available(counterpart) - 1)
        covered++
      } else uncovered.push(word.text)
      previous = counterpart
    }
    results.set(part.node, {node: part.node, total: part.words.length, covered, uncovered})
  }
  const all = [...results.values()]
  return all.filter((part) => {
    if (part.total < minimum || part.covered / part.total >= share) return false
    return partnersCovered(all, part)
  })
}

/** Are the other parts of a unit translated: their content words covered `partnersCoverage` or more? */
function partnersCovered<Part extends {total: number; covered: number}>(parts: readonly Part[], part: Part): boolean {
  let total = 0
  let covered = 0
  for (const other of parts) {
    if (other === part) continue
    total += other.total
    covered += other.covered
  }
  return total > 0 && covered / total >= partnersCoverage
}

/**
 * Phrases of an English sentence (`englishPhrases`) of which no content word has a counterpart in
 * `otherText`, while the rest of the sentence is translated (its phrases' words covered at least
 * `partnersCoverage`): a dropped coordinated item or conjunct that is too short, or too much a
 * part of its clause, to change the clause's own coverage much. Plain coverage, not contested:
 * a phrase that shares its only counterpart with another is not called dropped.
 */
function droppedPhrases(sentence: ClauseTreeNode, otherText: string, side: 'source' | 'target', context: RuleContext, deviation: number) {
  const phrases = clausesOf(sentence).flatMap((clause) => englishPhrases(textOf(clause)).map((phrase) => ({clause, phrase, ...sideCoverage(phrase, otherText, side, context)})))
  if (phrases.length < 2) return []
  return phrases.filter((candidate) => {
    if (candidate.total < phraseMinimumWords || candidate.covered > 0) return false
    if (deviation > Math.min(clauseDeviation, phraseDeviation + phraseDeviationPerWord * (candidate.total - phraseMinimumWords))) return false
    return partnersCovered(phrases, candidate)
  })
}

/** A unit of one side with no counterpart on the other. */
export interface Unmatched {
  level: 'paragraph' | 'sentence' | 'clause'
  nodes: ClauseTreeNode[]
  /** Where the other side's `cause` points: the units it would follow, or the linked sentences. */
  otherNodes: ClauseTreeNode[]
  /** Whether `otherNodes` are the unit's linked counterpart (a part is missing from them). */
  linked: boolean
  /** For a clause: the anchors and terms that the other side of its bead lacks. */
  keys: string[]
  /** When only part of the clause has no counterpart: that part's text. */
  part?: string | undefined
}

/**
 * The units of `side` that have no counterpart, once each at the largest level: a paragraph with
 * no counterpart, else a sentence in a 1-0 (or 0-1) bead, else a clause left unaligned inside a
 * linked bead. `omission` reads the source side, `addition` the target side.
 */
export function unmatchedUnits(context: RuleContext, side: 'source' | 'target'): Unmatched[] {
  const other = side === 'source' ? 'target' : 'source'
  const index = side === 'source' ? context.source : context.target
  const otherIndex = side === 'source' ? context.target : context.source
  const {paragraphs, beads} = context.alignment
  const firstBead = new Map<number, SentenceBead>()
  for (const bead of beads) if (!firstBead.has(bead.paragraphLink)) firstBead.set(bead.paragraphLink, bead)
  const result: Unmatched[] = []
  const whole = new Set<number>()
  paragraphs.forEach((link, paragraph) => {
    if (link[side].length === 0 || link[other].length > 0) return
    whole.add(paragraph)
    const bead = firstBead.get(paragraph)
    result.push({level: 'paragraph', nodes: nodes(index, link[side]), otherNodes: bead ? neighbour(context, bead, other) : [], linked: false, keys: []})
  })
  for (const bead of beads) {
    if (whole.has(bead.paragraphLink) || bead[side].length === 0) continue
    if (bead[other].length === 0) {
      result.push({level: 'sentence', nodes: nodes(index, bead[side]), otherNodes: neighbour(context, bead, other), linked: false, keys: []})
      continue
    }
    const otherNodes = nodes(otherIndex, bead[other])
    const reported = new Set<string>()
    if (bead[side].length > 1 && context.lexicon) {
      // A merge (2-1, 3-1) can hide a sentence the other side dropped: one whose words have no
      // counterpart in the other side's sentence once its partners have taken theirs.
      const sentences = nodes(index, bead[side])
      for (const dropped of droppedParts(sentences, textOfAll(otherNodes), side, context, mergedMinimumWords, mergedCoverage)) {
        result.push({level: 'sentence', nodes: [dropped.node], otherNodes, linked: true, keys: dropped.uncovered})
        reported.add(dropped.node.data.id)
      }
    }
    if (side === 'source' && context.lexicon) {
      // Likewise a clause of a linked sentence that the translation left out, when the translation
      // is not longer than usual (a dropped clause takes its length along; a clause the
      // dictionary cannot see, `Taking part is entirely voluntary` ↔ `参加は完全に自由意思による`,
      // keeps it). Pairs too short to measure are judged on words alone.
      const otherText = textOfAll(otherNodes)
      const deviation = lengthDeviations(context).get(bead)?.deviation
      for (const sentence of nodes(index, bead[side])) {
        if (reported.has(sentence.data.id) || (deviation !== undefined && deviation > clauseDeviation)) continue
        const clauses = clausesOf(sentence)
        if (clauses.length < 2) continue
        for (const dropped of droppedParts(clauses, otherText, side, context, clauseMinimumWords, clauseCoverage)) {
          result.push({level: 'clause', nodes: [dropped.node], otherNodes, linked: true, keys: dropped.uncovered})
          reported.add(dropped.node.data.id)
        }
      }
      if (context.alignment[side].lang === 'en' && deviation !== undefined && deviation <= clauseDeviation) {
        for (const sentence of nodes(index, bead[side])) {
          if (reported.has(sentence.data.id) || clausesOf(sentence).some((clause) => reported.has(clause.data.id))) continue
          // Two dropped phrases of one clause make one finding.
          const byClause = new Map<ClauseTreeNode, {phrases: string[]; uncovered: string[]}>()
          for (const dropped of droppedPhrases(sentence, otherText, side, context, deviation)) {
            const entry = byClause.get(dropped.clause) ?? {phrases: [], uncovered: []}
            entry.phrases.push(dropped.phrase)
            entry.uncovered.push(...dropped.uncovered)
            byClause.set(dropped.clause, entry)
          }
          for (const [clause, {phrases, uncovered}] of byClause) {
            result.push({level: 'clause', nodes: [clause], otherNodes, linked: true, keys: uncovered, part: phrases.join(' … ')})
            reported.add(clause.data.id)
          }
        }
      }
    }
    for (const link of bead.clauses) {
      if (link[other].length > 0 || link[side].some((id) => reported.has(id))) continue
      // A clause left unlinked inside a linked sentence pair is worth a finding only when it
      // carries something the other sentence lacks (an acronym, a term). Not a number:
      // `number-mismatch` reports the pair's numbers (and knows a date the other document moved
      // into a heading), and a changed figure would otherwise be reported twice.
      // Nor an acronym the other sentence writes out (`HR Department` ↔ 人事部).
      const otherText = textOfAll(nodes(otherIndex, bead[other]))
      const keys = (side === 'source' ? link.evidence.sourceOnly : link.evidence.targetOnly).filter((key) => !key.startsWith('num:') && !(key.startsWith('lat:') && namesCode(key.slice(4), otherText)))
      if (keys.length === 0) continue
      result.push({level: 'clause', nodes: nodes(index, link[side]), otherNodes: nodes(otherIndex, bead[other]), linked: true, keys})
    }
  }
  return result
}
