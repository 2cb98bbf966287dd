/**
 * Where a translation's source is, from path templates a linter's JSON config can hold (no
 * functions there, unlike remark's `source`). `{name}` is the translation's file name without
 * its extension; `{path}` is what `{path}` matched in the `target` template, as in the CLI's
 * config pairs. Paths are relative to a base folder (the working directory) and use `/`.
 */
import path from 'node:path'
import {ClauseAlignError} from '../tree/errors.js'

export interface SourceTemplate {
  /** The source's path: `docs/en/{name}.md`, `docs/en/{path}.md` (with `target`). */
  source: string
  /** The translations this applies to, with `{path}` once: `docs/ja/{path}.md`. Default: every file. */
  target?: string | undefined
}

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')

/**
 * The source path (relative to `base` unless the template is absolute) of the translation at
 * `translationPath`, or undefined when `target` is given and the translation is not one of its
 * files. A template that cannot work is a `ClauseAlignError`, so the linter can say so.
 */
export function sourcePathFor(template: SourceTemplate, translationPath: string, base: string): string | undefined {
  if (typeof template.source !== 'string' || template.source === '') {
    throw new ClauseAlignError('invalid-option', 'the `source` option is required: a path template such as "docs/en/{name}.md"')
  }
  const relative = path.relative(base, path.resolve(base, translationPath)).split(path.sep).join('/')
  let matched: string | undefined
  if (template.target !== undefined) {
    const parts = template.target.split('{path}')
    if (parts.length !== 2) throw new ClauseAlignError('invalid-option', `the \`target\` template must hold {path} once: "${template.target}"`)
    const found = new RegExp(`^${escape(parts[0]!)}(.+)${escape(parts[1]!)}$`).exec(relative)
    if (!found) return undefined
    matched = found[1]
  } else if (template.source.includes('{path}')) {
    throw new ClauseAlignError('invalid-option', `{path} in "${template.source}" needs a \`target\` template that says which part of the translation's path it stands for`)
  }
  const name = path.basename(relative, path.extname(relative))
  return template.source.replaceAll('{name}', name).replaceAll('{path}', matched ?? '')
}
