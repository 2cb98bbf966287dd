/**
 * Clause boundaries inside one sentence.
 *
 * English: after `;` and `:`, before a dash that opens a parenthetical (` – `, ` — `, ` - `),
 * and at a comma before a coordinating conjunction (not inside a list of short items), a
 * relative or subordinate clause, a participle phrase, or the subject after a long lead-in.
 * Japanese: at `、` after a conjunctive form (〜し、〜て、〜ており、〜ため、〜され、…) or a
 * conjunctive particle (が、ので、から、…), but not after compound particles (について、
 * を通じて、により、…) nor in a list of nouns; and after `；`, `：`.
 */
import type {Lang} from './types.js'

/** Start offsets of clauses after the first, in (start, end). */
export function clauseCuts(text: string, start: number, end: number, lang: Lang): number[] {
  const cuts = lang === 'ja' ? japaneseCuts(text, start, end) : englishCuts(text, start, end)
  return [...new Set(cuts)].filter((cut) => cut > start && cut < end).sort((a, b) => a - b)
}

const coordinating = new Set(['and', 'or', 'nor'])
const subordinating =
  /^(?:but|yet|so|which|who|whom|whose|where|when|while|whereas|although|though|because|since|unless|whether|if)\b/i
const subject = /^(?:we|they|it|he|she|i|you|there)\b/i
const participle = /^(?!including\b|according\b|regarding\b|concerning\b|following\b|during\b)[a-z]+ing\b/

/** Word counts of every prefix, so that counting the words of any span costs O(1). */
function wordCounter(text: string): (from: number, to: number) => number {
  const prefix = new Int32Array(text.length + 1)
  for (let index = 0; index < text.length; index++) {
    const starts = !/\s/.test(text[index]) && (index === 0 || /\s/.test(text[index - 1]))
    prefix[index + 1] = prefix[index] + (starts ? 1 : 0)
  }
  return (from, to) => {
    if (to <= from) return 0
    const inside = from > 0 && !/\s/.test(text[from]) && !/\s/.test(text[from - 1]) ? 1 : 0
    return prefix[to] - prefix[from] + inside
  }
}

function englishCuts(text: string, start: number, end: number): number[] {
  const sentence = text.slice(start, end)
  const words = wordCounter(sentence)
  const cuts: number[] = []
  let clauseStart = 0
  let previousComma = -1
  // Commas seen in the current clause: two or more mean an enumeration (`A, B, C and D`).
  let commas = 0
  const accept = (cut: number): void => {
    // Both sides must keep at least two words.
    if (words(clauseStart, cut) >= 2 && words(cut, sentence.length) >= 2) {
      cuts.push(start + cut)
      clauseStart = cut
      previousComma = -1
      commas = 0
    }
  }
  const candidates = /[;:](?=\s)\s*|\s+[–—-]\s+|,\s+/g
  let match: RegExpExecArray | null
  while ((match = candidates.exec(sentence))) {
    const token = match[0]
    const after = match.index + token.length
    if (token[0] === ';' || token[0] === ':') {
      accept(after)
      continue
    }
    if (token[0] !== ',') {
      // A dash opening (or closing) a parenthetical starts the next clause.
      accept(match.index + (token.length - token.trimStart().length))
      continue
    }
    const rest = sentence.slice(after, after + 40)
    const soFar = words(clauseStart, match.index)
    const comma = match.index
    const next = /^[A-Za-z]+/.exec(rest)?.[0].toLowerCase() ?? ''
    if (coordinating.has(next)) {
      // `A, B, and C`: the segment since the previous comma is a short list item, not a clause.
      const listItem = commas >= 2 || (previousComma >= 0 && words(previousComma + 1, comma) <= 4)
      if (!listItem && soFar >= 4) accept(after)
    } else if (subordinating.test(rest)) {
      accept(after)
    } else if (subject.test(rest) && soFar >= 5) {
      accept(after)
    } else if (participle.test(rest) && soFar >= 5 && commas < 2) {
      accept(after)
    }
    if (clauseStart !== after) {
      previousComma = comma
      commas++
    }
  }
  return cuts
}

/** Compound particles that end in a conjunctive-looking form but open no clause. */
const compoundParticles = [
  'について', 'において', 'に対して', 'に対し', 'に関して', 'に関し', 'として', 'によって', 'により',
  'にとって', 'に基づいて', 'に基づき', 'を通じて', 'を通じ', 'を通して', 'に沿って', 'に沿い',
  'に向けて', 'に向け', 'に加えて', 'に加え', 'を含め', 'に伴い', 'に応じて', 'をはじめ', 'にわたり',
  'に当たり', 'にあたり', 'に際し', 'に先立ち', 'のため', 'に続き', 'および', '及び', 'また',
  'さらに', 'なお', 'ただし', 'しかし', 'そして', 'つまり', 'すなわち', 'ならびに', '並びに'
]
/** Endings of a conjunctive form or a conjunctive particle before 、. */
const conjunctive =
  /(?:ともに|ために|ので|から|けれども|けれど|けど|ながら|つつ|ため|ように|よう|ば|たら|なら|ても|でも|が|し|て|んで|いで|おり|あり|なり|り|き|ち|み|び|じ|え|け|め|べ|せ|れ|ず|く|つ)$/

function japaneseCuts(text: string, start: number, end: number): number[] {
  const cuts: number[] = []
  let clauseStart = start
  for (let index = start; index < end; index++) {
    const unit = text[index]
    if (unit !== '、' && unit !== '，' && unit !== '；' && unit !== '：' && unit !== ';') continue
    let cut = index + 1
    while (cut < end && /\s/.test(text[cut])) cut++
    // Only the tail matters for the endings; slicing the whole clause would be quadratic.
    const left = text.slice(Math.max(clauseStart, index - 8), index)
    if (index - clauseStart < 5 || end - cut < 5) continue
    if (unit === '、' || unit === '，') {
      if (!conjunctive.test(left)) continue
      if (compoundParticles.some((particle) => left.endsWith(particle))) continue
    }
    cuts.push(cut)
    clauseStart = cut
  }
  return cuts
}
