/**
 * Files not in UTF-8: UTF-16 by its byte order mark, Shift_JIS and EUC-JP when named, and the
 * error that guesses the encoding when nobody named it. The Shift_JIS and EUC-JP copies of the
 * corpus translation are made with the system's iconv (Node has no encoder for them).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ClauseAlignError, readDocument} from 'clause-align'
import {runCli} from './helpers/run-cli.js'
import {corpusDir} from './helpers/corpus.js'

const en = 'corpus/paris-2025/en.md'
const ja = path.join(corpusDir, 'ja.md')
const scratch = mkdtempSync(path.join(tmpdir(), 'clause-align-encoding-'))
const hasIconv = spawnSync('iconv', ['--version']).status === 0
const utf8 = readFileSync(ja, 'utf8')

function copy(name: string, bytes: Uint8Array): string {
  const file = path.join(scratch, name)
  writeFileSync(file, bytes)
  return file
}

const iconv = (to: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', to, ja])
const utf16le = () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')])
const utf16be = () => utf16le().swap16()

const json = (args: string[]) => {
  const result = runCli([...args, '--format', 'json'])
  expect(result.stderr).toBe('')
  return result.stdout
}

describe('encodings', () => {
  const expected = json(['check', en, ja])

  it('read UTF-16 with a byte order mark, LE and BE, without being told, with the same findings', () => {
    const le = copy('ja.utf16le.md', utf16le())
    const be = copy('ja.utf16be.md', utf16be())
    expect(readDocument(le)).toBe(utf8)
    expect(readDocument(be)).toBe(utf8)
    expect(json(['check', en, le])).toBe(expected)
    expect(json(['check', en, be])).toBe(expected)
  })

  it.skipIf(!hasIconv)('read Shift_JIS and EUC-JP when told, with the same findings and positions', () => {
    const sjis = copy('ja.sjis.md', iconv('SHIFT_JIS'))
    const euc = copy('ja.eucjp.md', iconv('EUC-JP'))
    expect(readDocument(sjis, {encoding: 'shift_jis'})).toBe(utf8)
    expect(readDocument(euc, {encoding: 'EUC-JP'})).toBe(utf8)
    expect(readDocument(sjis, {encoding: 'sjis'})).toBe(utf8)
    expect(json(['check', en, sjis, '--encoding', 'shift_jis'])).toBe(expected)
    expect(json(['check', en, euc, '--encoding', 'euc-jp'])).toBe(expected)
    const parsed = runCli(['parse', sjis, '--encoding', 'shift_jis']).stdout
    expect(parsed).toBe(runCli(['parse', ja]).stdout.replaceAll(JSON.stringify(ja).slice(1, -1), JSON.stringify(sjis).slice(1, -1)))
  })

  it.skipIf(!hasIconv)('name the file, the byte offset and the likely encoding when a file is not UTF-8', () => {
    const sjis = copy('guess.sjis.md', iconv('SHIFT_JIS'))
    const euc = copy('guess.eucjp.md', iconv('EUC-JP'))
    const offset = Buffer.from(utf8).findIndex((byte) => byte >= 0x80)
    const result = runCli(['check', en, sjis])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(`clause-align: ${sjis}: invalid UTF-8 at byte offset ${offset}; it looks like Shift_JIS (try --encoding shift_jis)\n`)
    // EUC-JP bytes can pass for UTF-8 a little longer, so the offset is later than Shift_JIS's.
    expect(() => readDocument(euc)).toThrow(/guess\.eucjp\.md: invalid UTF-8 at byte offset \d+; it looks like EUC-JP \(try --encoding euc-jp\)$/)
  })

  it.skipIf(!hasIconv)('refuse a file in another encoding than the one named, with the byte offset', () => {
    const euc = copy('wrong.eucjp.md', iconv('EUC-JP'))
    let error: unknown
    try {
      readDocument(euc, {encoding: 'shift_jis'})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ClauseAlignError)
    expect((error as ClauseAlignError).code).toBe('not-utf8')
    expect((error as Error).message).toMatch(new RegExp(`^${euc.replace(/[.\\]/g, '\\$&')}: invalid shift_jis at byte offset \\d+$`))
    // The offset is where decoding first fails: everything before it decodes.
    const offset = Number(/(\d+)$/.exec((error as Error).message)![1])
    const bytes = readFileSync(euc)
    expect(() => new TextDecoder('shift_jis', {fatal: true}).decode(bytes.subarray(0, offset), {stream: true})).not.toThrow()
    expect(() => new TextDecoder('shift_jis', {fatal: true}).decode(bytes.subarray(0, offset + 2), {stream: true})).toThrow()
  })

  it('give no guess for Latin-1, and refuse an unknown encoding name', () => {
    const latin1 = copy('latin1.md', Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e\n', 'latin1'))
    expect(runCli(['parse', latin1]).stderr).toBe(`clause-align: ${latin1}: invalid UTF-8 at byte offset 3\n`)
    const unknown = runCli(['parse', latin1, '--encoding', 'klingon'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/unknown encoding `klingon`, expected one of utf-8, utf-16le, utf-16be, shift_jis, euc-jp/)
  })

  it('keep a UTF-8 file as it was when told utf-8, and refuse NUL characters in UTF-16', () => {
    expect(readDocument(ja, {encoding: 'utf-8'})).toBe(utf8)
    const nul = copy('nul.utf16.md', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]))
    expect(() => readDocument(nul)).toThrow(/binary data \(NUL character at offset 1\), expected utf-16le text/)
  })
})
