/** The plain-data result of `align`: links between two clause trees, by id. */
import type {RootNode} from '../tree/types.js'

/**
 * Shape of a paragraph link or sentence bead, `source count-target count`: `1-1`, `1-2` (split),
 * `2-1` (merged), `2-2`, `1-3` and `3-1` (sentences only), `1-0` (omitted), `0-1` (added).
 */
export type BeadType = '1-1' | '1-0' | '0-1' | '2-1' | '1-2' | '2-2' | '1-3' | '3-1'

/** Shape of a clause link: clauses regroup freely inside a bead (`3-1`, `1-4`, …). */
export type ClauseLinkType = `${number}-${number}`

/** What a link rests on. */
export interface Evidence {
  /** Fit of the two sides' lengths to the document's own ratio, 0–1. */
  length: number
  /** Weighted overlap of anchors and glossary terms, 0–1; `null` when neither side has any. */
  lexical: number | null
  /** Anchors found on both sides (`num:2025`, `lat:oecd`). */
  anchors: string[]
  /** Glossary terms found on both sides (English headwords). */
  terms: string[]
  /** Anchors and terms on the source side only. */
  sourceOnly: string[]
  /** Anchors and terms on the target side only. */
  targetOnly: string[]
  /** Similarity from a plugged-in `scorer`, when one was given. */
  scorer?: number | undefined
  /**
   * With a lexicon: the share of both sides' content words (rarity-weighted) that have a
   * counterpart on the other side — by dictionary, loanword or the same Latin word or number.
   */
  coverage?: number | undefined
  /** With a lexicon: the content words with no counterpart on the other side. */
  uncovered?: {source: string[]; target: string[]} | undefined
  /**
   * `label`: matching paragraph numbers; `lexical`: shared anchors or terms; `length`: lengths
   * alone; `position`: nothing but the order of the units; `none`: an unaligned unit.
   */
  basis: 'label' | 'lexical' | 'length' | 'position' | 'none'
}

export interface Link<Type extends string = BeadType> {
  /** Ids of source units, in document order (empty for a `0-n` link). */
  source: string[]
  /** Ids of target units, in document order (empty for an `n-0` link). */
  target: string[]
  type: Type
  /**
   * Confidence, 0–1: for a link, how well the two sides correspond; for an unaligned unit, how
   * sure the aligner is that nothing on the other side corresponds to it.
   */
  score: number
  evidence: Evidence
}

export type ClauseLink = Link<ClauseLinkType>

export interface SentenceBead extends Link {
  /** Index in `alignment.paragraphs` of the paragraph link the bead belongs to. */
  paragraphLink: number
  /** Clause links inside the bead: every clause of its sentences in exactly one. */
  clauses: ClauseLink[]
}

export interface ParagraphLink extends Link {
  /** How the paragraphs were paired. */
  method: 'label' | 'dp'
}

export interface Alignment {
  type: 'Alignment'
  version: 1
  source: RootNode
  target: RootNode
  /** File paths, when known (for reports). */
  sourcePath?: string | undefined
  targetPath?: string | undefined
  /** Target/source ratio of content characters, estimated from the pair. */
  ratio: number
  /** Paragraph links in document order: every top-level unit of both trees in exactly one. */
  paragraphs: ParagraphLink[]
  /** Sentence beads in document order: every sentence of both trees in exactly one. */
  beads: SentenceBead[]
}

/** A similarity a caller plugs in (an embedding model they host, say): 0–1, or undefined to abstain. */
export type Scorer = (source: readonly string[], target: readonly string[], level: 'paragraph' | 'sentence' | 'clause') => number | undefined
