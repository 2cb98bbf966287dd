/**
 * Diff utilities on top of jsdiff (the `diff` package): anchors of two linked units as an array
 * diff, a word-level diff that understands Japanese without spaces, and the units of a
 * translation to review after its source changed.
 */
import {diffArrays, diffWords, type ArrayChange, type ChangeObject} from 'diff'
import type {ClauseTreeNode, RootNode} from '../tree/types.js'
import type {Glossary} from '../align/glossary.js'
import {anchorsIn, latinWords} from '../tree/anchors.js'
import {indexTree, normalizeSpace, textOf} from '../tree/accessors.js'
import {align} from '../align/align.js'
import {cjk} from '../tree/script.js'

type TextOrNode = string | ClauseTreeNode

const plain = (value: TextOrNode) => (typeof value === 'string' ? value : textOf(value))

/**
 * The anchors (numbers, acronyms, URLs) of two linked units, each side sorted, as an array diff:
 * unchanged runs are anchors both sides have; `removed` ones only `a` has, `added` ones only `b`.
 * Sorting first keeps the languages' word order (`10 February 2025` / `2025年2月10日`) from
 * showing as changes.
 */
export function diffAnchors(a: TextOrNode, b: TextOrNode): Array<ArrayChange<string>> {
  const textA = plain(a)
  const textB = plain(b)
  // Latin words count as anchors when the other text has them too.
  const keysA = anchorsIn(textA, latinWords(textB)).map((anchor) => anchor.key).sort()
  const keysB = anchorsIn(textB, latinWords(textA)).map((anchor) => anchor.key).sort()
  return diffArrays(keysA, keysB)
}

const japaneseWords = new Intl.Segmenter('ja', {granularity: 'word'})

/**
 * A word-level diff. Texts with Japanese are cut into words by `Intl.Segmenter`, so that
 * `30日以内に` against `31日以内へ` differs in `30`/`31` and `に`/`へ`, not in the whole run.
 */
export function diffTexts(a: TextOrNode, b: TextOrNode): ChangeObject<string>[] {
  const textA = normalizeSpace(plain(a))
  const textB = normalizeSpace(plain(b))
  if (cjk.test(textA) || cjk.test(textB)) return diffWords(textA, textB, {intlSegmenter: japaneseWords})
  return diffWords(textA, textB)
}

export interface Revision {
  /** `changed`: the text differs; `added`: new in the source; `removed`: gone from it. */
  type: 'changed' | 'added' | 'removed'
  /** Sentence ids in the old source. */
  old: string[]
  /** Sentence ids in the new source. */
  new: string[]
  /** Word-level diff of the old text against the new. */
  diff: ChangeObject<string>[]
  /** Translation sentences to review: the counterparts of the old sentences. */
  review: string[]
}

export interface RevisionOptions {
  glossary?: Glossary | null | undefined
}

/**
 * When the source changes, which of its units changed, how (a word-level diff), and which units
 * of a translation made from the old source therefore need review. The old and new sources are
 * aligned with each other, the old source with the translation.
 */
export function diffRevisions(oldSource: RootNode, newSource: RootNode, translation: RootNode, options?: RevisionOptions | null | undefined): Revision[] {
  const glossary = options?.glossary ?? []
  const revisions = align(oldSource, newSource)
  const translated = align(oldSource, translation, {glossary})
  const oldIndex = indexTree(oldSource)
  const newIndex = indexTree(newSource)
  const text = (ids: string[], index: Map<string, ClauseTreeNode>) =>
    normalizeSpace(ids.map((id) => textOf(index.get(id)!)).join(' '))
  // Translation sentences of each old-source sentence, indexed once.
  const counterparts = new Map<string, string[]>()
  for (const bead of translated.beads) for (const id of bead.source) counterparts.set(id, bead.target)
  const result: Revision[] = []
  for (const bead of revisions.beads) {
    const before = text(bead.source, oldIndex)
    const after = text(bead.target, newIndex)
    if (bead.source.length > 0 && bead.target.length > 0 && before === after) continue
    const type = bead.source.length === 0 ? 'added' : bead.target.length === 0 ? 'removed' : 'changed'
    const review = [...new Set(bead.source.flatMap((id) => counterparts.get(id) ?? []))]
    result.push({type, old: bead.source, new: bead.target, diff: diffTexts(before, after), review})
  }
  return result
}
