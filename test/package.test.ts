/**
 * The package as a consumer gets it: `npm pack`ed, unpacked into a project's `node_modules`, and
 * used from a strict TypeScript project (`strict`, `exactOptionalPropertyTypes`,
 * `noUncheckedIndexedAccess`) with no casts. The README's TypeScript and JavaScript code blocks
 * are compiled there and run, so that the README cannot drift from the API.
 *
 * The consumer project lives under this repository's `node_modules/.cache`, so that the package's
 * own dependencies resolve from the repository's `node_modules` (no registry needed), while
 * `clause-align` resolves to the unpacked tarball, not to the working tree.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')

/** Code blocks of a Markdown text in the given languages, with the line each starts on. */
export function codeBlocks(markdown: string, langs: readonly string[]): Array<{lang: string; line: number; code: string}> {
  const blocks: Array<{lang: string; line: number; code: string}> = []
  const fence = /^```(\w+)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm
  for (const match of markdown.matchAll(fence)) {
    const lang = match[1] ?? ''
    if (!langs.includes(lang)) continue
    blocks.push({lang, line: markdown.slice(0, match.index).split('\n').length, code: match[2] ?? ''})
  }
  return blocks
}

/** A program that uses most of the API with its types, as a consumer would. */
const consumer = `
import {readFileSync} from 'node:fs'
import {
  align, beadsInOrder, beadsOf, check, counterpartsOf, findingsToJson, getNode, parse, parseGlossary,
  rowsOf, ruleIds, severityOf, textOf, toXliff,
  type Alignment, type BeadType, type FindingMessage, type FindingSeverity, type RootNode, type RuleId, type SentenceBead
} from 'clause-align'
import type {VFileMessage} from 'vfile-message'

const en: RootNode = parse(readFileSync('corpus/paris-2025/en.md', 'utf8'), {lang: 'en'})
const ja: RootNode = parse(readFileSync('corpus/paris-2025/ja.md', 'utf8'), {lang: 'ja'})
const alignment: Alignment = align(en, ja, {glossary: parseGlossary(readFileSync('corpus/paris-2025/glossary.tsv', 'utf8'))})
const first: SentenceBead | undefined = alignment.beads[0]
const shape: BeadType | undefined = first?.type
const link = first ? alignment.paragraphs[first.paragraphLink] : undefined
const messages: FindingMessage[] = check(alignment, {rules: {'low-confidence': 'off'}})
const rule: RuleId | undefined = messages[0]?.ruleId
const severity: FindingSeverity | undefined = messages[0]?.severity
// A FindingMessage is a VFileMessage; vfile-message's own type is left as it was (no augmentation).
const plain: VFileMessage | undefined = messages[0]
const sameSeverity = plain ? severityOf(plain) === severity : true
const node = getNode(ja, 'p4.s1')
const text = node ? textOf(node) : ''
const counterparts: string[] = counterpartsOf(alignment, 'source', 'p3.s1')
const beads: SentenceBead[] = beadsOf(alignment, 'target', 'p4')
const order = [...beadsInOrder(alignment, {side: 'target', includeUnaligned: false})].length
const json = findingsToJson(alignment, messages).findings.length
const xliff = toXliff(alignment, {level: 'clause', findings: messages}).length
console.log(JSON.stringify({shape, link: link?.type, rule, severity, sameSeverity, text, counterparts, beads: beads.length, order, json, xliff, rows: rowsOf(alignment).length, rules: ruleIds.length}))
`

let project = ''
let tarball = ''

beforeAll(() => {
  const cache = path.join(root, 'node_modules', '.cache')
  mkdirSync(cache, {recursive: true})
  project = mkdtempSync(path.join(cache, 'consumer-'))
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], {cwd: root, encoding: 'utf8'})) as Array<{filename: string}>
  tarball = path.join(project, packed[0]!.filename)
  const installed = path.join(project, 'node_modules', 'clause-align')
  mkdirSync(installed, {recursive: true})
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'])
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [path.join(root, 'node_modules', '@types')],
        outDir: 'out',
        rootDir: 'src'
      },
      include: ['src']
    })
  )
  mkdirSync(path.join(project, 'src'))
  writeFileSync(path.join(project, 'src', 'consumer.ts'), consumer)
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  for (const [index, block] of codeBlocks(readme, ['ts', 'js', 'typescript', 'javascript']).entries()) {
    writeFileSync(path.join(project, 'src', `readme-${index + 1}-line-${block.line}.ts`), block.code)
  }
}, 120_000)

afterAll(() => {
  if (project) rmSync(project, {recursive: true, force: true})
})

describe('the packed package', () => {
  it('holds the build, the licence and the README, and nothing of the sources or tests', () => {
    const files = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n').filter(Boolean)
    expect(files).toContain('package/dist/index.js')
    expect(files).toContain('package/dist/index.d.ts')
    expect(files).toContain('package/dist/cli.js')
    expect(files).toContain('package/LICENSE')
    expect(files).toContain('package/README.md')
    expect(files.filter((file) => file.startsWith('package/src/') || file.startsWith('package/test/'))).toEqual([])
  })

  it('type-checks a strict consumer and every README code block without casts', () => {
    const sources = readdirSync(path.join(project, 'src'))
    expect(sources.filter((file) => file.startsWith('readme-')).length).toBeGreaterThan(0)
    const result = spawnSync(process.execPath, [tsc, '-p', project], {encoding: 'utf8'})
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 120_000)

  it('runs the consumer and the README code blocks from the repository root', () => {
    const run = (file: string) => spawnSync(process.execPath, [path.join(project, 'out', file)], {cwd: root, encoding: 'utf8'})
    const consumerRun = run('consumer.js')
    expect(consumerRun.stderr).toBe('')
    const summary = JSON.parse(consumerRun.stdout) as Record<string, unknown>
    // The first bead is the blog's own title, which has no source.
    expect(summary).toMatchObject({shape: '0-1', sameSeverity: true, rules: 11})
    expect(summary.counterparts).toEqual(['p4.s1'])
    for (const file of readdirSync(path.join(project, 'out')).filter((name) => name.startsWith('readme-'))) {
      const result = run(file)
      expect({file, stderr: result.stderr, status: result.status}).toEqual({file, stderr: '', status: 0})
      expect(result.stdout.length).toBeGreaterThan(0)
    }
  }, 60_000)
})
