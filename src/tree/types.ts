/**
 * Clause trees: plain unist data, nlcst-style type names (`…Node`), so that every tree survives
 * `JSON.stringify` and works with `unist-util-visit`.
 *
 * document (RootNode) > paragraph (ParagraphNode) > (ListNode > ListItemNode)* > SentenceNode >
 * ClauseNode, with annotations (LabelNode, CitationNode, FootnoteReferenceNode, CodeNode) kept
 * apart from translatable content.
 */
import type {Data, Position} from 'unist'

/** Languages the parser knows how to segment. */
export type Lang = 'en' | 'ja'

/** Fields every clause-tree node carries in `data`. */
export interface ClauseData extends Data {
  /** Stable id derived from structure, such as `p3.l2.i1.s2.c1`. */
  id: string
  /** Language of the document the node belongs to. */
  lang: Lang
  /**
   * QA rules silenced for this unit and everything in it by a
   * `<!-- clause-align ignore rule-id … -->` comment (`all` silences every rule).
   */
  ignore?: string[] | undefined
}

interface NodeBase {
  data: ClauseData
  /** Place in the original Markdown file (1-based line/column, 0-based UTF-16 offset, end exclusive). */
  position?: Position | undefined
}

/** A span of translatable text inside a sentence: the leaf that carries content. */
export interface ClauseNode extends NodeBase {
  type: 'ClauseNode'
  /** Plain text (Markdown escapes and character references decoded, inline markup dropped). */
  value: string
}

/** A bare domain that cites a source (`elysee.fr`) at the end of a sentence. */
export interface CitationNode extends NodeBase {
  type: 'CitationNode'
  value: string
}

/** A Markdown footnote reference (`[^1]`); `value` is its identifier. */
export interface FootnoteReferenceNode extends NodeBase {
  type: 'FootnoteReferenceNode'
  value: string
}

/** A run-in label at the start of a block (`Note:`, `参加者 - `). */
export interface LabelNode extends NodeBase {
  type: 'LabelNode'
  /** Source text of the label including its delimiter (`Note:`). */
  value: string
  /** The label without delimiter (`Note`). */
  label: string
}

/** A fenced or indented code block: kept, never translated. */
export interface CodeNode extends NodeBase {
  type: 'CodeNode'
  value: string
}

export type SentenceContent = ClauseNode | CitationNode | FootnoteReferenceNode

export interface SentenceNode extends NodeBase {
  type: 'SentenceNode'
  children: SentenceContent[]
}

/** What a paragraph or a list item holds. */
export type BlockContent = LabelNode | SentenceNode | ListNode | CodeNode

export interface ListItemNode extends NodeBase {
  type: 'ListItemNode'
  /** The item's number as written, for ordered lists. */
  label?: string | undefined
  children: BlockContent[]
}

export interface ListNode extends NodeBase {
  type: 'ListNode'
  ordered: boolean
  children: ListItemNode[]
}

/** What kind of Markdown block a top-level unit came from. */
export type ParagraphKind = 'heading' | 'paragraph' | 'item' | 'list' | 'footnote' | 'code' | 'table-row'

/**
 * A top-level unit of the document: a heading, a paragraph, an item of a top-level ordered list
 * (a numbered paragraph, `label` = its number), a top-level bullet list, a footnote, a code block.
 */
export interface ParagraphNode extends NodeBase {
  type: 'ParagraphNode'
  kind: ParagraphKind
  /** Heading depth (1–6) for headings. */
  depth?: number | undefined
  /** Number of a numbered paragraph, identifier of a footnote. */
  label?: string | undefined
  children: BlockContent[]
}

export interface RootNode extends NodeBase {
  type: 'RootNode'
  lang: Lang
  children: ParagraphNode[]
}

/** Every node of a clause tree. */
export type ClauseTreeNode =
  | RootNode
  | ParagraphNode
  | ListNode
  | ListItemNode
  | SentenceNode
  | ClauseNode
  | CitationNode
  | FootnoteReferenceNode
  | LabelNode
  | CodeNode

/** Nodes with children. */
export type ClauseTreeParent = RootNode | ParagraphNode | ListNode | ListItemNode | SentenceNode

/** Leaves: every non-whitespace character of the text lies in exactly one of them. */
export type ClauseTreeLeaf = ClauseNode | CitationNode | FootnoteReferenceNode | LabelNode | CodeNode

/** Annotations: leaves that are not translatable content. */
export type AnnotationNode = CitationNode | FootnoteReferenceNode | LabelNode | CodeNode
