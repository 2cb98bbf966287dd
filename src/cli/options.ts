/**
 * Which options each command takes. An option a command would silently ignore (`parse
 * --glossary`, `check --level`) is a usage error: a user who passes it expects it to do something.
 */
import {ClauseAlignError} from '../tree/errors.js'

const common = ['debug', 'help', 'version', 'max-bytes', 'format', 'output']
const pair = [...common, 'source-lang', 'target-lang', 'glossary', 'lexicon', 'no-lexicon', 'encoding', 'source-encoding']

/** Options of each command besides the common ones; a command not listed here is not checked. */
export const commandOptions: Record<string, readonly string[]> = {
  parse: [...common, 'lang', 'encoding'],
  align: [...pair, 'level', 'tsv-raw'],
  check: [...pair, 'rule', 'frail', 'verbose', 'jobs', 'shard']
}

/** Throw a usage error for an option given to a command that does not take it. */
export function rejectForeignOptions(command: string | undefined, values: Record<string, unknown>): void {
  const allowed = command === undefined ? undefined : commandOptions[command]
  if (!allowed) return
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || allowed.includes(name)) continue
    throw new ClauseAlignError('usage', `${command} does not take --${name}`)
  }
}
