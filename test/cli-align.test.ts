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
})
