/**
 * The layout the README's Architecture section describes: one folder per stage, imports running
 * one way (cli → output → check → align → tree; the lexicon below align), small modules.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src')

/** Stages from the bottom up: a module may import from its own stage and those before it. */
const stages = ['tree', 'lexicon', 'align', 'check', 'output', 'batch', 'integrations', 'cli']

function modules(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return modules(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

const stageOf = (file: string) => path.relative(src, file).split(path.sep)[0] ?? ''

describe('architecture', () => {
  const files = modules(src)

  it('has one folder per stage, each with an index that says what it takes and gives', () => {
    const folders = readdirSync(src, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    expect(folders.every((folder) => stages.includes(folder))).toBe(true)
    for (const stage of ['tree', 'align', 'check', 'output', 'cli']) {
      expect(folders).toContain(stage)
      const index = readFileSync(path.join(src, stage, 'index.ts'), 'utf8')
      expect(index).toMatch(/^(?:#!.*\n)?\/\*\*\n \* /)
    }
    // The package entry only re-exports.
    const entry = readFileSync(path.join(src, 'index.ts'), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '')
    expect(entry.split('\n').filter((line) => line.trim() && !/^export /.test(line))).toEqual([])
  })

  it('imports only from its own stage or the stages below it', () => {
    const upward: string[] = []
    for (const file of files) {
      const from = stageOf(file)
      if (!stages.includes(from)) continue
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = stageOf(path.resolve(path.dirname(file), match[1]!))
        if (stages.indexOf(target) > stages.indexOf(from)) upward.push(`${path.relative(src, file)} → ${match[1]}`)
      }
    }
    expect(upward).toEqual([])
  })

  it('keeps every module under 400 lines', () => {
    const long = files.map((file) => [path.relative(src, file), readFileSync(file, 'utf8').split('\n').length] as const).filter(([, lines]) => lines > 400)
    expect(long).toEqual([])
  })
})
