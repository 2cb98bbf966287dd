// Markdown for the figures of `npm run eval`: printed, and kept in bench/RESULTS.md between
// <!-- eval:start --> and <!-- eval:end -->.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {classes} from './inject.mjs'

const f3 = (x) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(3))
const f1 = (x) => (x === undefined ? '—' : x.toFixed(1))
const pct = (x) => (x === undefined ? '—' : `${(100 * x).toFixed(0)}%`)
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ')
const mark = (ok) => (ok === undefined ? '—' : ok ? '✓' : '✗')

const classNotes = {
  'sentence-deleted': 'a sentence that shares its paragraph or item with another one removed (with its line when alone on it); place: the sentences either side of the gap and the source sentence(s) it rendered.',
  'clause-deleted': 'a clause node (a comma/、-delimited piece) other than the last one of its sentence removed; place: that sentence and its source.',
  'item-deleted': 'a list item (bullet, or item of a top-level ordered list) of a list of two or more removed with its lines; place: the sentences either side and the item\'s source sentences.',
  'items-merged': 'the second of two adjacent items made a continuation line of the first (its marker removed); place: the merged item and both items\' source sentences.',
  'number-changed': 'a digit sequence inside a clause changed (one digit, or ±1–9); place: the new number and the sentence\'s source.',
  'sentences-swapped': 'two sentences of different paragraphs exchanged (lines folded); place: both and their sources.',
  'sentence-duplicated': 'a sentence repeated right after itself; place: the copy, the original and its source.',
  'list-item-deleted': 'an item other than the first of a list inside a sentence (three or more items of 2–12 characters between 、 or ・, holding no particle but の, ended by a particle, など or the sentence end) removed with the separator before it; place: that sentence and its source.',
  untranslated: 'the Japanese side of a 1-1 gold bead replaced by its English side; place: the English text and the source sentence.',
  'sentence-inserted': 'a sentence of another paragraph of the translation inserted after a sentence; place: the inserted text.',
  'term-replaced': 'with a glossary, a glossary rendering that occurs once in a sentence (and not in its run-in label), whose English term the source sentence has, replaced by a built-in plausible wrong rendering (持続可能 → 維持可能, エコシステム → 生態系, …). Without one (eval/terms.mjs), a term is an English content word two or more source sentences use (words of capitalised names left out; how the translation renders it elsewhere is not looked at); where the lexicon says which word of the linked translation renders it (kanji or katakana only, once in the translation of that source), that word is replaced by a real word that does not render the term by the lexicon: the fixed list\'s near-synonym, else a kanji word sharing two English senses with it (保護 → 保全), else one sense, a kanji and the length (平等 → 公平), the more polysemous (common) ones first; the translation of the source sentence must then have no rendering of the term left. Place: the new word and the sentence\'s source.'
}

export const recallTargets = {
  'sentence-deleted': 0.9,
  'item-deleted': 0.9,
  'number-changed': 0.9,
  untranslated: 0.9,
  'sentence-inserted': 0.9,
  'clause-deleted': 0.7,
  'items-merged': 0.7,
  'sentences-swapped': 0.7,
  'term-replaced': 0.7
}

/** Pooled per-class figures over all pairs (the acceptance targets are on these). */
export function pooled(figures) {
  const rows = {}
  for (const pair of figures.pairs) {
    for (const [name, row] of Object.entries(pair.injection.summary)) {
      const r = (rows[name] ??= {injections: 0, found: 0, fresh: 0, reworded: 0, atPlace: 0, atMostTwo: 0, silent: 0, histogram: [0, 0, 0, 0, 0]})
      for (const k of Object.keys(r)) if (k !== 'histogram') r[k] += row[k]
      row.histogram.forEach((count, k) => (r.histogram[k] += count))
    }
  }
  for (const r of Object.values(rows)) {
    r.recall = r.injections ? r.found / r.injections : undefined
    r.precision = r.fresh ? r.atPlace / r.fresh : undefined
    r.atMostTwoShare = r.injections ? r.atMostTwo / r.injections : undefined
  }
  return rows
}

export function acceptance(figures) {
  const rows = []
  for (const pair of figures.pairs) {
    // The translations carry real defects (the defects gold), so the ceiling is on false alarms;
    // the total per 100 sentences is shown beside it.
    const falseAlarms = pair.defectsGold ? pair.clean.falseAlarms : pair.clean.findings
    const falsePer100 = (100 * falseAlarms) / pair.sentences.target
    rows.push({target: `${pair.name}: clean pair ≤ 1 false alarm (warning/error outside the defects gold) per 100 target sentences`, measured: `${f1(falsePer100)} (${falseAlarms} in ${pair.sentences.target}; all warnings/errors: ${f1(pair.clean.per100)} per 100)`, ok: falsePer100 <= 1})
    rows.push({target: `${pair.name}: every clean warning/error is in the defects gold`, measured: pair.defectsGold ? `${pair.clean.inGold} of ${pair.clean.findings}` : 'no defects gold', ok: pair.defectsGold ? pair.clean.falseAlarms === 0 : undefined})
  }
  const all = pooled(figures)
  for (const [name, min] of Object.entries(recallTargets)) {
    rows.push({target: `recall ≥ ${min} for ${name}`, measured: all[name] ? `${f3(all[name].recall)} (${all[name].found}/${all[name].injections})` : 'not injected', ok: all[name] ? all[name].recall >= min : undefined})
  }
  const total = all.all ?? {}
  rows.push({target: 'precision ≥ 0.8 over all new warnings/errors', measured: `${f3(total.precision)} (${total.atPlace ?? 0}/${total.fresh ?? 0})`, ok: total.fresh ? total.precision >= 0.8 : undefined})
  rows.push({target: '≤ 2 new findings per defect in ≥ 95% of injections', measured: `${pct(total.atMostTwoShare)} (${total.atMostTwo ?? 0}/${total.injections ?? 0})`, ok: total.injections ? total.atMostTwoShare >= 0.95 : undefined})
  for (const pair of figures.pairs) {
    if (!pair.alignment) {
      rows.push({target: `${pair.name}: bead F1 above hunalign's`, measured: 'no alignment gold', ok: undefined})
      continue
    }
    for (const withGlossary of [true, false]) {
      // clause-align as the CLI runs it: with the bundled lexicon when the run has one.
      const ours = pair.alignment.rows.find((r) => r.tool === 'clause-align' && r.glossary === withGlossary && r.lexicon === figures.lexicon)
      const theirs = pair.alignment.rows.filter((r) => r.tool === 'hunalign' && r.glossary === withGlossary)
      if (!ours || theirs.length === 0) continue
      const best = theirs.reduce((a, b) => (b.score.f1 > a.score.f1 ? b : a))
      rows.push({target: `${pair.name}: bead F1 above hunalign's best (${withGlossary ? 'both with the glossary' : 'neither with a glossary'})`, measured: `${f3(ours.score.f1)} vs ${f3(best.score.f1)} (${best.setting})`, ok: ours.score.f1 > best.score.f1})
    }
  }
  return rows
}

export function toMarkdown(figures) {
  const lines = []
  const out = (line = '') => lines.push(line)
  out('## Evaluation: alignment against gold, clean pairs, injected defects')
  out()
  out(`Recorded ${figures.date} with \`npm run eval\` (seed ${figures.seed}, ${figures.n} corrupted copies per class and pair; ${figures.seconds.toFixed(0)} s). Machine: ${figures.machine}.`)
  out()
  out('| pair | sentences (en / ja) | glossary | alignment gold | defects gold |')
  out('| --- | --- | --- | --- | --- |')
  for (const p of figures.pairs) {
    out(`| ${p.name} | ${p.sentences.source} / ${p.sentences.target} | ${p.glossary === undefined ? 'none' : `${p.glossary} entries`} | ${p.alignmentGold ? `${p.alignmentGold.file} (${p.alignmentGold.form}, ${p.alignmentGold.beads} beads${p.alignmentGold.badSpans ? `, ${p.alignmentGold.badSpans} spans whose text is not the file's slice` : ''})` : 'missing: alignment not scored, untranslated not injected'} | ${p.defectsGold ? `${p.defectsGold.file} (${p.defectsGold.defects} defects, ${p.defectsGold.acceptable} acceptable)` : 'missing: clean findings not judged'} |`)
  }
  out()

  out('### 1. Alignment: strict bead F1')
  out()
  out('Each parser sentence (its `position` offsets) maps to every gold unit of its side it shares a character with; a predicted bead becomes the union of its sentences\' units per side and counts as correct only when both unions equal a gold bead\'s unit sets (each gold bead matched by exactly one predicted bead). Beads whose sentences map to no unit are left out. hunalign gets the same parser sentences (tokenised as in `npm run bench`) and the glossary as its dictionary where noted.')
  out()
  out('| pair | tool | setting | precision | recall | F1 | correct / predicted / gold |')
  out('| --- | --- | --- | --- | --- | --- | --- |')
  for (const p of figures.pairs) {
    if (!p.alignment) continue
    for (const r of p.alignment.rows) out(`| ${p.name} | ${r.tool} | ${r.setting} | ${f3(r.score.precision)} | ${f3(r.score.recall)} | ${f3(r.score.f1)} | ${r.score.correct} / ${r.score.predicted} / ${r.score.gold}${r.score.unmapped ? ` (${r.score.unmapped} unmapped)` : ''} |`)
  }
  for (const p of figures.pairs) if (!p.alignment) out(`\n${p.name}: no alignment gold (test/gold/${p.name}.alignment.json), skipped.`)
  out()
  out('Segmentation disagreement (parser sentences that do not correspond one-to-one to a gold unit):')
  out()
  out('| pair | side | parser sentences | gold units | one-to-one | mapping to no unit | to several units | sharing a unit | gold units with no sentence |')
  out('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const p of figures.pairs) {
    if (!p.alignment) continue
    for (const side of ['source', 'target']) {
      const s = p.alignment.segmentation[side]
      const ids = (list) => (list.length ? `${list.length} (${list.slice(0, 6).join(', ')}${list.length > 6 ? ', …' : ''})` : '0')
      out(`| ${p.name} | ${side} | ${s.sentences} | ${s.units} | ${s.oneToOne} | ${ids(s.none)} | ${ids(s.several)} | ${ids(s.shared)} | ${s.unitsWithoutSentence} |`)
    }
  }
  out()

  out('### 2. Clean pairs')
  out()
  out('`check` with the glossary where the pair has one; warnings and errors (infos left out). A finding is in the defects gold when its place in the translation, or its source place (`cause`), overlaps one of a defect\'s spans.')
  out()
  out('| pair | target sentences | warnings + errors | per 100 sentences | in the defects gold | outside (false alarms) | gold defects found |')
  out('| --- | --- | --- | --- | --- | --- | --- |')
  for (const p of figures.pairs) {
    const c = p.clean
    out(`| ${p.name} | ${p.sentences.target} | ${c.findings} | ${f1(c.per100)} | ${p.defectsGold ? c.inGold : '—'} | ${p.defectsGold ? c.falseAlarms : '—'} | ${p.defectsGold ? `${c.defectsFound.length} of ${p.defectsGold.defects}` : '—'} |`)
  }
  for (const p of figures.pairs) {
    if (!p.defectsGold) {
      out(`\n${p.name}: no defects gold (test/gold/${p.name}.defects.json); its ${p.clean.findings} warnings/errors are not judged:`)
      out()
      for (const f of p.clean.list) out(`- \`${f.ruleId}\` ${f.severity} at ${f.where}: ${cell(f.reason)}`)
      continue
    }
    const outside = p.clean.list.filter((f) => f.defects.length === 0)
    if (outside.length) {
      out(`\n${p.name}, false alarms:`)
      out()
      for (const f of outside) out(`- \`${f.ruleId}\` ${f.severity} at ${f.where}: ${cell(f.reason)}${f.acceptable.length ? ` (at acceptable ${f.acceptable.join(', ')})` : ''}`)
    }
    if (p.clean.defectsMissed.length) out(`\n${p.name}, gold defects no finding touches: ${p.clean.defectsMissed.map((d) => `${d.id} (${d.class})`).join(', ')}.`)
  }
  out()

  out('### 3. Injected defects')
  out()
  out('Each corrupted copy has one defect in the translation; `check` runs on it with the clean run\'s options. A finding is *new* unless the clean run has one with the same rule, reason text and place (target offsets shifted through the edit). A new warning/error is *at the defect* when its target place overlaps the recorded place (the inserted or changed text; for deletions the sentences either side of the gap) or its source place/`cause` overlaps the source sentence(s) the defect concerns. Recall: injections with at least one new finding at the defect. Precision: new findings at the defect over all new findings. *Reworded*: new findings of the same rule and place as a clean finding whose reason text changed (counted as new).')
  out()
  out('How each class corrupts the translation (eval/inject.mjs; never the source, never a unit the gold or the clean alignment gives no source, such as a translator\'s preface; every copy is parsed again and must show the change of sentence, item and paragraph counts its class implies):')
  out()
  for (const [name, how] of Object.entries(classNotes)) out(`- \`${name}\`: ${how}`)
  out()
  out('| class | pair | injections | recall | new findings (reworded) | at the defect | precision | ≤ 2 new findings | injections with 0 / 1 / 2 / 3–5 / 6+ new findings |')
  out('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  const all = pooled(figures)
  for (const name of [...classes, 'all']) {
    for (const p of figures.pairs) {
      const r = p.injection.summary[name]
      if (r) out(`| ${name} | ${p.name} | ${r.injections} | ${f3(r.recall)} | ${r.fresh} (${r.reworded}) | ${r.atPlace} | ${f3(r.precision)} | ${pct(r.atMostTwoShare)} | ${r.histogram.join(' / ')} |`)
    }
    if (figures.pairs.length > 1 && all[name]) {
      const r = all[name]
      out(`| **${name}** | all pairs | ${r.injections} | ${f3(r.recall)} | ${r.fresh} (${r.reworded}) | ${r.atPlace} | ${f3(r.precision)} | ${pct(r.atMostTwoShare)} | ${r.histogram.join(' / ')} |`)
    }
  }
  for (const p of figures.pairs) for (const s of p.injection.skipped) out(`\n${p.name}: ${s.class} skipped: ${s.reason}.`)
  for (const p of figures.pairs) if (p.glossary === undefined && p.injection.summary['term-replaced']) out(`\n${p.name} has no glossary: term-replaced takes the term and its rendering from the lexicon, and only \`inconsistent-term\` (with the lexicon) can see it.`)
  out()
  out('New warnings/errors per rule:')
  out()
  out('| pair | rule | new findings | at the defect | precision | raised for (class: count) |')
  out('| --- | --- | --- | --- | --- | --- |')
  for (const p of figures.pairs) {
    for (const [rule, r] of Object.entries(p.injection.rules)) out(`| ${p.name} | ${rule} | ${r.fresh} | ${r.atPlace} | ${f3(r.precision)} | ${Object.entries(r.classes).map(([c, k]) => `${c}: ${k}`).join(', ')} |`)
  }
  out()

  out('### 4. Acceptance targets')
  out()
  out('| target | measured | met |')
  out('| --- | --- | --- |')
  for (const r of acceptance(figures)) out(`| ${r.target} | ${r.measured} | ${mark(r.ok)} |`)
  return lines.join('\n')
}

/** K failed injections per class (no new finding at the defect), with the text around them. */
export function examples(figures, k) {
  const lines = [`## Failed injections (up to ${k} per class and pair)`, '']
  for (const p of figures.pairs) {
    for (const name of classes) {
      const failed = p.results.filter((r) => r.class === name && !r.found).slice(0, k)
      if (failed.length === 0) continue
      lines.push(`### ${p.name}: ${name}`, '')
      for (const r of failed) {
        lines.push(`- #${r.index} ${r.description}`)
        lines.push(`  - text: ${r.context}`)
        const removed = r.edits.map((e) => e.removed).filter(Boolean)
        if (removed.length && name.endsWith('deleted')) lines.push(`  - removed: “${removed.join('” “').replace(/\s*\n\s*/g, ' ⏎ ')}”`)
        if (r.fresh.length === 0) lines.push('  - tool: nothing new')
        for (const f of r.fresh) lines.push(`  - tool: \`${f.ruleId}\` ${f.severity} at ${f.where}: ${f.reason}`)
      }
      lines.push('')
    }
  }
  return lines.join('\n')
}

export function writeResults(file, markdown) {
  const start = '<!-- eval:start -->'
  const end = '<!-- eval:end -->'
  const old = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const block = `${start}\n${markdown}\n${end}`
  const a = old.indexOf(start)
  const b = old.indexOf(end)
  const next = a !== -1 && b > a ? old.slice(0, a) + block + old.slice(b + end.length) : `${old.replace(/\n*$/, '\n\n')}${block}\n`
  writeFileSync(file, next)
}
