import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {cli} from './corpus.js'

/** A scratch folder with the given files (paths relative to it). */
export function makeTree(files: Record<string, string>, prefix = 'clause-align-tree-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  writeFiles(dir, files)
  return dir
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
}

/** git with an identity on the command line, so no global config is read or written. */
export function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {cwd: dir, encoding: 'utf8'})
}

/** The built CLI run in `dir`. */
export function runIn(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
