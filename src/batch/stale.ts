/**
 * Stale translations: for each pair, the source as it was when the translation last changed
 * (by git history) against the source now, through `diffRevisions`, so the report lists the
 * pages whose source moved on, the source units that changed and the translation's units to
 * review. Where history cannot tell (an untracked translation, a shallow clone cut too short, a
 * folder outside git) the page says so instead of passing for current.
 */
import path from 'node:path'
import {decodeUtf8, readDocument} from '../tree/read.js'
import {bomEncoding, decodeAs, encodingOf} from '../tree/encoding.js'
import {parse} from '../tree/parse.js'
import {guessLang} from '../tree/script.js'
import {indexTree, textOf} from '../tree/accessors.js'
import type {ClauseTreeNode, RootNode} from '../tree/types.js'
import {parseGlossary} from '../align/glossary.js'
import {diffRevisions} from '../check/diff.js'
import type {Pair} from './pairing.js'
import type {PairTask} from './pair.js'
import {isDirty, lastCommit, shallowBoundary, showAt} from './git.js'

export interface StaleUnit {
  id: string
  text: string
  line: number | null
}

export interface StaleRevision {
  type: 'changed' | 'added' | 'removed'
  /** Source units as they were when the translation was last changed. */
  old: StaleUnit[]
  /** Source units now. */
  new: StaleUnit[]
  /** Translation units to review. */
  review: StaleUnit[]
}

export interface StalePage {
  source: string
  target: string
  /** `stale`: the source changed since; `current`: it did not; `unknown`: history cannot tell (see `message`). */
  status: 'stale' | 'current' | 'unknown'
  /** The commit that last changed the translation. */
  commit?: string
  message?: string
  /** The translation has uncommitted changes: it was compared as it is, the source as of its last commit. */
  dirty?: boolean
  revisions: StaleRevision[]
}

export interface StaleReport {
  version: 1
  pages: StalePage[]
}

type Settings = Omit<PairTask, 'source' | 'target'>

export async function staleTranslations(pairs: readonly Pair[], settings?: Settings | undefined): Promise<StaleReport> {
  const pages: StalePage[] = []
  const boundaries = new Map<string, Set<string>>()
  for (const pair of pairs) pages.push(await stalePage(pair, settings ?? {}, boundaries))
  return {version: 1, pages}
}

async function stalePage(pair: Pair, settings: Settings, boundaries: Map<string, Set<string>>): Promise<StalePage> {
  const {source, target} = pair
  const page = (status: StalePage['status'], extra: Partial<StalePage> = {}): StalePage => ({source, target, status, ...extra, revisions: extra.revisions ?? []})
  const commit = await lastCommit(target)
  if (commit === undefined) return page('unknown', {message: `${target} is not in a git repository`})
  if (commit === '') return page('unknown', {message: `${target} is not committed, so there is no source it was made from`})
  const dir = path.dirname(target)
  if (!boundaries.has(dir)) boundaries.set(dir, await shallowBoundary(dir))
  if (boundaries.get(dir)!.has(commit)) {
    return page('unknown', {commit, message: `the history of ${target} is cut at ${commit.slice(0, 7)} (a shallow clone): fetch more history (git fetch --unshallow)`})
  }
  const oldBytes = await showAt(commit, source)
  if (oldBytes === undefined) return page('unknown', {commit, message: `${source} did not exist at ${commit.slice(0, 7)}, the translation's last commit`})
  const dirty = (await isDirty(target)) ? {dirty: true} : {}
  const oldText = decode(oldBytes, settings.sourceEncoding, `${source} at ${commit.slice(0, 7)}`)
  const newText = readDocument(source, {maxBytes: settings.maxBytes, encoding: settings.sourceEncoding})
  if (oldText === newText) return page('current', {commit, ...dirty})
  const translationText = readDocument(target, {maxBytes: settings.maxBytes, encoding: settings.encoding})
  const sourceLang = settings.sourceLang ?? guessLang(newText)
  const oldTree = parse(oldText, {lang: sourceLang, path: source})
  const newTree = parse(newText, {lang: sourceLang, path: source})
  const translation = parse(translationText, {lang: settings.targetLang ?? guessLang(translationText), path: target})
  const glossary = settings.glossary ? parseGlossary(settings.glossary.text, settings.glossary.path) : []
  const revisions = diffRevisions(oldTree, newTree, translation, {glossary})
  if (revisions.length === 0) return page('current', {commit, ...dirty})
  const [oldIndex, newIndex, targetIndex] = [oldTree, newTree, translation].map(indexer)
  return page('stale', {
    commit,
    ...dirty,
    revisions: revisions.map((revision) => ({
      type: revision.type,
      old: revision.old.map(oldIndex!),
      new: revision.new.map(newIndex!),
      review: revision.review.map(targetIndex!)
    }))
  })
}

function indexer(tree: RootNode): (id: string) => StaleUnit {
  const index = indexTree(tree)
  return (id) => {
    const node: ClauseTreeNode | undefined = index.get(id)
    return {id, text: node ? textOf(node) : '', line: node?.position?.start.line ?? null}
  }
}

function decode(bytes: Buffer, encoding: string | undefined, name: string): string {
  const chosen = encoding ? encodingOf(encoding) : bomEncoding(bytes)
  return chosen && chosen !== 'utf-8' ? decodeAs(bytes, chosen, name) : decodeUtf8(bytes, name)
}

/** The text report: one block per page that is stale or cannot be told, then a summary. */
export function staleReportText(report: StaleReport): string {
  const lines: string[] = []
  const quote = (units: StaleUnit[]) => units.map((unit) => `${unit.id} “${unit.text}”`).join(' + ')
  for (const page of report.pages) {
    if (page.status === 'current') continue
    if (page.status === 'unknown') {
      lines.push(`${page.target}: cannot tell: ${page.message ?? 'no history'}`)
      continue
    }
    lines.push(`${page.target}: stale: ${page.source} changed since ${page.commit!.slice(0, 7)}${page.dirty ? ' (the translation has uncommitted changes)' : ''}`)
    for (const revision of page.revisions) {
      const what = revision.type === 'changed' ? `${quote(revision.old)} → ${quote(revision.new)}` : revision.type === 'added' ? quote(revision.new) : quote(revision.old)
      lines.push(`  ${revision.type} ${what}`)
      for (const unit of revision.review) lines.push(`    review ${page.target}:${unit.line ?? '?'} ${unit.id} “${unit.text}”`)
    }
  }
  const count = (status: StalePage['status']) => report.pages.filter((page) => page.status === status).length
  lines.push(`${report.pages.length} ${report.pages.length === 1 ? 'page' : 'pages'}: ${count('stale')} stale, ${count('current')} current, ${count('unknown')} unknown`)
  return lines.join('\n') + '\n'
}

/** 2 when history cannot tell for some page, 1 when a page is stale, else 0. */
export function staleExitCode(report: StaleReport): number {
  if (report.pages.some((page) => page.status === 'unknown')) return 2
  return report.pages.some((page) => page.status === 'stale') ? 1 : 0
}

