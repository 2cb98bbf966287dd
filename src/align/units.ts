/**
 * What the aligner knows about a unit (a paragraph, a sentence, a clause): its content length
 * without annotations, its anchors and glossary terms, and where it sits in the structure.
 */
import type {ClauseTreeNode, Lang, ParagraphNode} from '../tree/types.js'
import {textOf} from '../tree/accessors.js'
import {anchorsIn} from '../tree/anchors.js'
import type {TermMatcher} from './glossary.js'
import type {LexicalModel, WordBag} from './lexical.js'

export interface Unit {
  id: string
  /** Plain text of the content (no labels, citation markers, footnote references). */
  text: string
  /** Non-whitespace characters of the content. */
  length: number
  /** Anchor and term keys with their counts (`num:2025`, `lat:oecd`, `term:12`). */
  keys: Map<string, number>
  /** Id of the paragraph, list item or heading directly holding the unit. */
  container: string
  /** Inside a list item. */
  inList: boolean
  /** A heading's sentence or a heading paragraph. */
  heading: boolean
  /** The node itself (not part of any result). */
  node?: ClauseTreeNode | undefined
  /** Content words with their dictionary keys, when a lexicon is in use. */
  words?: WordBag | undefined
}

export interface UnitContext {
  lang: Lang
  /** The other document's Latin-script words. */
  vocabulary: ReadonlySet<string>
  terms: TermMatcher
  /** The pair's dictionary evidence, when a lexicon is in use. */
  lexical?: LexicalModel | undefined
}

export function contentLength(text: string): number {
  let length = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Count code points, not UTF-16 units: a supplementary kanji is one character.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const previous = text.charCodeAt(index - 1)
      if (previous >= 0xd800 && previous <= 0xdbff) continue
    }
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09 && code !== 0x3000) length++
  }
  return length
}

/** Where a unit stands: its container's id, whether it is inside a list, whether it is a heading. */
export type Placement = Pick<Unit, 'container' | 'inList' | 'heading'>

export function unitOf(node: ClauseTreeNode, {container, inList, heading}: Placement, context: UnitContext): Unit {
  const text = textOf(node)
  const keys = new Map<string, number>()
  for (const anchor of anchorsIn(text, context.vocabulary)) keys.set(anchor.key, (keys.get(anchor.key) ?? 0) + 1)
  for (const term of context.terms(text)) {
    if (term.forbidden) continue
    const key = `term:${term.entry}`
    keys.set(key, (keys.get(key) ?? 0) + 1)
  }
  const words = context.lexical?.bag(text, context.lang)
  return {id: node.data.id, text, length: contentLength(text), keys, container, inList, heading, node, words}
}

/** Sentence units of a paragraph, in document order, with the container each sits in. */
export function sentenceUnits(paragraph: ParagraphNode, context: UnitContext): Unit[] {
  const units: Unit[] = []
  const heading = paragraph.kind === 'heading'
  const visit = (node: ClauseTreeNode, container: string, inList: boolean): void => {
    if (node.type === 'SentenceNode') {
      units.push(unitOf(node, {container, inList, heading}, context))
      return
    }
    if (node.type === 'ListItemNode') {
      for (const child of node.children) visit(child, node.data.id, true)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child, container, inList)
  }
  visit(paragraph, paragraph.data.id, false)
  return units
}
