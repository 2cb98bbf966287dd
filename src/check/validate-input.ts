/** The checks `check` makes on what it is given: the alignment's trees and the options. */
import {ClauseAlignError} from '../tree/errors.js'
import {validateTree} from '../tree/validate.js'
import type {Alignment} from '../align/types.js'
import {ruleIds} from './findings.js'
import type {CheckOptions} from './check.js'

export function validateCheckInput(alignment: Alignment, options: CheckOptions): void {
  validateTree(alignment.source, 'check: the source tree')
  validateTree(alignment.target, 'check: the target tree')
  if (!Array.isArray(alignment.beads) || !Array.isArray(alignment.paragraphs)) {
    throw new ClauseAlignError('invalid-input', 'check: the alignment needs `beads` and `paragraphs` arrays')
  }
  const ignore = options.ignore ?? []
  if (!Array.isArray(ignore)) throw new ClauseAlignError('invalid-option', 'check: ignore must be an array of {ruleId?, id?, side?}')
  for (const entry of ignore as unknown[]) {
    const {ruleId, id, side} = (entry ?? {}) as Record<string, unknown>
    // As for \`rules\`: a misspelt rule id would silently ignore nothing.
    if (ruleId !== undefined && !(ruleIds as readonly unknown[]).includes(ruleId)) {
      throw new ClauseAlignError('invalid-option', `check: unknown rule \`${String(ruleId)}\` in ignore, expected one of ${ruleIds.join(', ')}`)
    }
    if (id !== undefined && typeof id !== 'string') throw new ClauseAlignError('invalid-option', 'check: an ignore entry\'s id must be a string')
    if (side !== undefined && side !== 'source' && side !== 'target') throw new ClauseAlignError('invalid-option', `check: an ignore entry's side must be source or target, got \`${String(side)}\``)
  }
}
