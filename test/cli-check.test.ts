import {copyFileSync, mkdirSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/run-cli.js'

const en = 'corpus/paris-2025/en.md'
const ja = 'corpus/paris-2025/ja.md'
const glossary = 'corpus/paris-2025/glossary.tsv'
const fixture = (name: string) => [`test/fixtures/${name}/en.md`, `test/fixtures/${name}/ja.md`]

describe('clause-align check', () => {
  it('prints a vfile-reporter report and exits 1 when errors are found', () => {
    const result = runCli(['check', en, ja, '--glossary', glossary])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('corpus/paris-2025/ja.md\n')
    expect(result.stdout).toMatch(/\n3:1-3:117 +error +Unexpected untranslated paragraph `Note:`.* omission +clause-align\n/)
    expect(result.stdout).toContain('[cause]:')
    // The closing count line of vfile-reporter; which warnings the pair draws is the gold test's
    // business (test/findings-gold.test.ts), not this one's.
    expect(result.stdout).toMatch(/\n\d+ messages \(✖ 1 error, ⚠ \d+ warnings\)\n/)
  })

  it('uses the bundled lexicon unless told not to, and another dictionary with --lexicon', () => {
    // A translation that drops item 3 of a numbered list: only word evidence finds which item.
    const listFixture = (file: string) => `test/fixtures/general-numbered-list-dropped-item/${file}`
    const omitted = (args: string[]) =>
      (JSON.parse(runCli(['check', listFixture('en.md'), listFixture('ja.md'), '--format', 'json', ...args]).stdout) as {findings: Array<{ruleId: string; source: Array<{id: string}>}>}).findings
        .filter((finding) => finding.ruleId === 'omission')
        .flatMap((finding) => finding.source.map((unit) => unit.id))
    expect(omitted([])).toEqual(['p4'])
    expect(omitted(['--no-lexicon'])).not.toEqual(['p4'])
    // Tree mode checks each pair as the single-pair command does, lexicon included.
    const tree = mkdtempSync(path.join(tmpdir(), 'clause-align-tree-lexicon-'))
    for (const lang of ['en', 'ja']) {
      mkdirSync(path.join(tree, lang))
      copyFileSync(listFixture(`${lang}.md`), path.join(tree, lang, 'list.md'))
    }
    const treeOmitted = (args: string[]) =>
      (JSON.parse(runCli(['check', path.join(tree, 'en'), path.join(tree, 'ja'), '--format', 'json', ...args]).stdout) as {pairs: Array<{findings: Array<{ruleId: string; source: Array<{id: string}>}>}>}).pairs
        .flatMap((pair) => pair.findings)
        .filter((finding) => finding.ruleId === 'omission')
        .flatMap((finding) => finding.source.map((unit) => unit.id))
    expect(treeOmitted([])).toEqual(['p4'])
    expect(treeOmitted(['--no-lexicon'])).toEqual(omitted(['--no-lexicon']))
    const missing = runCli(['check', en, ja, '--lexicon', 'no/such/file'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('clause-align: no/such/file: no such file\n')
    const both = runCli(['check', en, ja, '--lexicon', 'x', '--no-lexicon'])
    expect(both.status).toBe(2)
    expect(both.stderr).toContain('--lexicon and --no-lexicon exclude each other')
  })

  it('prints the version-1 JSON shape', () => {
    const result = runCli(['check', en, ja, '--glossary', glossary, '--format', 'json'])
    const output = JSON.parse(result.stdout)
    expect(Object.keys(output)).toEqual(['version', 'findings'])
    const omission = output.findings.find((finding: {ruleId: string}) => finding.ruleId === 'omission')
    expect(omission).toEqual({
      ruleId: 'omission',
      severity: 'error',
      message: expect.stringMatching(/^Unexpected untranslated paragraph/),
      source: [{id: 'p2', text: expect.stringMatching(/^In line with the approach/), line: 3, column: 1}],
      target: []
    })
  })

  it('exits 0 without errors, 1 on warnings with --frail', () => {
    const [source, target] = fixture('check-addition-fires')
    expect(runCli(['check', source, target]).status).toBe(0)
    expect(runCli(['check', source, target, '--frail']).status).toBe(1)
    const [cleanSource, cleanTarget] = fixture('check-addition-silent')
    const clean = runCli(['check', cleanSource, cleanTarget, '--frail'])
    expect(clean.status).toBe(0)
    expect(clean.stdout).toMatch(/no issues found/)
  })

  it('sets rule severities with --rule', () => {
    const [source, target] = fixture('check-omission-fires')
    expect(runCli(['check', source, target]).status).toBe(1)
    expect(runCli(['check', source, target, '--rule', 'omission=warning']).status).toBe(0)
    const off = runCli(['check', source, target, '--rule', 'omission=off', '--format', 'json'])
    expect(JSON.parse(off.stdout).findings).toEqual([])
  })

  it('reports usage and file problems with exit code 2 and one line', () => {
    const bad = runCli(['check', en, ja, '--rule', 'omission=loud'])
    expect(bad.status).toBe(2)
    expect(bad.stderr.split('\n')[0]).toBe('clause-align: --rule takes ID=off|info|warning|error, got `omission=loud`')
    expect(runCli(['check', en, ja, '--rule', 'spelling=error']).stderr).toContain('unknown rule `spelling`')
    const missing = runCli(['check', en, 'nope.md'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('clause-align: nope.md: no such file\n')
  })
})
