/**
 * Stage 1, reading and parsing: takes a Markdown file (bytes or a string) and gives a clause
 * tree — document > paragraph > (list, item) > sentence > clause, every node with an id, its
 * language and its exact position — with the accessors that read it and the text-level
 * recognisers (numbers, anchors, language) the later stages share.
 */
export {parse, defaultMaxLength} from './parse.js'
export type {ParseOptions} from './parse.js'
export {
  clausesOf,
  getNode,
  idAndAncestors,
  indexTree,
  nodesOfType,
  normalizeSpace,
  numberedParagraphs,
  paragraphByLabel,
  paragraphOf,
  paragraphsOf,
  parentId,
  parentOf,
  pathTo,
  sentencesOf,
  textOf,
  walk
} from './accessors.js'
export {treeToOutline} from './outline.js'
export {anchorsIn} from './anchors.js'
export type {Anchor} from './anchors.js'
export {numbersIn} from './numbers.js'
export type {NumberMention} from './numbers.js'
export {readDocument, decodeUtf8} from './read.js'
export type {ReadOptions} from './read.js'
export type {Encoding} from './encoding.js'
export {guessLang, languageEvidence} from './script.js'
export type {LanguageEvidence} from './script.js'
export {ClauseAlignError} from './errors.js'
export {validateTree} from './validate.js'
export {showControls} from './controls.js'
export type {ClauseAlignErrorCode} from './errors.js'
export type * from './types.js'
