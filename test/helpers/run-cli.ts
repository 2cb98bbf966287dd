import {spawnSync} from 'node:child_process'
import {cli, root} from './corpus.js'

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Run the built CLI as a user would, from the project root. */
export function runCli(args: string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
