/**
 * The hand-made gold files (sentence alignments and defect lists located by character offsets)
 * stay consistent with the corpus texts: every span slices to its text, spans are in order, every
 * entry is complete. The checker is `test/gold/verify-gold.mjs`, also runnable by hand.
 */
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const gold = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'gold')
const files = readdirSync(gold).filter((name) => /\.(?:alignment|defects)\.json$/.test(name))

describe('hand-made gold', () => {
  it('covers every real pair in corpus/ with an alignment and a defects list', () => {
    const corpora = readdirSync(path.join(gold, '..', '..', 'corpus'), {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    for (const name of corpora) expect(files).toEqual(expect.arrayContaining([`${name}.alignment.json`, `${name}.defects.json`]))
  })

  it.each(files)('%s matches the corpus text', (file) => {
    const result = spawnSync(process.execPath, [path.join(gold, 'verify-gold.mjs'), path.join(gold, file)], {encoding: 'utf8'})
    expect(result.stdout + result.stderr).toMatch(/: ok\n/)
    expect(result.status).toBe(0)
  })
})
