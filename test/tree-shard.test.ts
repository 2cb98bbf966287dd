/**
 * Tree mode at scale's properties: output byte-identical whatever the number of workers, shards
 * that cover every page exactly once and stay put when other pages come and go, and merged shard
 * reports equal to the whole tree's report.
 */
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/corpus.js'
import {makeTree, runIn, writeFiles} from './helpers/doc-tree.js'
import {batchFlagsToSet, batchV8Flags} from '../src/cli/batch-tuning.js'

const fixtures = path.join(root, 'test', 'fixtures')

/** Every fixture pair as a page, in two folders, plus a page without translation and one without source. */
function fixtureTree(): string {
  const files: Record<string, string> = {}
  for (const name of readdirSync(fixtures)) {
    files[`en/${name}.md`] = readFileSync(path.join(fixtures, name, 'en.md'), 'utf8')
    files[`ja/${name}.md`] = readFileSync(path.join(fixtures, name, 'ja.md'), 'utf8')
  }
  files['en/untranslated/page.md'] = 'Nobody translated this page of 3 sentences. It has a second one. And a third.\n'
  files['ja/orphan.md'] = '原文のないページ。\n'
  return makeTree(files)
}

type Report = {pairs: Array<{source: string}>; missing: Array<{source: string}>; orphans: Array<{target: string}>; shard?: string}

describe('tree mode: jobs, shards and merge', () => {
  const dir = fixtureTree()
  const whole = runIn(dir, ['check', 'en', 'ja', '--format', 'json', '--jobs', '1'])
  const report = JSON.parse(whole.stdout) as Report

  it('gives byte-identical output with 1 and 3 workers, and between runs', () => {
    expect(report.pairs.length).toBe(readdirSync(fixtures).length)
    expect(runIn(dir, ['check', 'en', 'ja', '--format', 'json', '--jobs', '3']).stdout).toBe(whole.stdout)
    const text = runIn(dir, ['check', 'en', 'ja', '--jobs', '1']).stdout
    expect(runIn(dir, ['check', 'en', 'ja', '--jobs', '2']).stdout).toBe(text)
    expect(runIn(dir, ['check', 'en', 'ja', '--jobs', '2']).stdout).toBe(text)
  })

  it('splits the tree into shards that cover every page once and merge to the whole report', () => {
    const shards = [1, 2, 3].map((index) => {
      const result = runIn(dir, ['check', 'en', 'ja', '--format', 'json', '--shard', `${index}/3`])
      const file = path.join(dir, `shard-${index}.json`)
      writeFileSync(file, result.stdout)
      return {file, report: JSON.parse(result.stdout) as Report}
    })
    const sources = shards.flatMap((shard) => shard.report.pairs.map((pair) => pair.source))
    expect(sources.sort()).toEqual(report.pairs.map((pair) => pair.source).sort())
    expect(new Set(sources).size).toBe(sources.length)
    // Each shard has some of the pages, not all of them in one.
    for (const shard of shards) expect(shard.report.pairs.length).toBeGreaterThan(0)
    expect(shards.map((shard) => shard.report.shard)).toEqual(['1/3', '2/3', '3/3'])
    const merged = runIn(dir, ['merge-reports', ...shards.map((shard) => shard.file).reverse()])
    expect(merged.stderr).toBe('')
    expect(merged.stdout).toBe(whole.stdout)
    expect(merged.status).toBe(whole.status)
    const incomplete = runIn(dir, ['merge-reports', shards[0]!.file, shards[2]!.file])
    expect(incomplete.status).toBe(2)
    expect(incomplete.stderr).toBe('clause-align: shard 2/3 missing\n')
  })

  it('keeps every page in its shard when other pages are added', () => {
    const before = JSON.parse(runIn(dir, ['check', 'en', 'ja', '--format', 'json', '--shard', '2/3']).stdout) as Report
    const grown = fixtureTree()
    writeFiles(grown, {'en/aaa-new.md': 'A new page.\n', 'ja/aaa-new.md': '新しいページ。\n', 'en/zzz-new.md': 'Another page.\n', 'ja/zzz-new.md': '別のページ。\n'})
    const after = JSON.parse(runIn(grown, ['check', 'en', 'ja', '--format', 'json', '--shard', '2/3']).stdout) as Report
    const old = (shard: Report) => shard.pairs.map((pair) => pair.source).filter((source) => !source.includes('-new'))
    expect(old(after)).toEqual(old(before))
  })

  it('refuses bad --jobs and --shard values', () => {
    expect(runIn(dir, ['check', 'en', 'ja', '--jobs', '0']).stderr).toMatch(/--jobs must be a positive whole number, got `0`/)
    expect(runIn(dir, ['check', 'en', 'ja', '--shard', '4/3']).stderr).toMatch(/--shard takes i\/n with 1 ≤ i ≤ n, got `4\/3`/)
  })
})

describe('tree mode: V8 settings for the workers', () => {
  it('sets its flags, except any the user gave node (either spelling, with a value)', () => {
    expect(batchFlagsToSet([])).toEqual([...batchV8Flags])
    expect(batchFlagsToSet(['--interrupt_budget=100000', '--max-old-space-size=4096'])).toEqual(['--max-inlined-bytecode-size-cumulative=200', '--max-optimized-bytecode-size=2000'])
    expect(batchFlagsToSet(['--max-inlined-bytecode-size-cumulative=920', '--interrupt-budget=67584', '--max_optimized_bytecode_size=61440'])).toEqual([])
  })
})
