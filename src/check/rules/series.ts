/**
 * Lists written inside a sentence, on both sides: the items of an English series (`ceramics,
 * glass, small metal items and umbrellas`) and the length of the Japanese list that holds some
 * given words (`陶磁器、ガラス、小型の金属類など`). Used by the check for an item the translation
 * left out of such a list (`dropped-members`).
 */

/** A comma between digits is part of a figure (`38,000`), not a break between items. */
const figureComma = /(?<=\d),(?=\d)/g
const maskedComma = '\u0000'

/**
 * Words that open a clause, not a list item: a subject pronoun, a subordinator, an auxiliary,
 * `please`. A piece starting with one ends the series (`Do not run outside, because glass and
 * signboards may fall` has two items, not three).
 */
const clauseStart =
  /^(?:i|you|we|they|he|she|it|there|this|these|those|that|which|who|because|if|when|whenever|while|although|though|since|unless|so|as|but|please|will|can|may|must|should|would|could|do|does|did|is|are|was|were|has|have|had)\b/i

/** A place-holder item that a Japanese list says with など or その他, not as an item. */
const placeholder = /^(?:other|others|etc\.?|so on|the like|similar|more)\b/i

/** Words after which the last item has ended (`the distance that goods travel` → `the distance`). */
const afterLastItem = /\s(?:that|which|who|whom|whose|to|from|for|with|by|in|on|at|of|are|is|was|were|will|can|may|must|should|have|has|so)\s.*$/i

/** Longest item taken: a series of longer pieces is a series of clauses. */
const maximumItemWords = 6
const lastItemWords = 4
/** The first item is the end of the piece before the series' other items (`This includes ceramics`). */
const firstItemWords = 2

const words = (piece: string): string[] => piece.split(/\s+/).filter((word) => word.length > 0)

/**
 * The items of each series of three or more in an English sentence: `A, B and C`, `A, B, C, or
 * D`. Place-holder items (`and other items`, `etc.`) are left out: a Japanese list says them
 * with など.
 */
export function englishSeries(text: string): string[][] {
  const masked = text.replace(figureComma, maskedComma)
  const result: string[][] = []
  for (const match of masked.matchAll(/((?:[^,;:()[\]]+,\s+)+[^,;:()[\]]+?),?\s+(?:and|or)\s+([^,;:()[\]]+)/g)) {
    const pieces = match[1].split(/,\s+/).map((piece) => piece.trim())
    const last = words(match[2].replace(afterLastItem, '').replace(/[.!?…]+$/, '')).slice(0, lastItemWords).join(' ')
    const items: string[] = [last]
    let start = pieces.length - 1
    while (start > 0 && words(pieces[start]).length <= maximumItemWords && !clauseStart.test(pieces[start])) items.unshift(pieces[start--])
    // The series' first piece may open with the words that introduce it (`Each kit contains a tent`).
    items.unshift(words(pieces[start]).slice(-firstItemWords).join(' '))
    const kept = items.map((item) => item.replaceAll(maskedComma, ',')).filter((item) => item.length > 0 && !placeholder.test(item))
    if (kept.length >= 3) result.push(kept)
  }
  return result
}

/**
 * What separates the items of a Japanese list: 、・ and the coordinating particles; と only
 * before a word in kanji or katakana (`大阪工場と名古屋工場`), not in `とともに` or `という`.
 */
const japaneseSeparator = /[、・，,]|及び|および|又は|または|並びに|ならびに|や|と(?=[\p{Script=Han}\p{Script=Katakana}])/u
/**
 * What a list item does not hold: a case or topic particle (a compound one whole: `アジアにおいて、`
 * leaves no `おいて` to count as an item), a sentence end, a bracket, など (the list's end). The items themselves may hold の (`びん以外のガラス`, `小型の金属類`).
 */
const notInItem = /において|における|について|として|によって|によると|に関して|に対して|を通じて|[をがはにでも。「」『』（）()：:]|など|といった|その他|等/
const notInItemGlobal = new RegExp(notInItem.source, 'g')

export interface JapaneseList {
  /** Items counted. */
  length: number
  /** The list's text, from its first item to its last. */
  text: string
}

/**
 * The list of a Japanese text that holds the words at `anchors` (start and end offsets): the
 * stretch between them, which must be all list (no particle but の), widened to the items before
 * and after up to the first particle. `undefined` when the anchors are not in one list.
 */
export function japaneseListAround(original: string, anchors: ReadonlyArray<readonly [number, number]>): JapaneseList | undefined {
  // Separators written with a particle's kana (または, 並びに) are separators, not particles;
  // the same length keeps the anchors' offsets.
  const text = original.replace(/または|又は|ならびに|並びに/g, (separator) => '、'.repeat(separator.length))
  const first = Math.min(...anchors.map(([start]) => start))
  const last = Math.max(...anchors.map(([, end]) => end))
  const inner = text.slice(first, last)
  if (notInItem.test(inner)) return undefined
  const after = text.slice(last)
  const stop = after.search(notInItem)
  const tail = stop < 0 ? after : after.slice(0, stop)
  const before = text.slice(0, first)
  let headStart = 0
  for (const match of before.matchAll(notInItemGlobal)) headStart = match.index + match[0].length
  const listStart = headStart
  const list = (before.slice(headStart) + inner + tail).replace(/^[、・，,\s]+|[、・，,\s]+$/g, '')
  const items = list.split(japaneseSeparator).filter((item) => item.trim().length > 0)
  // The text as written (または, not its mask).
  const at = text.indexOf(list, listStart)
  return {length: items.length, text: original.slice(at, at + list.length)}
}
