/**
 * `inconsistent-term`: the same source term rendered in different ways across the document,
 * found from the alignment alone (no glossary). A target rendering belongs to a source term when
 * it appears in at least two linked pairs and only in pairs whose source has the term; a term
 * with two such renderings, each used where the other is not, is rendered inconsistently
 * (`digital divides` as both デジタルデバイド and デジタル格差).
 */
import type {Finding} from '../findings.js'
import {stopWords} from '../../tree/anchors.js'
import {coverage} from '../../lexicon/index.js'
import {containerLabel, nodes, textOfAll, type Rule} from './context.js'
import {renderedTermFindings} from './rendered-term.js'

/** A rough singular, enough to match `strategies` with `strategy` and `divides` with `divide`. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y'
  if (word.length > 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

function sourceTerms(text: string): Set<string> {
  const words = (text.toLowerCase().match(/[a-z][a-z-]*/g) ?? []).map(singular)
  const terms = new Set<string>()
  for (let k = 0; k < words.length; k++) {
    const word = words[k]
    if (stopWords.has(word) || word.length < 4) continue
    terms.add(word)
    const next = words[k + 1]
    if (next && !stopWords.has(next) && next.length >= 3) terms.add(`${word} ${next}`)
  }
  return terms
}

/** Longest rendering considered, in characters. */
const maxRendering = 24

/** Runs of katakana and kanji (no hiragana, no Latin): candidate renderings. */
function targetRuns(text: string): Set<string> {
  return new Set(
    (text.match(/[\p{Script=Katakana}\p{Script=Han}ー・]{2,}/gu) ?? [])
      .map((run) => run.replace(/^・|・$/g, ''))
      .filter((run) => run.length >= 2)
  )
}

export const inconsistentTerm: Rule = (context) => {
  if (context.alignment.target.lang !== 'ja') return []
  const beads = context.linked.map((pair) => pair.bead)
  const beadTerms = context.linked.map((pair) => sourceTerms(pair.sourceText))
  const beadRuns = context.linked.map(({bead, targetNodes: targets}) => {
    // Labels are the translator's words too: include the run-in label of the sentence's item.
    const labels = bead.target.flatMap((id) => containerLabel(context.target, id) ?? [])
    return targetRuns(textOfAll([...targets, ...labels], {annotations: true}))
  })
  // Where each rendering occurs, also inside a longer run (コミットメント in 自主的コミットメント).
  const candidates = new Set<string>()
  for (const runs of beadRuns) for (const run of runs) if (run.length <= maxRendering) candidates.add(run)
  const runBeads = new Map<string, number[]>()
  beadRuns.forEach((runs, index) => {
    const seen = new Set<string>()
    for (const run of runs) {
      // Renderings are short; bounding their length keeps a long run from costing its square.
      for (let start = 0; start < run.length - 1; start++) {
        for (let end = start + 2; end <= Math.min(run.length, start + maxRendering); end++) {
          const part = run.slice(start, end)
          if (seen.has(part) || !candidates.has(part)) continue
          seen.add(part)
          const list = runBeads.get(part)
          if (list) list.push(index)
          else runBeads.set(part, [index])
        }
      }
    }
  })
  const termBeads = new Map<string, number>()
  for (const terms of beadTerms) for (const term of terms) termBeads.set(term, (termBeads.get(term) ?? 0) + 1)
  // Each rendering seen twice or more belongs to the terms present in every pair it appears in
  // that fit it best (Dice over pairs): `倫理的` goes to "ethical", not to "inclusive", which
  // shares its two pairs but occurs in five.
  const renderings = new Map<string, string[]>()
  for (const [run, where] of runBeads) {
    if (where.length < 2) continue
    let common: Set<string> | undefined
    for (const index of where) {
      common = common ? new Set([...common].filter((term) => beadTerms[index].has(term))) : new Set(beadTerms[index])
      if (common.size === 0) break
    }
    if (!common || common.size === 0) continue
    const dice = (term: string) => (2 * where.length) / (termBeads.get(term)! + where.length)
    const best = Math.max(...[...common].map(dice))
    if (best < 0.5) continue
    // The best-fitting terms must be one term (`digital divide` holds `divide`); a rendering
    // that fits unrelated terms equally well (`existing`, `initiative`) belongs to neither.
    const tied = [...common].filter((term) => dice(term) === best).sort((a, b) => b.length - a.length)
    if (!tied.every((term) => term === tied[0] || tied[0].split(' ').includes(term))) continue
    const list = renderings.get(tied[0])
    if (list) list.push(run)
    else renderings.set(tied[0], [run])
  }
  const findings: Finding[] = []
  const reported = new Set<string>()
  // Longer terms first, so that `digital divide` is reported rather than `divide`.
  const terms = [...renderings.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b))
  for (const term of terms) {
    const runs = renderings.get(term)!
    // A rendering inside a longer one is the same rendering (格差 in デジタル格差).
    const distinct = runs.filter((run) => !runs.some((other) => other !== run && other.includes(run)))
    if (distinct.length < 2) continue
    distinct.sort((a, b) => runBeads.get(b)!.length - runBeads.get(a)!.length || runBeads.get(a)![0] - runBeads.get(b)![0])
    const [first, second] = distinct
    const firstBeads = new Set(runBeads.get(first))
    const secondBeads = new Set(runBeads.get(second))
    const onlyFirst = [...firstBeads].filter((index) => !secondBeads.has(index))
    const onlySecond = [...secondBeads].filter((index) => !firstBeads.has(index))
    if (onlyFirst.length === 0 || onlySecond.length === 0) continue
    // Together the two renderings must account for the term's pairs: they are alternatives.
    const covered = new Set([...firstBeads, ...secondBeads]).size
    if (covered < termBeads.get(term)!) continue
    // With a dictionary, both renderings must render the term: the alignment alone can tie a
    // word to a term it merely stands next to (`留意` to “safety”).
    if (context.lexicon && [first, second].some((rendering) => coverage(term, rendering, context.lexicon!).englishCoverage === 0)) continue
    const key = [first, second].sort().join('|')
    if (reported.has(key)) continue
    reported.add(key)
    const at = beads[onlySecond[0]]
    findings.push({
      ruleId: 'inconsistent-term',
      reason: `Unexpected \`${second}\` for “${term}”, expected \`${first}\` as elsewhere in the translation (${firstBeads.size}× \`${first}\`, ${secondBeads.size}× \`${second}\`)`,
      side: 'target',
      sourceNodes: nodes(context.source, at.source),
      targetNodes: nodes(context.target, at.target),
      otherNodes: undefined,
      actual: second,
      expected: [first]
    })
  }
  // With a lexicon, also a term rendered one way in most places and not at all in one.
  return [...findings, ...renderedTermFindings(context)]
}
