/**
 * `term`: a glossary term in a source unit whose accepted renderings are all absent from the
 * linked translation (labels included: a translator may move a term into a run-in label), or a
 * rendering the glossary forbids.
 */
import type {Finding} from '../findings.js'
import type {GlossaryEntry} from '../../align/glossary.js'
import {containerLabel, type Rule} from './context.js'

export const term: Rule = (context) => {
  if (context.glossary.length === 0) return []
  const findings: Finding[] = []
  for (const {bead, sourceNodes, targetNodes, sourceText, targetText: content} of context.linked) {
    const labels = bead.target.flatMap((id) => containerLabel(context.target, id)?.label ?? [])
    const targetText = [content, ...labels].join(' ')
    const sourceMentions = context.sourceTerms(sourceText)
    const targetMentions = context.targetTerms(targetText)
    const found = new Set(targetMentions.filter((mention) => !mention.forbidden).map((mention) => mention.entry))
    // An entry whose forbidden rendering is used is reported once, as that.
    const forbiddenUsed = new Set(targetMentions.filter((mention) => mention.forbidden).map((mention) => mention.entry))
    const reported = new Set<number>()
    const missing: Array<{text: string; entry: GlossaryEntry}> = []
    for (const mention of sourceMentions) {
      if (found.has(mention.entry) || forbiddenUsed.has(mention.entry) || reported.has(mention.entry)) continue
      // A rendering may also stand inside a longer term that the matcher preferred.
      const entry = context.glossary[mention.entry]
      if (entry.ja.some((rendering) => targetText.includes(rendering))) continue
      reported.add(mention.entry)
      missing.push({text: mention.text, entry})
    }
    // One finding per sentence pair: a sentence that renders none of its terms (misplaced, left
    // untranslated, replaced) is one defect, not one per term.
    const renderings = (entry: GlossaryEntry) => entry.ja.map((rendering) => `\`${rendering}\``).join(' or ')
    if (missing.length === 1) {
      const [{text, entry}] = missing
      findings.push({
        ruleId: 'term',
        reason: `Unexpected translation of \`${text}\` without ${renderings(entry)}, expected the glossary rendering`,
        side: 'target',
        sourceNodes,
        targetNodes,
        actual: '',
        expected: entry.ja,
        note: entry.note
      })
    } else if (missing.length > 1) {
      findings.push({
        ruleId: 'term',
        reason: `Unexpected translation of ${missing.map(({text}) => `\`${text}\``).join(', ')} without their glossary renderings (${missing.map(({entry}) => renderings(entry)).join('; ')}), expected the glossary renderings`,
        side: 'target',
        sourceNodes,
        targetNodes,
        actual: '',
        expected: missing.flatMap(({entry}) => entry.ja)
      })
    }
    for (const mention of targetMentions) {
      if (!mention.forbidden) continue
      const entry = context.glossary[mention.entry]
      findings.push({
        ruleId: 'term',
        reason: `Unexpected \`${mention.text}\` for \`${entry.en[0]}\`, expected ${entry.ja.map((rendering) => `\`${rendering}\``).join(' or ')}`,
        side: 'target',
        sourceNodes,
        targetNodes,
        actual: mention.text,
        expected: entry.ja,
        note: entry.note
      })
    }
  }
  return findings
}
