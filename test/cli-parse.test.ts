import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/run-cli.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'clause-align-cli-'))

describe('clause-align parse', () => {
  it('prints the plain JSON tree, language guessed from the script', () => {
    const result = runCli(['parse', 'corpus/paris-2025/ja.md'])
    expect(result.status).toBe(0)
    const tree = JSON.parse(result.stdout)
    expect(tree.type).toBe('RootNode')
    expect(tree.lang).toBe('ja')
    expect(tree.children).toHaveLength(9)
  })

  it('prints an outline with ids, types and texts', () => {
    const result = runCli(['parse', 'corpus/paris-2025/en.md', '--lang', 'en', '--format', 'text'])
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toMatch(/^root RootNode \(lang=en, 1:1-/)
    expect(lines).toContain('  p2 ParagraphNode (paragraph, 3:1-3:117)')
    expect(lines).toContain('    p2.lab LabelNode (3:1-3:6) "Note:"')
  })

  it('reports file problems in one line with exit code 2', () => {
    const missing = runCli(['parse', 'no/such/file.md'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('clause-align: no/such/file.md: no such file\n')
    const directory = runCli(['parse', 'corpus'])
    expect(directory.status).toBe(2)
    expect(directory.stderr).toContain('corpus: is a directory')
    const binary = path.join(scratch, 'binary.md')
    writeFileSync(binary, Buffer.from([0x61, 0x00, 0x62]))
    expect(runCli(['parse', binary]).stderr).toContain('binary data (NUL byte at byte offset 1)')
    const latin1 = path.join(scratch, 'latin1.md')
    writeFileSync(latin1, Buffer.from('caf\xe9 ok', 'latin1'))
    const bad = runCli(['parse', latin1])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toBe(`clause-align: ${latin1}: invalid UTF-8 at byte offset 3\n`)
    for (const output of [missing.stderr, bad.stderr]) expect(output).not.toMatch(/\n\s+at /)
  })

  it('reports usage problems with exit code 2', () => {
    expect(runCli(['parse']).status).toBe(2)
    expect(runCli(['frobnicate']).stderr).toContain('unknown command `frobnicate`')
    expect(runCli(['parse', 'corpus/paris-2025/en.md', '--format', 'xml']).stderr).toContain('--format must be one of json, text')
    expect(runCli(['parse', 'corpus/paris-2025/en.md', '--lang', 'fr']).stderr).toContain('--lang must be `en` or `ja`')
    expect(runCli(['--nope']).status).toBe(2)
  })

  it('shows a stack only with --debug', () => {
    const result = runCli(['parse', 'missing.md', '--debug'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/\n\s+at /)
  })

  it('enforces --max-bytes', () => {
    const result = runCli(['parse', 'corpus/paris-2025/en.md', '--max-bytes', '100'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/over the limit of 100 bytes/)
  })
})
