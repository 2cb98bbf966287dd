// Types of the gold loaders that the tests share with the eval (eval/gold.mjs).
import type {BeadPair, Glossary, RootNode} from 'clause-align'

export interface Span {
  start: number
  end: number
  text?: string
}

export interface DefectEntry {
  id: string
  class?: string
  severity?: string
  source?: Span[]
  target?: Span[]
  justification?: string
  what?: string
  why?: string
}

export interface Corpus {
  name: string
  en: string
  ja: string
  glossary: Glossary | undefined
}

export function discoverCorpora(root: string): Corpus[]
export function loadDefectsGold(goldDir: string, pair: {name: string}): {file: string; defects: DefectEntry[]; acceptable: DefectEntry[]} | undefined
export function goldBeadIds(beads: ReadonlyArray<{source: Span[]; target: Span[]}>, trees: {source: RootNode; target: RootNode}): BeadPair[]
