import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/run-cli.js'

const en = 'corpus/paris-2025/en.md'
const ja = 'corpus/paris-2025/ja.md'

describe('clause-align align', () => {
  it('prints the version-1 JSON shape with sentence beads in document order', () => {
    const result = runCli(['align', en, ja, '--glossary', 'corpus/paris-2025/glossary.tsv', '--format', 'json'])
    expect(result.status).toBe(0)
    const output = JSON.parse(result.stdout)
    expect(Object.keys(output)).toEqual(['version', 'source', 'target', 'paragraphs', 'beads'])
    expect(output.version).toBe(1)
    expect(output.source).toEqual({path: en, lang: 'en'})
    expect(output.target).toEqual({path: ja, lang: 'ja'})
    expect(Object.keys(output.paragraphs[0]).sort()).toEqual(['score', 'source', 'target', 'type'])
    const bead = output.beads.find((item: {source: Array<{id: string}>}) => item.source[0]?.id === 'p3.s1')
    expect(bead.source[0].text).toMatch(/^Participants from over 100 countries/)
    expect(bead.target[0]).toEqual({id: 'p4.s1', text: expect.stringMatching(/^2025年2月10日および11日/)})
    expect(typeof bead.score).toBe('number')
    const sourceIds = output.beads.flatMap((item: {source: Array<{id: string}>}) => item.source.map((unit) => unit.id))
    expect(sourceIds[0]).toBe('p1.s1')
    expect(new Set(sourceIds).size).toBe(sourceIds.length)
  })

  it('prints a readable text view', () => {
    const result = runCli(['align', en, ja, '--format', 'text'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('[1-2]')
    expect(result.stdout).toMatch(/\d+ beads: /)
  })

  it('reports a missing file and a bad glossary with exit code 2', () => {
    expect(runCli(['align', en, 'missing.md']).stderr).toBe('clause-align: missing.md: no such file\n')
    const bad = runCli(['align', en, ja, '--glossary', en])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/en\.md: glossary line 3: expected/)
    expect(runCli(['align', en]).status).toBe(2)
  })

  it('writes parallel text in every format, to a file with -o', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clause-align-formats-'))
    for (const format of ['md', 'html', 'tsv', 'tmx', 'xliff', 'xliff12', 'jsonl']) {
      const file = path.join(dir, `out.${format}`)
      const result = runCli(['align', en, ja, '--format', format, '-o', file])
      expect(result.status).toBe(0)
      expect(result.stdout).toBe('')
      expect(readFileSync(file, 'utf8').length).toBeGreaterThan(1000)
    }
    expect(readFileSync(path.join(dir, 'out.html'), 'utf8')).toMatch(/^<!doctype html>/)
    expect(readFileSync(path.join(dir, 'out.xliff12'), 'utf8')).toContain('<xliff version="1.2"')
    const clauses = runCli(['align', en, ja, '--format', 'jsonl', '--level', 'clause'])
    const paragraphs = runCli(['align', en, ja, '--format', 'jsonl', '--level', 'paragraph'])
    expect(clauses.stdout.trimEnd().split('\n').length).toBeGreaterThan(paragraphs.stdout.trimEnd().split('\n').length)
    expect(paragraphs.stdout.trimEnd().split('\n')).toHaveLength(10)
  })

  it('rejects a bad --level and an unwritable -o', () => {
    expect(runCli(['align', en, ja, '--format', 'tsv', '--level', 'word']).stderr).toContain('--level must be one of paragraph, sentence, clause')
    expect(runCli(['align', en, ja, '--level', 'clause']).stderr).toContain('--level goes with md, html, tsv, tmx, xliff or jsonl')
    const unwritable = runCli(['align', en, ja, '--format', 'tsv', '-o', 'no/such/dir/out.tsv'])
    expect(unwritable.status).toBe(2)
    expect(unwritable.stderr).toBe('clause-align: no/such/dir/out.tsv: cannot write file (ENOENT)\n')
  })
})
