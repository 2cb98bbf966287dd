/**
 * The CLI never loses a file and never crashes on its output streams: `-o` refuses an input and
 * is written atomically, every command takes `-o`, options a command ignores are errors, a
 * closed pipe stops quietly and a full disk is one line with exit code 2.
 */
import {spawn, spawnSync} from 'node:child_process'
import {closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'clause-align'
import {cli, root} from './helpers/corpus.js'
import {runCli} from './helpers/run-cli.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'clause-align-files-'))
const file = (name: string, content: string) => {
  const target = path.join(scratch, name)
  writeFileSync(target, content)
  return target
}
const en = file('en.md', readFileSync(path.join(root, 'corpus/paris-2025/en.md'), 'utf8'))
const ja = file('ja.md', readFileSync(path.join(root, 'corpus/paris-2025/ja.md'), 'utf8'))
const glossary = file('glossary.tsv', readFileSync(path.join(root, 'corpus/paris-2025/glossary.tsv'), 'utf8'))
const originals = () => [en, ja, glossary].map((input) => readFileSync(input, 'utf8'))

describe('-o never destroys an input', () => {
  it('refuses an output path that is the source, target or glossary, also through a symlink or another spelling', () => {
    const before = originals()
    const link = path.join(scratch, 'link-to-ja.md')
    symlinkSync(ja, link)
    const cases = [
      ['align', en, ja, '-o', ja],
      ['align', en, ja, '--format', 'tsv', '-o', en],
      ['align', en, ja, '--glossary', glossary, '-o', glossary],
      ['align', en, ja, '-o', link],
      ['align', en, ja, '-o', path.join(scratch, '.', 'sub', '..', 'ja.md').replace('sub', 'x')],
      ['check', en, ja, '-o', ja],
      ['parse', en, '-o', en]
    ]
    mkdirSync(path.join(scratch, 'x'), {recursive: true})
    for (const args of cases) {
      const result = runCli(args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^clause-align: -o .* is the (source|target|glossary|input) file .*; refusing to overwrite an input\n$/)
    }
    expect(originals()).toEqual(before)
  })

  it('replaces the target by renaming a complete temporary file, never writing into it', () => {
    const output = file('out.tsv', 'old content\n')
    const other = path.join(scratch, 'hard-link-to-out.tsv')
    linkSync(output, other)
    const result = runCli(['align', en, ja, '--format', 'tsv', '-o', output])
    expect(result.status).toBe(0)
    expect(readFileSync(output, 'utf8')).toBe(runCli(['align', en, ja, '--format', 'tsv']).stdout)
    // Written in place, the other name of the old file would show the new text too.
    expect(readFileSync(other, 'utf8')).toBe('old content\n')
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('leaves no temporary file behind when the rename fails', () => {
    const directory = path.join(scratch, 'a-directory')
    mkdirSync(directory)
    const result = runCli(['align', en, ja, '--format', 'tsv', '-o', directory])
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(readdirSync(directory)).toEqual([])
  })

  it('writes -o for parse and check too, the same text as stdout', () => {
    for (const args of [['parse', en], ['parse', ja, '--format', 'text'], ['check', en, ja, '--format', 'json'], ['check', en, ja]]) {
      const output = path.join(scratch, `out-${args.join('-').replace(/[^\w-]/g, '_')}`)
      const written = runCli([...args, '-o', output])
      expect(written.stdout).toBe('')
      expect(existsSync(output), args.join(' ')).toBe(true)
      const printed = runCli(args)
      expect(written.status).toBe(printed.status)
      expect(readFileSync(output, 'utf8')).toBe(printed.stdout)
    }
  })
})

describe('options', () => {
  it('rejects an option the command does not take, with exit code 2', () => {
    for (const args of [
      ['parse', en, '--glossary', 'missing.tsv'],
      ['parse', en, '--rule', 'omission=off'],
      ['check', en, ja, '--level', 'clause'],
      ['check', en, ja, '--tsv-raw'],
      ['align', en, ja, '--frail'],
      ['align', en, ja, '--lang', 'en']
    ]) {
      const result = runCli(args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^clause-align: \w+ does not take --[\w-]+\n/)
    }
  })

  it('--max-bytes above the default raises the length limit of parsing too', () => {
    // Over the 16 Mi characters that parse() took by default before; an HTML comment parses fast.
    const big = file('big.md', `<!--${'x'.repeat(17 * 1024 * 1024)}-->\n`)
    const result = runCli(['parse', big, '--format', 'text', '--max-bytes', String(20 * 1024 * 1024)])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('positions agree between the CLI and parse() of the file as read, byte order mark included', () => {
    const bom = file('bom.md', '\uFEFFThe summit met. It agreed.\n')
    const printed = JSON.parse(runCli(['parse', bom]).stdout)
    const tree = parse(readFileSync(bom, 'utf8'), {lang: 'en'})
    expect(printed.children[0].position).toEqual(tree.children[0]!.position)
    expect(printed.children[0].position.start.offset).toBe(1)
  })
})

describe('stdout errors', () => {
  it('stops quietly when the reader closes the pipe early (EPIPE), exit 0', async () => {
    const big = file('many.md', Array.from({length: 5000}, (_, k) => `Paragraph ${k} is here.`).join('\n\n'))
    const child = spawn(process.execPath, [cli, 'parse', big], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })

  it('reports a full disk (ENOSPC) in one line with exit code 2', () => {
    if (!existsSync('/dev/full')) return void console.warn('skipped: no /dev/full on this system')
    const full = openSync('/dev/full', 'w')
    try {
      const result = spawnSync(process.execPath, [cli, 'check', en, ja], {cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8'})
      expect(result.stderr).toBe('clause-align: cannot write to stdout (ENOSPC)\n')
      expect(result.status).toBe(2)
    } finally {
      closeSync(full)
    }
  })
})
