/**
 * `untranslated`: translation text left in the source language: a target sentence identical to
 * its source, or one mostly in Latin script (for a Japanese translation of English) once the
 * acronyms and names that the source also has, and citation markers, are set aside.
 */
import type {Finding} from '../findings.js'
import {normalizeSpace} from '../../tree/accessors.js'
import {latinWords} from '../../tree/anchors.js'
import {excerpt, nodes, textOfAll, type Rule} from './context.js'

export const untranslated: Rule = (context) => {
  const findings: Finding[] = []
  const {alignment} = context
  if (alignment.source.lang === alignment.target.lang) return findings
  for (const bead of alignment.beads) {
    if (bead.target.length === 0) continue
    const sourceNodes = nodes(context.source, bead.source)
    const sourceText = normalizeSpace(textOfAll(sourceNodes))
    const sourceWords = latinWords(sourceText)
    for (const target of nodes(context.target, bead.target)) {
      const text = normalizeSpace(textOfAll([target]))
      if (text === '') continue
      const identical = sourceText !== '' && text === sourceText
      let latin = 0
      let other = 0
      let words = 0
      for (const match of text.normalize('NFKC').matchAll(/[A-Za-z][A-Za-z'-]*|[^\sA-Za-z\d\p{P}\p{S}]/gu)) {
        const token = match[0]
        if (/^[A-Za-z]/.test(token)) {
          // A name or acronym the source has too is an anchor, not untranslated text.
          if (alignment.target.lang === 'ja' && sourceWords.has(token.toLowerCase()) && /^[A-Z]/.test(token)) continue
          latin += token.length
          words++
        } else {
          other++
        }
      }
      const mostlyLatin = alignment.target.lang === 'ja' && words >= 3 && latin > other
      if (!identical && !mostlyLatin) continue
      findings.push({
        ruleId: 'untranslated',
        reason: `Unexpected ${identical ? 'text identical to the source' : 'text in the source language'} (“${excerpt(text)}”), expected a translation`,
        side: 'target',
        sourceNodes,
        targetNodes: [target],
        actual: text
      })
    }
  }
  return findings
}
