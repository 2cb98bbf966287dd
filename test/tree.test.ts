/**
 * The acceptance test of tree mode and stale translations: a small documentation tree in a git
 * repository, where the English of one page changes after its translation was made.
 */
import {describe, expect, it} from 'vitest'
import {git, makeTree, runIn, writeFiles} from './helpers/doc-tree.js'

const pages = {
  // An added sentence in the translation: one `addition` warning.
  'docs/en/guide/intro.md': 'The Council adopted the regulation on 21 May 2024. It enters into force 20 days after publication.\n',
  'docs/ja/guide/intro.md': '理事会は2024年5月21日に規則を採択した。なお、この規則は欧州で初めての包括的な規制として大きな注目を集めている。規則は公布の20日後に発効する。\n',
  // A faithful translation, whose source changes in the second commit.
  'docs/en/meeting.md': '# Meeting\n\nThe committee met on 4 March 2024 in Paris with 12 members. The next meeting is in April 2024.\n',
  'docs/ja/meeting.md': '# 会合\n\n委員会は2024年3月4日にパリで12名の委員と会合を開いた。次回の会合は2024年4月である。\n',
  'docs/en/only-english.md': 'A page nobody has translated yet, published on 1 June 2024.\n',
  'docs/ja/only-japanese.md': 'ソースのないページ。2024年6月1日公開。\n'
}

function repository(): string {
  const dir = makeTree(pages)
  git(dir, ['init', '-q'])
  git(dir, ['add', '.'])
  git(dir, ['commit', '-q', '-m', 'English and Japanese'])
  writeFiles(dir, {'docs/en/meeting.md': '# Meeting\n\nThe committee met on 4 March 2024 in Paris with 12 members. The next meeting is in May 2024.\n'})
  git(dir, ['commit', '-q', '-am', 'Move the next meeting'])
  return dir
}

describe('tree mode and stale translations', () => {
  const dir = repository()

  it('checks every pair, reports the missing and the orphan translation, exit 1 on an error', () => {
    const result = runIn(dir, ['check', 'docs/en', 'docs/ja', '--format', 'json'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(Object.keys(report)).toEqual(['version', 'pairs', 'missing', 'orphans'])
    expect(report.missing).toEqual([{source: 'docs/en/only-english.md', target: 'docs/ja/only-english.md'}])
    expect(report.orphans).toEqual([{source: 'docs/en/only-japanese.md', target: 'docs/ja/only-japanese.md'}])
    expect(report.pairs.map((pair: {source: string; target: string}) => [pair.source, pair.target])).toEqual([
      ['docs/en/guide/intro.md', 'docs/ja/guide/intro.md'],
      ['docs/en/meeting.md', 'docs/ja/meeting.md']
    ])
    // Each pair's findings are exactly what the single-pair check reports.
    for (const pair of report.pairs) {
      const single = JSON.parse(runIn(dir, ['check', pair.source, pair.target, '--format', 'json']).stdout)
      expect(pair.findings).toEqual(single.findings)
    }
    const [intro, meeting] = report.pairs
    expect(intro.findings.filter((finding: {severity: string}) => finding.severity !== 'info').map((finding: {ruleId: string; target: Array<{id: string}>}) => [finding.ruleId, finding.target.map((unit) => unit.id)])).toEqual([['addition', ['p1.s2']]])
    // The source now says May; the translation still April.
    expect(meeting.findings.map((finding: {ruleId: string; severity: string}) => `${finding.ruleId}:${finding.severity}`)).toEqual(['number-mismatch:error'])
    // Warnings and a missing page alone fail only with --frail.
    expect(runIn(dir, ['check', 'docs/en', 'docs/ja', '--rule', 'number-mismatch=off']).status).toBe(0)
    expect(runIn(dir, ['check', 'docs/en', 'docs/ja', '--rule', 'number-mismatch=off', '--rule', 'addition=off', '--frail']).status).toBe(1)
  })

  it('prints one text report for the tree, grouped by file', () => {
    const result = runIn(dir, ['check', 'docs/en', 'docs/ja'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^docs\/en\/only-english\.md\n +warning +Unexpected page without translation, expected `docs\/ja\/only-english\.md` +missing-translation +clause-align$/m)
    expect(result.stdout).toMatch(/^docs\/ja\/only-japanese\.md\n +warning +Unexpected translation without a source page, expected `docs\/en\/only-japanese\.md` +orphan-translation/m)
    expect(result.stdout).toMatch(/^docs\/ja\/guide\/intro\.md\n1:\d+-1:\d+ +warning +Unexpected sentence with no source/m)
    expect(result.stdout).toMatch(/^docs\/ja\/meeting\.md\n3:\d+-3:\d+ +error +Unexpected/m)
    expect(result.stdout).toMatch(/\n2 pairs checked, 1 without translation, 1 without source\n$/)
  })

  it('lists the stale page with exactly the changed source units and the translation units to review', () => {
    const result = runIn(dir, ['stale', 'docs/en', 'docs/ja', '--format', 'json'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout)
    const head = git(dir, ['rev-parse', 'HEAD~1']).trim()
    expect(report.pages.map((page: {target: string; status: string}) => [page.target, page.status])).toEqual([
      ['docs/ja/guide/intro.md', 'current'],
      ['docs/ja/meeting.md', 'stale']
    ])
    const meeting = report.pages[1]
    expect(meeting.commit).toBe(head)
    expect(meeting.revisions).toEqual([
      {
        type: 'changed',
        old: [{id: 'p2.s2', text: 'The next meeting is in April 2024.', line: 3}],
        new: [{id: 'p2.s2', text: 'The next meeting is in May 2024.', line: 3}],
        review: [{id: 'p2.s2', text: '次回の会合は2024年4月である。', line: 3}]
      }
    ])
    const text = runIn(dir, ['stale', 'docs/en', 'docs/ja']).stdout
    expect(text).toContain('docs/ja/meeting.md: stale: docs/en/meeting.md changed since ' + head.slice(0, 7))
    expect(text).toContain('    review docs/ja/meeting.md:3 p2.s2 “次回の会合は2024年4月である。”')
    expect(text).toMatch(/2 pages: 1 stale, 1 current, 0 unknown\n$/)
  })

  it('says where history is missing: an untracked translation, a shallow clone, no repository', () => {
    const dirty = repository()
    writeFiles(dirty, {'docs/en/new.md': 'A new page on 2 July 2024.\n', 'docs/ja/new.md': '新しいページ。2024年7月2日。\n'})
    const untracked = JSON.parse(runIn(dirty, ['stale', 'docs/en', 'docs/ja', '--format', 'json']).stdout)
    expect(untracked.pages.find((page: {target: string}) => page.target === 'docs/ja/new.md')).toMatchObject({
      status: 'unknown',
      message: 'docs/ja/new.md is not committed, so there is no source it was made from'
    })
    const shallow = makeTree({})
    git(shallow, ['clone', '-q', '--depth', '1', `file://${dir}`, 'clone'])
    const result = runIn(`${shallow}/clone`, ['stale', 'docs/en', 'docs/ja'])
    expect(result.status).toBe(2)
    expect(result.stdout).toMatch(/^docs\/ja\/meeting\.md: cannot tell: the history of docs\/ja\/meeting\.md is cut at [0-9a-f]{7} \(a shallow clone\): fetch more history \(git fetch --unshallow\)$/m)
    const outside = makeTree(pages)
    const none = runIn(outside, ['stale', 'docs/en', 'docs/ja', '--format', 'json'])
    expect(none.status).toBe(2)
    expect(JSON.parse(none.stdout).pages[0]).toMatchObject({status: 'unknown', message: 'docs/ja/guide/intro.md is not in a git repository'})
  })

  it('pairs by the patterns of clause-align.config.json, found from the working directory', () => {
    const docusaurus = makeTree({
      'clause-align.config.json': JSON.stringify({pairs: [{source: 'docs/{path}.md', target: 'i18n/ja/docusaurus-plugin-content-docs/current/{path}.md'}]}),
      'docs/guide/intro.md': pages['docs/en/guide/intro.md'],
      'i18n/ja/docusaurus-plugin-content-docs/current/guide/intro.md': pages['docs/ja/guide/intro.md'],
      'docs/only-english.md': pages['docs/en/only-english.md']
    })
    const report = JSON.parse(runIn(`${docusaurus}/docs`, ['check', '--format', 'json']).stdout)
    expect(report.pairs.map((pair: {source: string; target: string}) => [pair.source, pair.target])).toEqual([
      ['../docs/guide/intro.md', '../i18n/ja/docusaurus-plugin-content-docs/current/guide/intro.md']
    ])
    expect(report.missing).toEqual([{source: '../docs/only-english.md', target: '../i18n/ja/docusaurus-plugin-content-docs/current/only-english.md'}])
    const usage = runIn(makeTree({}), ['check'])
    expect(usage.status).toBe(2)
    expect(usage.stderr).toMatch(/check takes SOURCE_DIR and TARGET_DIR, or no arguments and `pairs` in clause-align.config.json/)
  })
})
