/**
 * The little git a stale-translation report needs, run as a subprocess with an argument array
 * (never a shell, so no path is ever interpreted), each call in the file's own directory so that
 * it works in any repository and any sub-folder.
 */
import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'

export interface GitResult {
  ok: boolean
  stdout: Buffer
  stderr: string
}

export function git(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, {cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      resolve({ok: !error, stdout, stderr: stderr.toString('utf8').trim()})
    })
  })
}

/** The commit that last changed `file`, '' when no commit has (untracked), undefined outside a repository. */
export async function lastCommit(file: string): Promise<string | undefined> {
  const result = await git(path.dirname(file), ['log', '-1', '--format=%H', '--', path.basename(file)])
  return result.ok ? result.stdout.toString('utf8').trim() : undefined
}

/** The file's bytes at a commit (`<commit>:./name` is relative to the file's folder), or undefined when it did not exist there. */
export async function showAt(commit: string, file: string): Promise<Buffer | undefined> {
  const result = await git(path.dirname(file), ['show', `${commit}:./${path.basename(file)}`])
  return result.ok ? result.stdout : undefined
}

/** Whether the file differs from the last commit (staged or not). */
export async function isDirty(file: string): Promise<boolean> {
  const result = await git(path.dirname(file), ['status', '--porcelain', '--', path.basename(file)])
  return result.ok && result.stdout.length > 0
}

/**
 * The commits where a shallow clone's history is cut. `git log` there sees the cut commit as
 * adding every file, so a translation whose last change is that commit may be older.
 */
export async function shallowBoundary(dir: string): Promise<Set<string>> {
  const result = await git(dir, ['rev-parse', '--is-shallow-repository', '--git-path', 'shallow'])
  const [shallow, file] = result.stdout.toString('utf8').trim().split('\n')
  if (!result.ok || shallow !== 'true' || !file) return new Set()
  try {
    return new Set(readFileSync(path.resolve(dir, file), 'utf8').split('\n').filter(Boolean))
  } catch {
    return new Set()
  }
}
