/**
 * Recognisers for the parts of a block that are not translatable content: a citation marker (a
 * bare domain such as `elysee.fr` after the end of a sentence) and a run-in label (`Note:`,
 * `参加者 - `) at the start of a block, and the `<!-- clause-align ignore … -->` comments that
 * silence rules for the next unit.
 */
import type {Lang} from './types.js'
import {cjk, isWhitespace} from './script.js'

const domain =
  /(?:[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?\.)+[a-z]{2,12}(?![A-Za-z\d.\-/@_])/y

/**
 * Length of a citation marker starting at `at`, or 0. A marker is a bare domain followed by the
 * end of the block, a line break, or the start of a new sentence (not by lowercase running text:
 * `example.com is a site` is a sentence).
 */
export function citationAt(text: string, at: number, end: number): number {
  domain.lastIndex = at
  const match = domain.exec(text)
  if (!match) return 0
  const after = at + match[0].length
  if (after > end) return 0
  if (after === end) return match[0].length
  const next = text[after]
  if (cjk.test(next)) return continuesSentence(text, after, end) ? 0 : match[0].length
  if (!isWhitespace(next)) return 0
  if (next === '\n' || next === '\r') return match[0].length
  let k = after
  while (k < end && isWhitespace(text[k])) k++
  if (k === end) return match[0].length
  const following = text[k]
  if (/[A-Z"“(\d]/.test(following) || (cjk.test(following) && !continuesSentence(text, k, end))) return match[0].length
  return 0
}

/**
 * Does the Japanese at `at` go on a sentence rather than start one? A particle there makes the
 * word before it part of the sentence (`kelpie.yml という名前の…`, `example.com で…`), not a
 * citation of the one before.
 */
function continuesSentence(text: string, at: number, end: number): boolean {
  return /^(?:[をがはにへやの]|と(?:いう|して|[、\s])|で(?![もはす])|から|まで|より)/.test(text.slice(at, Math.min(end, at + 4)))
}

export interface LabelSpan {
  /** End of the label text (before the delimiter). */
  labelEnd: number
  /** End of the delimiter: where the content starts (whitespace not included). */
  contentStart: number
  /** End of the label's source text, delimiter included. */
  end: number
}

const enLabel = /^([A-Z][\w'’&/()–-]*(?: [\w'’&/(),–-]+){0,3}(?: \([^()]{1,40}\))?)(:| [-–—]) +(?=\S)/
/**
 * A list item's longer lead phrase, up to eight words, before a figure or an amount: the line of
 * a statement or a price list (`Net income attributable to owners of the parent: ¥14.1 billion`),
 * which Japanese writes as a label too (`親会社株主に帰属する当期純利益：141億円`).
 */
const enItemLabel = /^([A-Z][\w'’&/()–-]*(?: [\w'’&/(),–-]+){4,7}(?: \([^()]{1,40}\))?)(:| [-–—]) +(?=[\d¥$€£+−-])/
/** Words that open or run a clause, not a label: `In 2024 - …`, `The answer is simple: …`. */
const notInLabel = /^(?:a|an|the|in|on|at|by|for|from|to|with|of|as|if|when|while|since|after|before|this|that|these|those|it|we|they|he|she|i|you|there|here|is|are|was|were|be|been|has|have|had|will|would|can|could|should|shall|may|must|do|does|did|not|no)$/i
// A colon between figures is a clock time (`16:00`), not the end of a label.
const jaLabel = /^([^\s。、．，！？!?:：]{1,30}?)(：|:(?<!\d:(?=\d))| [-–—] ?)\s*(?=\S)/

/**
 * An English lead phrase is a label (`Note`, `Public Interest AI`, `Participants`) only when it
 * names something: no figures, no function word or verb of a running clause (`In 2024`, `The
 * answer is simple`), each word capitalised but for short joiners (`Terms of Use`).
 */
function isEnglishLabel(label: string, inItem: boolean): boolean {
  const words = label.split(' ')
  if (notInLabel.test(words[0])) return false
  // A list item's lead phrase may be in sentence case, with a figure in brackets (`Shots on
  // target: 5`, `Mid-term essay (2,000 words): 30%`): items of the form “what: how much” are the
  // lists that Japanese writes as `中間レポート（2,000語）：30％`, always read as a label there.
  // A numbered name is a label too (`Level 3 (Evacuation of the Elderly, etc.)`, `Step 2`): one
  // capitalised word and a number, the bracket after it free.
  if (/^[A-Z][a-z]+ \d{1,3}[A-Za-z]?$/.test(label.replace(/\s*\([^)]*\)$/, ''))) return true
  if (inItem) return !/\d/.test(label.replace(/\([^)]*\)/g, '')) && !words.slice(1).some((word) => verbInLabel.test(word))
  if (/\d/.test(label)) return false
  return words.every((word, index) => index === 0 || /^[A-Z(&]/.test(word) || /^(?:of|and|for|the|to|in|on|&)$/.test(word)) && !words.slice(1).some((word) => verbInLabel.test(word))
}

const verbInLabel = /^(?:is|are|was|were|has|have|had|will|can|could|should|must|may|do|does|did)$/i

/**
 * A run-in label at `start`: a short lead phrase ended by ` - `, `:` or `：` with content after it
 * in the same block. English labels are one to four words starting with a capital letter, in
 * title case but in a list item (`inItem`).
 */
export function labelAt(text: string, start: number, end: number, lang: Lang, inItem = false): LabelSpan | undefined {
  const head = text.slice(start, Math.min(end, start + 80))
  const match = (lang === 'ja' ? jaLabel : enLabel).exec(head) ?? (lang === 'en' && inItem ? enItemLabel.exec(head) : null)
  if (!match) return undefined
  const label = match[1]
  // A Latin-script lead phrase in a Japanese document still needs to look like a label.
  if (lang === 'ja' && !cjk.test(label) && !enLabel.test(head)) return undefined
  if (!cjk.test(label) && !isEnglishLabel(label, inItem && lang === 'en')) return undefined
  const delimiter = match[2].trimEnd()
  const labelEnd = start + label.length
  const delimiterStart = labelEnd + (match[2].length - match[2].trimStart().length)
  const end_ = delimiterStart + delimiter.trimStart().length
  let contentStart = start + match[0].length
  while (contentStart < end && isWhitespace(text[contentStart])) contentStart++
  if (contentStart >= end) return undefined
  return {labelEnd, contentStart, end: end_}
}

const directive = /^<!--\s*clause-align\s+ignore\b([^>]*?)\s*-->$/

/** Rule ids of a `<!-- clause-align ignore rule-id … -->` comment, or undefined. */
export function ignoreDirective(html: string): string[] | undefined {
  const match = directive.exec(html.trim())
  if (!match) return undefined
  const rules = match[1].split(/[\s,]+/).filter(Boolean)
  return rules.length > 0 ? rules : ['all']
}

/** Add the rules an ignore comment names to a node's `data.ignore`. */
export function applyIgnore(node: {data: {ignore?: string[] | undefined}}, rules: string[] | undefined): void {
  if (rules) node.data.ignore = [...new Set([...(node.data.ignore ?? []), ...rules])]
}
