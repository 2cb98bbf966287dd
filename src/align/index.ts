/**
 * Stage 2, alignment: takes two clause trees (and optionally a glossary) and gives an
 * `Alignment` — paragraph links, sentence beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2) and clause links
 * inside each bead, every unit of both trees in exactly one, each link with a score and its
 * evidence — with accessors, serialisers and scoring against a gold standard.
 */
export {align} from './align.js'
export type {AlignOptions} from './align.js'
export type * from './types.js'
export {beadsInOrder, beadsOf, clauseLinksOf, counterpartsOf, unalignedUnits} from './accessors.js'
export type {BeadsInOrderOptions, Side, Unaligned} from './accessors.js'
export {alignmentToJson, alignmentToText} from './serialise.js'
export type {AlignmentJson, AlignmentJsonUnit} from './serialise.js'
export {evaluateBeads} from './evaluate.js'
export type {BeadPair, BeadScore} from './evaluate.js'
export {parseGlossary, termMatcher} from './glossary.js'
export type {Glossary, GlossaryEntry, TermMatcher, TermMention} from './glossary.js'
