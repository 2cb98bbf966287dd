/**
 * Stage 6, integrations: takes a unified pipeline's translation file and a way to find its
 * source, and gives `check`'s findings as messages on that file, for remark-cli, editors and CI.
 */
export {default as clauseAlignRemark} from './remark.js'
export type {RemarkOptions} from './remark.js'
