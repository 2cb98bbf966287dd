/**
 * `check` against the hand-made defects gold of every real pair in corpus/ (made by reading both
 * texts, not from the tool's output): recall on the listed defects, and a ceiling on warnings and
 * errors outside the list (false alarms). A rule that newly finds a real defect cannot break this
 * test; one that cries wolf does. The figures behind the floors are in bench/RESULTS.md
 * (`npm run eval`).
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {align, check, defaultLexicon, parse} from 'clause-align'
import {discoverCorpora, loadDefectsGold} from '../eval/gold.mjs'
import {describe as describeFinding, goldHits, reportable} from '../eval/score.mjs'
import {root} from './helpers/corpus.js'

/** Recall floor per pair: the share of its listed defects at least one warning or error touches. */
const recallFloor: Record<string, number> = {'paris-2025': 0.45, udhr: 0}

describe('check against the hand-made defects gold', () => {
  const lexicon = defaultLexicon()
  for (const pair of discoverCorpora(root)) {
    const gold = loadDefectsGold(path.join(root, 'test', 'gold'), pair)
    it(`${pair.name}: finds the listed defects and raises at most one false alarm per 100 sentences`, () => {
      expect(gold).toBeDefined()
      const glossary = pair.glossary ?? []
      const alignment = align(parse(pair.en, {lang: 'en'}), parse(pair.ja, {lang: 'ja'}), {glossary, lexicon})
      const files = {source: `corpus/${pair.name}/en.md`, target: `corpus/${pair.name}/ja.md`}
      const findings = check(alignment, {glossary, lexicon}).filter(reportable).map((message) => describeFinding(message, files))
      const defects = gold!.defects
      const found = defects.filter((defect) => findings.some((finding) => goldHits(finding, [defect]).length > 0))
      const falseAlarms = findings.filter((finding) => goldHits(finding, defects).length === 0).map((finding) => `${finding.ruleId} ${finding.where} ${finding.reason}`)
      const sentences = alignment.target.children.length > 0 ? alignment.beads.filter((bead) => bead.target.length > 0).reduce((sum, bead) => sum + bead.target.length, 0) : 0
      expect(found.length / defects.length).toBeGreaterThanOrEqual(recallFloor[pair.name] ?? 0.5)
      expect(falseAlarms.length).toBeLessThanOrEqual(Math.floor(sentences / 100))
      expect(falseAlarms).toEqual(falseAlarms.slice(0, Math.floor(sentences / 100)))
    })
  }
})
