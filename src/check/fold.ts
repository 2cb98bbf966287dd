/**
 * One defect, one finding. Rules look at one unit at a time, so a single slip in a translation
 * can trip several of them: a dropped list item is an omission per sentence and a list that is
 * one item short; a sentence moved to another paragraph is an omission here and an addition
 * there; a sentence left in English lacks every term. `fold` finds the findings that another
 * finding already explains, merges what belongs together into that finding (its units, a note
 * saying what was folded), and returns the rest to drop. Numbers keep their own findings: a
 * changed figure is worth its own line even inside a wider defect.
 */
import type {Finding, RuleId} from './findings.js'
import type {ClauseTreeNode} from '../tree/types.js'
import {idAndAncestors, isWithin, parentId, textOf} from '../tree/accessors.js'
import {excerpt, type RuleContext} from './rules/context.js'
import {moved} from './moved.js'
import {misplaced} from './misplaced.js'
import {beadIndexes, sharedEntry, unpairedBead, type BeadIndexes} from './unpaired.js'

export function fold(findings: readonly Finding[], context: RuleContext): Set<Finding> {
  const dropped = new Set<Finding>()
  const beadOf = beadIndexes(context)
  replaced(findings, context, beadOf, dropped)
  moved(findings, context, beadOf, dropped)
  for (const side of ['source', 'target'] as const) runs(findings, context, beadOf, side, dropped)
  misplaced(findings, context, beadOf, dropped)
  countsExplained(findings, dropped)
  symptoms(findings, dropped)
  insideUnpaired(findings, context, beadOf, dropped)
  perSentencePair(findings, context, beadOf, dropped)
  return dropped
}

/**
 * A sentence replaced by another (a 1-0 bead next to a 0-1 bead of the same paragraph link):
 * one defect. The omission stays, noting what stands in its place; the addition goes.
 */
function replaced(findings: readonly Finding[], context: RuleContext, beadOf: BeadIndexes, dropped: Set<Finding>): void {
  const beads = context.alignment.beads
  const omitted = new Map<number, Finding>()
  for (const finding of findings) {
    const at = unpairedBead(finding, 'omission', context, beadOf)
    if (at !== undefined) omitted.set(at, finding)
  }
  for (const finding of findings) {
    const at = unpairedBead(finding, 'addition', context, beadOf)
    if (at === undefined) continue
    const omission = [at - 1, at + 1].map((index) => omitted.get(index)).find((candidate) => candidate && beads[beadOf.source.get(candidate.sourceNodes[0].data.id)!].paragraphLink === beads[at].paragraphLink)
    if (!omission || dropped.has(omission)) continue
    dropped.add(finding)
    omission.note = `In its place the translation has a sentence with no source: ${finding.actual ?? ''}`
  }
}

/**
 * Consecutive sentences of one paragraph or item, none of them translated (or none with a
 * source): one gap, one finding listing them all.
 */
function runs(findings: readonly Finding[], context: RuleContext, beadOf: BeadIndexes, side: 'source' | 'target', dropped: Set<Finding>): void {
  const ruleId = side === 'source' ? 'omission' : 'addition'
  const units = side === 'source' ? 'sourceNodes' : 'targetNodes'
  const located = findings
    .filter((finding) => !dropped.has(finding) && finding[side === 'source' ? 'targetNodes' : 'sourceNodes'].length === 0)
    .map((finding) => ({finding, at: unpairedBead(finding, ruleId, context, beadOf)}))
    .filter((item): item is {finding: Finding; at: number} => item.at !== undefined)
    .sort((a, b) => a.at - b.at)
  const beads = context.alignment.beads
  let head: {finding: Finding; at: number; count: number} | undefined
  for (const item of located) {
    const last = head?.finding[units].at(-1)
    const first = item.finding[units][0]
    if (head && last && first && parentId(last.data.id) === parentId(first.data.id) && nothingBetween(beads, head.at, item.at, side)) {
      head.finding[units] = [...head.finding[units], ...item.finding[units]]
      head.at = item.at
      head.count++
      dropped.add(item.finding)
      rewordRun(head.finding, units, side)
      continue
    }
    head = {...item, count: 1}
  }
}

/** No bead between two has units on `side`: their sentences follow each other. */
function nothingBetween(beads: RuleContext['alignment']['beads'], from: number, to: number, side: 'source' | 'target'): boolean {
  for (let k = from + 1; k < to; k++) if (beads[k][side].length > 0) return false
  return true
}

function rewordRun(finding: Finding, units: 'sourceNodes' | 'targetNodes', side: 'source' | 'target'): void {
  const nodes: ClauseTreeNode[] = finding[units]
  const text = nodes.map((node) => textOf(node)).join(' ')
  finding.reason =
    side === 'source'
      ? `Unexpected ${nodes.length} untranslated sentences in a row (“${excerpt(text)}”), expected a translation`
      : `Unexpected ${nodes.length} sentences in a row with no source (“${excerpt(text)}”), expected only translated content`
  if (side === 'source') finding.expected = [text]
  else finding.actual = text
}

/**
 * A list (or run of numbered paragraphs) one item short because an item was dropped, or one
 * longer because one was added: the omission or addition already says which; the count goes
 * into its note.
 */
function countsExplained(findings: readonly Finding[], dropped: Set<Finding>): void {
  for (const count of findings) {
    if (count.ruleId !== 'enumeration' || dropped.has(count) || count.actual === undefined || count.expected?.length !== 1) continue
    const difference = Number(count.expected[0]) - Number(count.actual)
    if (!Number.isFinite(difference) || difference === 0) continue
    const [ruleId, units, containers] = difference > 0 ? (['omission', 'sourceNodes', count.sourceNodes] as const) : (['addition', 'targetNodes', count.targetNodes] as const)
    const inside = (node: ClauseTreeNode) => containers.some((container) => isWithin(node.data.id, container.data.id))
    const explanation = findings.find((finding) => finding !== count && finding.ruleId === ruleId && !dropped.has(finding) && finding[units].length > 0 && finding[units].every(inside))
    if (!explanation) continue
    dropped.add(count)
    addNote(explanation, `So the count is off too: ${count.reason}`)
  }
}

/** Rules whose finding says a translation unit is not a translation of its source at all. */
const wholeUnitRules: ReadonlySet<RuleId> = new Set(['untranslated', 'low-coverage'])
/** Rules that then only repeat it: a sentence left in English lacks every term and runs long. */
const symptomRules: ReadonlySet<RuleId> = new Set(['term', 'anchor-mismatch', 'length-ratio', 'inconsistent-term', 'low-coverage'])

function symptoms(findings: readonly Finding[], dropped: Set<Finding>): void {
  const covering = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (!wholeUnitRules.has(finding.ruleId) || dropped.has(finding)) continue
    for (const node of finding.targetNodes) {
      const list = covering.get(node.data.id)
      if (list) list.push(finding)
      else covering.set(node.data.id, [finding])
    }
  }
  for (const finding of findings) {
    if (!symptomRules.has(finding.ruleId) || finding.targetNodes.length === 0 || dropped.has(finding)) continue
    if (finding.ruleId === 'low-coverage' && !findings.some((other) => other.ruleId === 'untranslated' && other.targetNodes.some((node) => finding.targetNodes.includes(node)))) continue
    // The most severe other whole-unit finding on each of its units.
    const leads = finding.targetNodes.map((node) =>
      (covering.get(node.data.id) ?? []).filter((other) => other !== finding && !dropped.has(other)).sort((a, b) => severityOrder(b) - severityOrder(a))[0]
    )
    if (leads.some((lead) => lead === undefined)) continue
    if (leads.every((lead) => severityOrder(lead!) >= severityOrder(finding))) {
      dropped.add(finding)
      continue
    }
    // A whole-unit finding milder than the symptom (a low coverage that is only an info, beside
    // a translation too short to be whole, a warning) must not silence it: the symptom leads.
    const lead = leads[0]!
    if (leads.every((other) => other === lead) && lead.targetNodes.every((node) => finding.targetNodes.includes(node))) {
      dropped.add(lead)
      addNote(finding, `Also on this sentence pair: ${lead.reason} (${lead.ruleId})`)
    }
  }
}

const severityRank = {info: 0, warning: 1, error: 2} as const

/** A finding's severity as a rank (its rule's default is applied before folding). */
const severityOrder = (finding: Finding) => severityRank[finding.severity ?? 'warning']

/**
 * What is left on one linked sentence pair is one defect seen by several rules: a dropped clause
 * is an untranslated clause, a missing acronym, a missing term and a short ratio at once. The
 * pair gets one finding, the most severe (the first rule in order among equals), whose note
 * carries what the others said. Numbers keep their own finding; infos are left as they are.
 */
function perSentencePair(findings: readonly Finding[], context: RuleContext, beadOf: BeadIndexes, dropped: Set<Finding>): void {
  const groups = new Map<number, Finding[]>()
  for (const finding of findings) {
    if (dropped.has(finding) || finding.ruleId === 'number-mismatch' || (finding.severity ?? 'warning') === 'info') continue
    // An untranslated clause names only its source units; a clause with no source, only its target.
    const at = finding.targetNodes.length > 0 ? sharedEntry(finding.targetNodes, beadOf.target) : sharedEntry(finding.sourceNodes, beadOf.source)
    if (at === undefined || context.alignment.beads[at].source.length === 0 || context.alignment.beads[at].target.length === 0) continue
    const group = groups.get(at) ?? []
    group.push(finding)
    groups.set(at, group)
  }
  for (const [at, group] of groups) {
    if (group.length < 2) continue
    const bead = context.alignment.beads[at]
    // What a finding is about on the translation side: its own units (up to their sentences), or
    // the whole linked translation for a finding placed in the source (an untranslated clause).
    const scope = (finding: Finding) =>
      finding.targetNodes.length === 0 ? bead.target : finding.targetNodes.map((node) => [...idAndAncestors(node.data.id)].find((id) => bead.target.includes(id)) ?? node.data.id)
    const leads: Finding[] = []
    // Stable: among equals, the rule listed first leads.
    for (const finding of [...group].sort((a, b) => severityOrder(b) - severityOrder(a))) {
      const units = scope(finding)
      const lead = leads.find((candidate) => units.every((id) => scope(candidate).includes(id)) || sameDirection(candidate, finding))
      if (!lead) {
        leads.push(finding)
        continue
      }
      dropped.add(finding)
      addNote(lead, `Also on this sentence pair: ${finding.reason} (${finding.ruleId})`)
    }
  }
}

type Direction = 'missing' | 'extra' | 'either'

/** Whether a finding says the translation lacks something, has something more, or may be either. */
function direction(finding: Finding): Direction {
  switch (finding.ruleId) {
    case 'omission':
    case 'term':
      return 'missing'
    case 'addition':
      return 'extra'
    case 'anchor-mismatch': {
      const missing = / missing\b/.test(finding.reason)
      const added = / added\b/.test(finding.reason)
      return missing === added ? 'either' : missing ? 'missing' : 'extra'
    }
    case 'length-ratio':
      return /^Unexpected short/.test(finding.reason) ? 'missing' : 'extra'
    default:
      return 'either'
  }
}

/**
 * A finding about the whole linked translation follows from a lead about part of it when both
 * point the same way: a sentence added in a merge explains an added acronym, not a missing term.
 */
function sameDirection(lead: Finding, finding: Finding): boolean {
  const a = direction(lead)
  const b = direction(finding)
  return a === 'either' || b === 'either' || a === b
}

/** Add a sentence to a finding's note. */
function addNote(finding: Finding, text: string): void {
  finding.note = finding.note ? `${finding.note} ${text}` : text
}

/**
 * A sentence with no counterpart at all (a 1-0 or 0-1 bead) is the defect; what other rules say
 * about that sentence alone (the count it states, its acronyms) follows from it.
 */
function insideUnpaired(findings: readonly Finding[], context: RuleContext, beadOf: BeadIndexes, dropped: Set<Finding>): void {
  const lead = {source: new Map<string, Finding>(), target: new Map<string, Finding>()}
  for (const finding of findings) {
    if (dropped.has(finding)) continue
    if (unpairedBead(finding, 'omission', context, beadOf) !== undefined) for (const node of finding.sourceNodes) lead.source.set(node.data.id, finding)
    if (unpairedBead(finding, 'addition', context, beadOf) !== undefined) for (const node of finding.targetNodes) lead.target.set(node.data.id, finding)
  }
  for (const finding of findings) {
    if (dropped.has(finding) || finding.ruleId === 'number-mismatch' || (finding.severity ?? 'warning') === 'info') continue
    const explainedBy =
      finding.sourceNodes.length > 0 && finding.targetNodes.length === 0
        ? sharedEntry(finding.sourceNodes, lead.source)
        : finding.targetNodes.length > 0 && finding.sourceNodes.length === 0
          ? sharedEntry(finding.targetNodes, lead.target)
          : undefined
    if (!explainedBy || explainedBy === finding) continue
    dropped.add(finding)
    addNote(explainedBy, `Also on this sentence: ${finding.reason} (${finding.ruleId})`)
  }
}
