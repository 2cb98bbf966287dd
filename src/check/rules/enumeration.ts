/**
 * `enumeration`: linked paragraphs whose Markdown lists have different numbers of items, or a
 * unit that states a count its own enumeration does not match: "three main principles of A, B
 * and C", "A、そしてBという3つの主要原則", or a lead-in "the following three priorities:" before a
 * list of another length. A number of units of time or measure (`within 14 days of …`) is an
 * amount, not a count of items.
 */
import type {Finding} from '../findings.js'
import type {ClauseTreeNode, Lang} from '../../tree/types.js'
import {countValue} from '../../tree/numbers.js'
import {nodesOfType, parentId, textOf} from '../../tree/accessors.js'
import {excerpt, nodes, type Rule, type RuleContext} from './context.js'

export const enumeration: Rule = (context) => [...listLengths(context), ...statedCounts(context)]

function listLengths(context: RuleContext): Finding[] {
  const findings: Finding[] = []
  for (const link of context.alignment.paragraphs) {
    if (link.source.length === 0 || link.target.length === 0) continue
    const sourceLists = nodes(context.source, link.source).flatMap((paragraph) => nodesOfType(paragraph, 'ListNode'))
    const targetLists = nodes(context.target, link.target).flatMap((paragraph) => nodesOfType(paragraph, 'ListNode'))
    const count = Math.min(sourceLists.length, targetLists.length)
    for (let k = 0; k < count; k++) {
      const expected = sourceLists[k].children.length
      const actual = targetLists[k].children.length
      if (expected === actual) continue
      findings.push({
        ruleId: 'enumeration',
        reason: `Unexpected list of ${actual} item${actual === 1 ? '' : 's'}, expected ${expected} as in the source`,
        side: 'target',
        sourceNodes: [sourceLists[k]],
        targetNodes: [targetLists[k]],
        actual: String(actual),
        expected: [String(expected)]
      })
    }
    // Numbered paragraphs (items of a top-level ordered list) merged or split: the link pairs
    // two source items with one translated item, whose number the next item no longer has.
    const sourceItems = nodes(context.source, link.source).filter((paragraph) => paragraph.type === 'ParagraphNode' && paragraph.kind === 'item')
    const targetItems = nodes(context.target, link.target).filter((paragraph) => paragraph.type === 'ParagraphNode' && paragraph.kind === 'item')
    if (sourceItems.length > 0 && targetItems.length > 0 && sourceItems.length !== targetItems.length) {
      findings.push({
        ruleId: 'enumeration',
        reason: `Unexpected ${targetItems.length} numbered paragraph${targetItems.length === 1 ? '' : 's'} for ${sourceItems.length} in the source, expected one for each`,
        side: 'target',
        sourceNodes: sourceItems,
        targetNodes: targetItems,
        actual: String(targetItems.length),
        expected: [String(sourceItems.length)]
      })
    }
    if (sourceLists.length !== targetLists.length) {
      findings.push({
        ruleId: 'enumeration',
        reason: `Unexpected ${targetLists.length} list${targetLists.length === 1 ? '' : 's'} in the paragraph, expected ${sourceLists.length} as in the source`,
        side: 'target',
        sourceNodes: nodes(context.source, link.source),
        targetNodes: nodes(context.target, link.target),
        actual: String(targetLists.length),
        expected: [String(sourceLists.length)]
      })
    }
  }
  return findings
}

function statedCounts(context: RuleContext): Finding[] {
  const findings: Finding[] = []
  for (const side of ['source', 'target'] as const) {
    const tree = context.alignment[side]
    const index = side === 'source' ? context.source : context.target
    const otherIndex = side === 'source' ? context.target : context.source
    const other = side === 'source' ? 'target' : 'source'
    for (const bead of context.alignment.beads) {
      for (const id of bead[side]) {
        const sentence = index.get(id)
        if (!sentence) continue
        const text = textOf(sentence)
        const stated = inlineCount(text, tree.lang) ?? listCount(index, id, text, tree.lang)
        if (!stated || stated.count === stated.items) continue
        findings.push({
          ruleId: 'enumeration',
          reason: `Unexpected ${stated.items} item${stated.items === 1 ? '' : 's'} after “${excerpt(stated.phrase, 40)}”, expected ${stated.count}`,
          side,
          sourceNodes: side === 'source' ? [sentence] : nodes(otherIndex, bead[other]),
          targetNodes: side === 'target' ? [sentence] : nodes(otherIndex, bead[other]),
          actual: String(stated.items),
          expected: [String(stated.count)],
          note: stated.list ? `Items counted: ${stated.list.join(' | ')}` : undefined
        })
      }
    }
  }
  return findings
}

interface StatedCount {
  count: number
  items: number
  phrase: string
  list?: string[] | undefined
}

/** Remove parentheticals: (…), （…）, and pairs of dashes. */
function withoutAsides(text: string): string {
  return text
    .replace(/\([^()]*\)|（[^（）]*）/g, '')
    .replace(/\s[–—-]\s[^–—]*?\s[–—-]\s/g, ' ')
}

/**
 * Units of time and measure: a number before one (`within 14 days of …`, `5 years of experience
 * in A or B`) gives an amount, not the number of items listed after it.
 */
const measures = new Set(
  (
    'seconds minutes hours days nights weeks months years decades centuries millennia ' +
    'millimetres millimeters centimetres centimeters metres meters kilometres kilometers inches feet yards miles ' +
    'grams kilograms tonnes tons ounces pounds litres liters millilitres milliliters gallons ' +
    'mm cm km kg mg ml kms kgs mins hrs secs lbs ozs'
  ).split(' ')
)

/** Is the last word of a counted phrase (`14 days`, `two working days`) a unit of time or measure? */
function countsMeasure(phrase: string): boolean {
  return measures.has(/[\w-]+$/.exec(phrase.trim())?.[0].toLowerCase() ?? '')
}

function inlineCount(text: string, lang: Lang): StatedCount | undefined {
  if (lang === 'en') {
    const match = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)((?:\s+[\w-]+){0,2}?\s+[\w-]+s)\s+(?:of|:)\s+([^;]+)/i.exec(text)
    if (!match || countsMeasure(match[2])) return undefined
    const count = countValue(match[1])
    if (count === undefined) return undefined
    const rest = withoutAsides(match[3])
    const last = rest.search(/,?\s+(?:and|or)\s+/)
    if (last < 0) return undefined
    const before = rest.slice(0, last).split(/,\s+/).filter((item) => item.trim())
    const after = /^,?\s+(?:and|or)\s+([^,.;]+)/.exec(rest.slice(last))?.[1]
    const list = [...before, ...(after ? [after] : [])].map((item) => item.trim())
    return {count, items: list.length, phrase: `${match[1]}${match[2]}`, list}
  }
  const match = /(?:という|といった)([0-9０-９一二三四五六七八九十]+)つの/.exec(text)
  if (!match) return undefined
  const count = countValue(match[1])
  if (count === undefined) return undefined
  let head = withoutAsides(text.slice(0, match.index))
  const topic = Math.max(head.lastIndexOf('は、'), head.lastIndexOf('では、'))
  if (topic >= 0) head = head.slice(head.indexOf('、', topic) + 1)
  const list = head
    .split(/、|および|及び|並びに|ならびに|や/)
    .map((item) => item.replace(/^(?:そして|また|さらに)/, '').trim())
    .filter(Boolean)
  return {count, items: list.length, phrase: `${match[0]}`, list}
}

/** A lead-in that states a count and ends with `:` before a list: compare with the list's length. */
function listCount(index: Map<string, ClauseTreeNode>, sentenceId: string, text: string, lang: Lang): StatedCount | undefined {
  if (!/[:：]$/.test(text.trim()) && lang === 'en') return undefined
  const match =
    lang === 'en'
      ? /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\w-]+\s+){0,2}[\w-]+s\b/i.exec(text)
      : /(?:以下の|次の)([0-9０-９一二三四五六七八九十]+)(?:つ|点|項目)の/.exec(text)
  if (!match || (lang === 'en' && countsMeasure(match[0]))) return undefined
  const count = countValue(match[1])
  if (count === undefined) return undefined
  const container = index.get(parentId(sentenceId))
  if (!container || !('children' in container)) return undefined
  const children = container.children as ClauseTreeNode[]
  const at = children.findIndex((child) => child.data.id === sentenceId)
  const next = children[at + 1]
  if (!next || next.type !== 'ListNode') return undefined
  return {count, items: next.children.length, phrase: match[0]}
}
