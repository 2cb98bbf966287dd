import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ClauseAlignError, parse} from 'clause-align'
import {runCli} from './helpers/run-cli.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'clause-align-reliability-'))
const file = (name: string, content: string | Buffer) => {
  const target = path.join(scratch, name)
  writeFileSync(target, content)
  return target
}
const en = 'corpus/paris-2025/en.md'
const ja = 'corpus/paris-2025/ja.md'

describe('input guards', () => {
  it('handle empty and whitespace-only documents', () => {
    const empty = file('empty.md', '')
    const blank = file('blank.md', '  \n\n\t\n')
    const result = runCli(['check', en, empty, '--format', 'json'])
    expect(result.status).toBe(1)
    const findings = JSON.parse(result.stdout).findings
    expect(findings.every((finding: {ruleId: string}) => finding.ruleId === 'omission')).toBe(true)
    expect(runCli(['check', blank, empty]).stdout).toMatch(/no issues found/)
  })

  it('warn when a language option contradicts the text, and when both sides read the same', () => {
    const result = runCli(['align', en, ja, '--source-lang', 'ja', '--format', 'tsv'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('clause-align: warning: corpus/paris-2025/en.md reads as English, but --source-lang says ja\n')
    const same = runCli(['check', en, en])
    expect(same.stderr).toContain('both read as English; is the translation in the source language?')
    expect(runCli(['check', en, ja]).stderr).toBe('')
  })

  it('reject binary and non-UTF-8 input with the file name and byte offset', () => {
    const latin1 = file('latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    const result = runCli(['check', en, latin1])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(`clause-align: ${latin1}: invalid UTF-8 at byte offset 3\n`)
    const truncated = file('truncated.md', Buffer.from([0xe6, 0x97]))
    expect(runCli(['parse', truncated]).stderr).toContain('invalid UTF-8 at byte offset 0')
    const binary = file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    expect(runCli(['align', binary, ja]).stderr).toContain('binary data (NUL byte at byte offset 4)')
  })

  it('limit the size of documents, configurably', () => {
    expect(() => parse('x'.repeat(101), {maxLength: 100, path: 'big.md'})).toThrow(ClauseAlignError)
    expect(() => parse('x'.repeat(101), {maxLength: 100, path: 'big.md'})).toThrow('big.md: document is 101 characters, over the limit of 100 (option maxLength)')
    expect(parse('x'.repeat(100), {maxLength: 100}).children).toHaveLength(1)
    const result = runCli(['check', en, ja, '--max-bytes', '1000'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^clause-align: corpus\/paris-2025\/en\.md: file is \d+ bytes, over the limit of 1000 bytes\n$/)
  })

  it('report directories and missing paths with exit code 2, a stack only with --debug', () => {
    for (const args of [['check', 'corpus', ja], ['check', en, 'missing.md'], ['align', en, 'corpus/paris-2025']]) {
      const result = runCli(args)
      expect(result.status).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    }
    expect(runCli(['check', en, 'missing.md', '--debug']).stderr).toMatch(/\n\s+at /)
  })
})
