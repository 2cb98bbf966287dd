/**
 * Folds for a translation that stands in another place than its source: a sentence (or
 * paragraph) with no counterpart whose translation is a unit with no source elsewhere, and a
 * sentence with no source inside another pair that translates a source sentence whose own place
 * reports it lacking. Needs the lexicon: the two are matched by the words they share.
 */
import type {Finding, RuleId} from './findings.js'
import type {ClauseTreeNode} from '../tree/types.js'
import {idAndAncestors, textOf} from '../tree/accessors.js'
import {englishWords, japaneseWords} from '../lexicon/index.js'
import {excerpt, sideCoverage, type RuleContext} from './rules/context.js'
import {unpairedBead, wholeParagraphs, type BeadIndexes} from './unpaired.js'

/** Share of a sentence's content words (either way) that make it a translation of the other. */
export const movedCoverage = 0.5
/** Content words each side needs before coverage can say the two are the same sentence. */
const movedMinimumWords = 3

/**
 * A sentence translated, but somewhere else: a source sentence with no counterpart here and a
 * translated sentence with no source there, whose words cover each other. One defect (the
 * sentence moved), reported once, at the source sentence, pointing at where its translation is.
 */
export function moved(findings: readonly Finding[], context: RuleContext, beadOf: BeadIndexes, dropped: Set<Finding>): void {
  if (!context.lexicon) return
  const omissions = findings.filter((finding) => !dropped.has(finding) && (unpairedBead(finding, 'omission', context, beadOf) !== undefined || wholeParagraphs(finding, 'omission')))
  const additions = findings.filter((finding) => !dropped.has(finding) && (unpairedBead(finding, 'addition', context, beadOf) !== undefined || wholeParagraphs(finding, 'addition')))
  const additionTexts = additions.map((addition) => addition.targetNodes.map((node) => textOf(node)).join(' '))
  const shortlist = shortlister(additionTexts, 'target', context)
  for (const omission of omissions) {
    const sourceText = omission.sourceNodes.map((node) => textOf(node)).join(' ')
    let best: {finding: Finding; score: number} | undefined
    for (const index of shortlist(sourceText, 'source')) {
      const addition = additions[index]
      if (dropped.has(addition)) continue
      const score = mutualCoverage(sourceText, additionTexts[index], context)
      if (score !== undefined && score >= movedCoverage && (!best || score > best.score)) best = {finding: addition, score}
    }
    if (!best) continue
    dropped.add(best.finding)
    const target = best.finding.targetNodes
    omission.targetNodes = target
    const unit = omission.sourceNodes[0]?.type === 'ParagraphNode' ? 'paragraph' : 'sentence'
    omission.reason = `Unexpected ${unit} out of place (“${excerpt(sourceText)}”): its translation (“${excerpt(target.map((node) => textOf(node)).join(' '))}”) stands elsewhere, expected it here`
    omission.note = `The translation at ${target.map((node) => node.data.id).join(', ')} shares most of its words with this source sentence (coverage ${best.score.toFixed(2)}).`
  }
  movedIntoMerge(findings, context, beadOf, dropped)
}

/** How many candidates a moved unit is compared with in full: those sharing the most dictionary keys. */
const shortlistLength = 4

/**
 * Candidates for a moved unit, found through the dictionary keys their words share, so that a
 * long document with many unmatched units costs about n, not n², full coverage comparisons.
 */
export function shortlister(texts: readonly string[], side: 'source' | 'target', context: RuleContext): (text: string, textSide: 'source' | 'target') => number[] {
  const keysOf = (text: string, which: 'source' | 'target') => dictionaryKeys(text, which, context)
  const index = new Map<number, number[]>()
  texts.forEach((text, at) => {
    for (const key of keysOf(text, side)) {
      const list = index.get(key)
      if (list) list.push(at)
      else index.set(key, [at])
    }
  })
  return (text, textSide) => {
    const shared = new Map<number, number>()
    for (const key of keysOf(text, textSide)) for (const at of index.get(key) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1)
    return topShared(shared)
  }
}

/**
 * The candidates (index → dictionary keys shared) compared in full: those sharing two keys or
 * more, the most first (ties by index), at most `shortlistLength`.
 */
export function topShared(shared: Iterable<[number, number]>): number[] {
  return [...shared]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, shortlistLength)
    .map(([at]) => at)
}

/** The dictionary keys of a text's words (on `side`): what two texts must share to be compared. */
export function dictionaryKeys(text: string, side: 'source' | 'target', context: RuleContext): Set<number> {
  const lexicon = context.lexicon!
  const words = context.alignment[side].lang === 'en' ? englishWords(text, lexicon) : japaneseWords(text, lexicon)
  return new Set(words.flatMap((word) => word.keys))
}

/** How well two texts cover each other (the lower of the two shares), when both have words enough. */
export function mutualCoverage(sourceText: string, targetText: string, context: RuleContext): number | undefined {
  const there = sideCoverage(sourceText, targetText, 'source', context)
  const back = sideCoverage(targetText, sourceText, 'target', context)
  if (there.total < movedMinimumWords || back.total < movedMinimumWords) return undefined
  return Math.min(there.covered / there.total, back.covered / back.total)
}

/** What the place a translation left reports: its source now lacks words, terms, acronyms, length. */
const symptomsOfMove: ReadonlySet<RuleId> = new Set(['omission', 'term', 'anchor-mismatch', 'low-coverage', 'length-ratio', 'inconsistent-term'])

/**
 * The same when the moved translation landed inside another sentence pair (a sentence with no
 * source in a merge) and its source kept a partner that lacks what it said: the findings at the
 * source's place follow from the move, and the addition, now naming its source, says so.
 */
function movedIntoMerge(findings: readonly Finding[], context: RuleContext, beadOf: BeadIndexes, dropped: Set<Finding>): void {
  const sentenceOf = (node: ClauseTreeNode): string | undefined => [...idAndAncestors(node.data.id)].find((id) => context.source.get(id)?.type === 'SentenceNode')
  // The source sentences whose place reports them lacking, with those findings.
  const bySentence = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (dropped.has(finding) || !symptomsOfMove.has(finding.ruleId) || finding.sourceNodes.length === 0) continue
    const sentences = new Set(finding.sourceNodes.map(sentenceOf))
    const [id] = sentences
    if (sentences.size === 1 && id !== undefined) bySentence.set(id, [...(bySentence.get(id) ?? []), finding])
  }
  const ids = [...bySentence.keys()]
  const texts = ids.map((id) => textOf(context.source.get(id)!))
  const shortlist = shortlister(texts, 'source', context)
  for (const addition of findings) {
    if (dropped.has(addition) || addition.ruleId !== 'addition' || addition.severity === 'info' || addition.sourceNodes.length > 0) continue
    if (addition.targetNodes.length === 0 || addition.targetNodes.some((node) => node.type !== 'SentenceNode')) continue
    const here = beadOf.target.get(addition.targetNodes[0].data.id)
    const targetText = addition.targetNodes.map((node) => textOf(node)).join(' ')
    let best: {id: string; score: number} | undefined
    for (const index of shortlist(targetText, 'target')) {
      const id = ids[index]
      const symptoms = bySentence.get(id)!.filter((finding) => !dropped.has(finding))
      if (beadOf.source.get(id) === here || symptoms.length === 0) continue
      const score = mutualCoverage(texts[index], targetText, context)
      if (score !== undefined && score >= movedCoverage && (!best || score > best.score)) best = {id, score}
    }
    if (!best) continue
    const source = context.source.get(best.id)!
    for (const finding of bySentence.get(best.id)!) dropped.add(finding)
    addition.sourceNodes = [source]
    addition.reason = `Unexpected sentence out of place (“${excerpt(targetText)}”): it translates a source sentence of another place (“${excerpt(textOf(source))}”), expected it there`
    addition.note = `It shares most of its words with source unit ${best.id} (coverage ${best.score.toFixed(2)}), whose own place then lacks them.`
  }
}
