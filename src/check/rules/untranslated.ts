/**
 * `untranslated`: translation text left in the source language: a target sentence identical to
 * its source, or one mostly in Latin script (for a Japanese translation of English) once the
 * acronyms and names that the source also has, and citation markers, are set aside.
 */
import type {Finding} from '../findings.js'
import {normalizeSpace} from '../../tree/accessors.js'
import {latinWords, urlPattern} from '../../tree/anchors.js'
import {excerpt, nodes, textOfAll, type Rule} from './context.js'

export const untranslated: Rule = (context) => {
  const findings: Finding[] = []
  const {alignment} = context
  if (alignment.source.lang === alignment.target.lang) return findings
  // Consecutive untranslated sentences of one paragraph link are one defect: one finding.
  let open: {finding: Finding; paragraphLink: number; bead: number} | undefined
  alignment.beads.forEach((bead, beadNumber) => {
    if (bead.target.length === 0) return
    const sourceNodes = nodes(context.source, bead.source)
    const sourceText = normalizeSpace(textOfAll(sourceNodes))
    const sourceWords = latinWords(sourceText)
    for (const target of nodes(context.target, bead.target)) {
      const text = normalizeSpace(textOfAll([target]))
      const kind = leftInSource(text, sourceText, sourceWords, alignment.target.lang)
      if (!kind) {
        open = undefined
        continue
      }
      if (open && open.paragraphLink === bead.paragraphLink && open.bead >= beadNumber - 1) {
        const {finding} = open
        if (!finding.sourceNodes.includes(sourceNodes[0])) finding.sourceNodes.push(...sourceNodes)
        finding.targetNodes.push(target)
        finding.actual = `${finding.actual} ${text}`
        finding.reason = `Unexpected ${finding.targetNodes.length} sentences in the source language (“${excerpt(finding.actual ?? '')}”), expected a translation`
        open.bead = beadNumber
        continue
      }
      const finding: Finding = {
        ruleId: 'untranslated',
        reason: `Unexpected ${kind === 'identical' ? 'text identical to the source' : 'text in the source language'} (“${excerpt(text)}”), expected a translation`,
        side: 'target',
        sourceNodes: [...sourceNodes],
        targetNodes: [target],
        actual: text
      }
      findings.push(finding)
      open = {finding, paragraphLink: bead.paragraphLink, bead: beadNumber}
    }
  })
  return findings
}

/**
 * Is a target text left in the source language: identical to its source (and holding words, not
 * only figures, codes, acronyms and addresses, which a translation keeps: `2,000,000`, `OECD`,
 * `n/a`, `www.example.com/recall`), or,
 * in a Japanese translation, mostly Latin script once the names the source also has are set aside?
 */
function leftInSource(text: string, sourceText: string, sourceWords: ReadonlySet<string>, lang: string): 'identical' | 'latin' | undefined {
  if (text === '') return undefined
  // An address (`press@example.com`, `https://…`, `www.example.com/recall`) is kept as is in any translation.
  if (sourceText !== '' && text === sourceText) return /[A-Za-z]*[a-z]{3,}/.test(text.normalize('NFKC').replace(urlPattern, ' ')) ? 'identical' : undefined
  if (lang !== 'ja') return undefined
  let latin = 0
  let other = 0
  let words = 0
  const prose = text.normalize('NFKC').replace(urlPattern, ' ')
  const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(prose)
  for (const match of prose.matchAll(/[A-Za-z][A-Za-z'-]*|[^\sA-Za-z\d\p{P}\p{S}]/gu)) {
    const token = match[0]
    if (/^[A-Za-z]/.test(token)) {
      // A name or acronym the source has too is an anchor, not untranslated text; so is, in a
      // sentence that is Japanese otherwise, any word copied from the source (an identifier
      // quoted as code: `service`, `express_priority`).
      if (sourceWords.has(token.toLowerCase()) && (/^[A-Z]/.test(token) || japanese)) continue
      latin += token.length
      words++
    } else {
      other++
    }
  }
  return words >= 3 && latin > other ? 'latin' : undefined
}
