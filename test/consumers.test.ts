/**
 * Real consumers read our files: translate-toolkit (Debian package, installed by .ci/run) reads
 * the TMX with its TMX store (translate-toolkit 3.8 in Debian has no tmx2po; the store is what
 * its converters use) and converts the XLIFF 1.2 with xliff2po (it has no XLIFF 2 reader).
 * Skipped, saying so, only where the package is not installed.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {align, check, parse, parseGlossary, rowsOf, toTmx, toXliff} from 'clause-align'
import {corpusFile} from './helpers/corpus.js'

const python = '/usr/bin/python3'
const hasToolkit = spawnSync(python, ['-c', 'import translate.storage.tmx, translate.storage.po'], {encoding: 'utf8'}).status === 0 && spawnSync('xliff2po', ['--version'], {encoding: 'utf8'}).status === 0
if (!hasToolkit) console.warn('translate-toolkit is not installed (Debian package translate-toolkit): skipping the consumer tests')

const glossary = parseGlossary(corpusFile('glossary.tsv'))
const alignment = align(parse(corpusFile('en.md'), {lang: 'en'}), parse(corpusFile('ja.md'), {lang: 'ja'}), {glossary, sourcePath: 'en.md', targetPath: 'ja.md'})
const rows = rowsOf(alignment)
const scratch = mkdtempSync(path.join(tmpdir(), 'clause-align-consumers-'))
const text = (units: Array<{text: string}>, lang: string) => units.map((unit) => unit.text).join(lang === 'ja' ? '' : ' ')

/** Units of a translate-toolkit store as [source, target] pairs, in order. */
function readStore(kind: 'tmx' | 'po', file: string): Array<[string, string]> {
  const script = `
import json, sys
from translate.storage import ${kind}
store = ${kind}.${kind === 'tmx' ? 'tmxfile' : 'pofile'}.parsefile(sys.argv[1])
print(json.dumps([[str(u.source or ''), str(u.target or '')] for u in store.units if not u.isheader()], ensure_ascii=False))
`
  return JSON.parse(execFileSync(python, ['-c', script, file], {encoding: 'utf8'}))
}

describe.skipIf(!hasToolkit)('translate-toolkit reads our files', () => {
  it('reads our TMX with the same texts', () => {
    const file = path.join(scratch, 'corpus.tmx')
    writeFileSync(file, toTmx(alignment))
    const units = readStore('tmx', file)
    const linked = rows.filter((row) => row.source.length > 0 && row.target.length > 0)
    expect(units).toEqual(linked.map((row) => [text(row.source, 'en'), text(row.target, 'ja')]))
  })

  it('converts our XLIFF 1.2 with xliff2po, with the same texts', () => {
    const file = path.join(scratch, 'corpus.xlf')
    const po = path.join(scratch, 'corpus.po')
    writeFileSync(file, toXliff(alignment, {version: '1.2', findings: check(alignment, {glossary})}))
    const result = spawnSync('xliff2po', ['-i', file, '-o', po], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stderr).not.toMatch(/error|traceback/i)
    const units = readStore('po', po)
    expect(units).toEqual(rows.map((row) => [text(row.source, 'en'), text(row.target, 'ja')]))
  })
})
