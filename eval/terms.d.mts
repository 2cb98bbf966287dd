// Types of what the tests use from the term injection (eval/terms.mjs).
import type {Lexicon} from 'clause-align'

/** Is this a Japanese form the lexicon knows? */
export function knowsForm(lexicon: Lexicon, form: string): boolean
