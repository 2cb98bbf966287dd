// The evaluation of one real pair: alignment against its gold, the clean check against the
// defects gold, and the injected defects. Returns plain figures (no printing).
import {align, check, defaultLexicon, parse, sentencesOf, textOf} from '../dist/index.js'
import {hunalignDictionary, hunalignInput, ladderToBeads, lexiconDictionary, runHunalign} from '../bench/lib.mjs'
import {goldUnits, loadAlignmentGold, loadDefectsGold} from './gold.mjs'
import {injectAll, prepare} from './inject.mjs'
import {atPlace, beadScore, describe, goldHits, mapSentences, newFindings, perRule, reportable, segmentation, summarize} from './score.mjs'
import {spanOf} from './spans.mjs'

const sentenceSpans = (tree) => sentencesOf(tree).map((s) => ({id: s.data.id, span: spanOf(s)}))

export async function evaluatePair(pair, {goldDir, n, seed, only, lexicon: useLexicon = true}) {
  // As the CLI runs by default: with the bundled lexicon (`--no-lexicon` measures without it).
  const lexicon = useLexicon ? defaultLexicon() : undefined
  const files = {source: `corpus/${pair.name}/en.md`, target: `corpus/${pair.name}/ja.md`}
  const sourceTree = parse(pair.en, {lang: 'en'})
  const targetTree = parse(pair.ja, {lang: 'ja'})
  const glossary = pair.glossary ?? []
  const gold = loadAlignmentGold(goldDir, pair, {source: sourceTree, target: targetTree})
  const defects = loadDefectsGold(goldDir, pair)
  const out = {
    name: pair.name,
    files,
    sentences: {source: sentencesOf(sourceTree).length, target: sentencesOf(targetTree).length},
    glossary: pair.glossary ? pair.glossary.length : undefined,
    alignmentGold: gold && {file: gold.file, form: gold.form, beads: gold.beads.length, badSpans: gold.badSpans},
    defectsGold: defects && {file: defects.file, defects: defects.defects.length, acceptable: defects.acceptable.length}
  }
  if (gold) out.alignment = await alignmentFigures(pair, gold, sourceTree, targetTree, lexicon)

  // 2. The clean pair, checked as a user would (with the glossary where there is one).
  const cleanAlignment = align(sourceTree, targetTree, {glossary, lexicon})
  const clean = check(cleanAlignment, {glossary, lexicon}).filter(reportable).map((m) => describe(m, files))
  out.clean = {
    findings: clean.length,
    per100: (100 * clean.length) / out.sentences.target,
    list: clean.map((f) => (defects ? {...f, defects: goldHits(f, defects.defects), acceptable: goldHits(f, defects.acceptable)} : f))
  }
  if (defects) {
    out.clean.inGold = out.clean.list.filter((f) => f.defects.length > 0).length
    out.clean.falseAlarms = out.clean.list.length - out.clean.inGold
    out.clean.defectsFound = defects.defects.filter((d) => clean.some((f) => goldHits(f, [d]).length > 0)).map((d) => d.id)
    out.clean.defectsMissed = defects.defects.filter((d) => !out.clean.defectsFound.includes(d.id)).map((d) => ({id: d.id, class: d.class}))
  }

  // 3. Injected defects, each copy checked with the same options as the clean run.
  const ctx = prepare({source: pair.en, target: pair.ja, glossary, gold: gold?.beads, sourceTree, targetTree, alignment: cleanAlignment})
  const {injections, skipped, candidates} = injectAll(ctx, {n, seed, name: pair.name, only})
  const results = injections.map((injection) => {
    const found = check(align(sourceTree, injection.tree, {glossary, lexicon}), {glossary, lexicon}).filter(reportable).map((m) => describe(m, files))
    const fresh = newFindings(clean, found, injection.mapSpan, injection.wideSpan).map((f) => ({...f, atPlace: atPlace(f, injection.place)}))
    return {
      pair: pair.name,
      class: injection.class,
      index: injection.index,
      description: injection.description,
      edits: injection.edits,
      place: injection.place,
      context: contextOf(injection),
      fresh,
      found: fresh.some((f) => f.atPlace)
    }
  })
  out.injection = {candidates, skipped, summary: summarize(results), rules: perRule(results)}
  out.results = results
  return out
}

/** The corrupted text around the defect's first target place, marked ⟦…⟧, lines folded. */
function contextOf(injection, width = 50) {
  const span = injection.place.target[0]
  if (!span) return ''
  const text = injection.text
  const flat = (s) => s.replace(/\s*\n\s*/g, ' ⏎ ')
  return `…${flat(text.slice(Math.max(0, span.start - width), span.start))}⟦${flat(text.slice(span.start, span.end))}⟧${flat(text.slice(span.end, span.end + width))}…`
}

/** Strict bead F1 for clause-align and hunalign (same parser sentences), with and without the glossary. */
async function alignmentFigures(pair, gold, sourceTree, targetTree, lexicon) {
  const units = goldUnits(gold.beads)
  const sentences = {source: sentenceSpans(sourceTree), target: sentenceSpans(targetTree)}
  const maps = {source: mapSentences(sentences.source, units.source), target: mapSentences(sentences.target, units.target)}
  const rows = []
  const settings = pair.glossary ? [true, false] : [false]
  for (const withLexicon of lexicon ? [true, false] : [false]) {
    for (const withGlossary of settings) {
      const beads = align(sourceTree, targetTree, {glossary: withGlossary ? pair.glossary : [], lexicon: withLexicon ? lexicon : undefined}).beads
      const setting = [withGlossary ? 'glossary' : 'no glossary', withLexicon ? 'lexicon' : 'no lexicon'].join(', ')
      rows.push({tool: 'clause-align', glossary: withGlossary, lexicon: withLexicon, setting, score: beadScore(beads, maps, units.beads)})
    }
  }
  // hunalign gets the same evidence: the glossary, and the lexicon as its dictionary.
  const lexiconLines = lexicon ? lexiconDictionary(textOf(sourceTree), textOf(targetTree), lexicon) : ''
  for (const paragraphs of [false, true]) {
    for (const withGlossary of settings) {
      for (const withLexicon of lexicon ? [false, true] : [false]) {
        const source = hunalignInput(sourceTree, paragraphs)
        const target = hunalignInput(targetTree, paragraphs)
        const dictionary = [withGlossary ? hunalignDictionary(pair.glossary) : '', withLexicon ? lexiconLines : ''].filter(Boolean).join('\n')
        const {ladder} = await runHunalign(source.text, target.text, dictionary)
        const beads = ladderToBeads(ladder, source, target)
        const what = [withGlossary && 'glossary', withLexicon && 'lexicon'].filter(Boolean).join(' + ')
        rows.push({tool: 'hunalign', glossary: withGlossary, lexicon: withLexicon, setting: `${what ? `${what} as dictionary` : 'no dictionary'}${paragraphs ? ', <p> marks' : ''}`, score: beadScore(beads, maps, units.beads)})
      }
    }
  }
  return {
    rows,
    segmentation: {
      source: segmentation(sentences.source, units.source, maps.source),
      target: segmentation(sentences.target, units.target, maps.target)
    }
  }
}
