import {readFileSync, existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const corpusDir = path.join(root, 'corpus', 'paris-2025')
export const sharedDir = path.resolve(root, '..', 'shared')
export const hasShared = existsSync(path.join(sharedDir, 'seeds')) && existsSync(path.join(sharedDir, 'sources'))

export function corpusFile(name: string): string {
  return readFileSync(path.join(corpusDir, name), 'utf8')
}

export const cli = path.join(root, 'dist', 'cli.js')
