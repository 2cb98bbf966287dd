// translate-toolkit's pofilter against clause-align's check on the bundled pair:
//   node bench/pofilter.mjs
// The sentence beads become a PO file (msgid English, msgstr Japanese, each with its bead ids as
// msgctxt; a 1-0 bead has an empty msgstr; a 0-1 bead would need an empty msgid, which PO cannot
// have, so it is left out). The texts are the sentences' content without run-in labels and
// citation markers, which pofilter cannot tell from the text (fairer to it); pofilter --language=ja checks it, and both tools' findings are listed side by
// side with true and false positives, judged by hand in bench/pofilter-judgements.json.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {align, check, getNode, parse, parseGlossary, textOf} from '../dist/index.js'
import {corpus, root} from './lib.mjs'

const glossary = parseGlossary(corpus('glossary.tsv'))
const alignment = align(parse(corpus('en.md'), {lang: 'en'}), parse(corpus('ja.md'), {lang: 'ja'}), {glossary, sourcePath: 'en.md', targetPath: 'ja.md'})
const findings = check(alignment, {glossary})

const quote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
const entries = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: ja\\n"', '']
for (const bead of alignment.beads) {
  if (bead.source.length === 0) continue
  const ids = `${bead.source.join(',')}=${bead.target.join(',')}`
  const source = bead.source.map((id) => textOf(getNode(alignment.source, id))).join(' ')
  const target = bead.target.map((id) => textOf(getNode(alignment.target, id))).join('')
  entries.push(`#: ${ids}`, `msgctxt ${quote(ids)}`, `msgid ${quote(source)}`, `msgstr ${quote(target)}`, '')
}
const dir = mkdtempSync(path.join(tmpdir(), 'clause-align-pofilter-'))
const input = path.join(dir, 'beads.po')
const output = path.join(dir, 'failed.po')
writeFileSync(input, entries.join('\n'))
try {
  execFileSync('pofilter', ['--language=ja', '--nofuzzy', '-i', input, '-o', output], {stdio: ['ignore', 'ignore', 'pipe']})
} catch (error) {
  console.error(`pofilter could not run (install the Debian package translate-toolkit): ${error.message.split('\n')[0]}`)
  process.exit(2)
}

// pofilter writes the failing units with comments `# (pofilter) check: message`.
const theirs = []
for (const block of readFileSync(output, 'utf8').split(/\n\n+/)) {
  const context = /^msgctxt "(.*)"$/m.exec(block)?.[1]
  if (!context) continue
  for (const match of block.matchAll(/^# \(pofilter\) ([\w-]+): (.*)$/gm)) theirs.push({bead: context, check: match[1], message: match[2]})
}

const judgements = JSON.parse(readFileSync(path.join(root, 'bench', 'pofilter-judgements.json'), 'utf8'))
const verdict = (key) => judgements[key]
const ours = findings.map((message) => ({
  bead: `${(message.sourceIds ?? []).join(',')}=${(message.targetIds ?? []).join(',')}`,
  check: message.ruleId,
  severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
  message: message.reason
}))

const table = (title, items, keyOf) => {
  console.log(`\n## ${title}\n`)
  console.log('| units | check | message | verdict |')
  console.log('| --- | --- | --- | --- |')
  let truePositives = 0
  let falsePositives = 0
  let unjudged = 0
  for (const item of items) {
    const judged = verdict(keyOf(item))
    if (judged?.real === true) truePositives++
    else if (judged?.real === false) falsePositives++
    else unjudged++
    const label = judged ? `${judged.real ? 'true' : 'false'} positive: ${judged.why}` : 'not judged'
    console.log(`| ${item.bead} | ${item.check}${item.severity ? ` (${item.severity})` : ''} | ${item.message.replace(/\|/g, '\\|').slice(0, 110)} | ${label} |`)
  }
  return {truePositives, falsePositives, unjudged, total: items.length}
}

console.log('# pofilter --language=ja against clause-align check, bundled corpus')
const theirCounts = table('translate-toolkit pofilter 3.8 (--language=ja)', theirs, (item) => `pofilter ${item.bead} ${item.check}`)
const ourCounts = table('clause-align check (glossary)', ours, (item) => `clause-align ${item.bead} ${item.check}`)
console.log('\n## Counts\n')
console.log('| tool | findings | true positives | false positives | not judged |')
console.log('| --- | --- | --- | --- | --- |')
console.log(`| pofilter | ${theirCounts.total} | ${theirCounts.truePositives} | ${theirCounts.falsePositives} | ${theirCounts.unjudged} |`)
console.log(`| clause-align | ${ourCounts.total} | ${ourCounts.truePositives} | ${ourCounts.falsePositives} | ${ourCounts.unjudged} |`)
