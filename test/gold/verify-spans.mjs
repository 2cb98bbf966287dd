#!/usr/bin/env node
// Verify a span-form gold file (plain node, no dependencies).
//
//   node test/gold/verify-spans.mjs FILE.json [--source en.md --target ja.md]
//
// Two formats are recognised:
//   alignment: {source, target, beads: [{source: [span], target: [span]}], annotations?: {source: [span], target: [span]}}
//   defects:   {defects: [{id, class, severity, source: [span], target: [span], justification}], acceptable: [...]}
// A span is {start, end, text}: JavaScript string indices (UTF-16 code units) into the file as
// read with fs.readFileSync(path, 'utf8'); text must equal file.slice(start, end).
//
// For the alignment format it also checks that each side's spans are in document order and do
// not overlap, that no span starts or ends with white space or Markdown markup, that every bead
// has at least one span, and it prints every piece of non-whitespace, non-markup text of either
// file that no bead covers. `annotations` lists text deliberately kept out of the beads (run-in
// labels, citation markers); it counts as covered and must not overlap a bead.
// The file paths come from the gold file's `source`/`target` (relative to the repository root,
// i.e. two directories above this script) unless --source/--target are given.
// Exit code 0 when clean, 1 when any problem was found, 2 on bad usage.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..', '..')

const args = process.argv.slice(2)
let goldPath
const override = {}
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--source' || args[i] === '--target') override[args[i].slice(2)] = args[++i]
  else if (args[i] === '-h' || args[i] === '--help') usage(0)
  else if (!goldPath) goldPath = args[i]
  else usage(2)
}
if (!goldPath) usage(2)

function usage(code) {
  console.error('usage: node test/gold/verify-spans.mjs GOLD.json [--source FILE] [--target FILE]')
  process.exit(code)
}

const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'))
const problems = []
const problem = (message) => problems.push(message)

const files = {}
const texts = {}
for (const side of ['source', 'target']) {
  const given = override[side] ?? (typeof gold[side] === 'string' ? gold[side] : undefined)
  if (!given) {
    console.error(`no ${side} file: give --${side} or a "${side}" field in the gold file`)
    process.exit(2)
  }
  files[side] = fs.existsSync(given) ? given : path.resolve(repoRoot, given)
  texts[side] = fs.readFileSync(files[side], 'utf8')
}

const show = (s) => JSON.stringify(s.length > 60 ? `${s.slice(0, 40)}…${s.slice(-15)}` : s)

/** Check one span against its file; returns true when it is well formed and matches. */
function checkSpan(span, side, where) {
  const text = texts[side]
  if (!span || typeof span !== 'object') return problem(`${where}: not a span object`), false
  const {start, end} = span
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    problem(`${where}: bad offsets start=${start} end=${end} (file length ${text.length})`)
    return false
  }
  if (typeof span.text !== 'string') return problem(`${where}: no text`), false
  const actual = text.slice(start, end)
  if (actual !== span.text) {
    problem(`${where}: text differs from ${side} file slice [${start}, ${end}): file has ${show(actual)}, gold has ${show(span.text)}`)
    return false
  }
  return true
}

// Markup: block markers at the start of a line (headings, block quotes, bullets, ordered-list
// numbers) and inline emphasis/code characters.
function markupMask(text) {
  const mask = new Uint8Array(text.length)
  const block = /^[ \t]*((?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+)/gm
  for (const match of text.matchAll(block)) {
    const from = match.index + match[0].length - match[1].length
    for (let i = from; i < match.index + match[0].length; i++) mask[i] = 1
  }
  for (let i = 0; i < text.length; i++) if ('*_`'.includes(text[i])) mask[i] = 1
  return mask
}

const isSpace = (ch) => /\s/.test(ch)

function verifyAlignment() {
  if (!Array.isArray(gold.beads)) return problem('"beads" is not an array')
  const covered = {source: new Uint8Array(texts.source.length), target: new Uint8Array(texts.target.length)}
  const last = {source: 0, target: 0}
  const counts = {source: 0, target: 0}
  gold.beads.forEach((bead, b) => {
    const n = (bead.source?.length ?? 0) + (bead.target?.length ?? 0)
    if (n === 0) problem(`bead ${b}: empty`)
    for (const side of ['source', 'target']) {
      if (!Array.isArray(bead[side])) {
        problem(`bead ${b}: "${side}" is not an array`)
        continue
      }
      bead[side].forEach((span, k) => {
        const where = `bead ${b} ${side}[${k}]`
        if (!checkSpan(span, side, where)) return
        counts[side]++
        if (span.start < last[side]) problem(`${where}: out of document order or overlapping the previous ${side} span (starts at ${span.start}, previous ends at ${last[side]})`)
        last[side] = Math.max(last[side], span.end)
        if (isSpace(span.text[0]) || isSpace(span.text.at(-1))) problem(`${where}: leading or trailing white space in ${show(span.text)}`)
        if (/^(#{1,6}\s|>\s?|[-*+]\s|\d{1,9}[.)]\s|\*\*|__)/.test(span.text) || /(\*\*|__)$/.test(span.text)) problem(`${where}: Markdown markup in ${show(span.text)}`)
        for (let i = span.start; i < span.end; i++) covered[side][i] = 1
      })
    }
  })
  const annotations = gold.annotations ?? {}
  const annotationCounts = {source: 0, target: 0}
  for (const side of ['source', 'target']) {
    const list = annotations[side] ?? []
    if (!Array.isArray(list)) {
      problem(`annotations.${side} is not an array`)
      continue
    }
    let previous = 0
    list.forEach((span, k) => {
      const where = `annotations.${side}[${k}]`
      if (!checkSpan(span, side, where)) return
      annotationCounts[side]++
      if (span.start < previous) problem(`${where}: out of order or overlapping`)
      previous = Math.max(previous, span.end)
      for (let i = span.start; i < span.end; i++) {
        if (covered[side][i] === 1) {
          problem(`${where}: overlaps a bead span at offset ${i}`)
          break
        }
        covered[side][i] = 2
      }
    })
  }
  // Uncovered text: maximal runs of characters that are neither covered, white space nor markup.
  const uncovered = []
  for (const side of ['source', 'target']) {
    const text = texts[side]
    const mask = markupMask(text)
    let i = 0
    while (i < text.length) {
      if (covered[side][i] || isSpace(text[i]) || mask[i]) {
        i++
        continue
      }
      // a run goes on over spaces but stops at covered text, markup or the end of the line
      let j = i
      while (j < text.length && !covered[side][j] && !mask[j] && text[j] !== '\n') j++
      const run = text.slice(i, j).trimEnd()
      uncovered.push(`${side} [${i}, ${i + run.length}) not in any bead: ${show(run)}`)
      i = j
    }
  }
  for (const line of uncovered) problem(line)
  console.log(`${goldPath}: alignment, ${gold.beads.length} beads, ${counts.source} source spans, ${counts.target} target spans, annotations kept out of beads: ${annotationCounts.source} source, ${annotationCounts.target} target`)
}

const CLASSES = new Set(['omission', 'addition', 'number', 'mistranslation', 'term', 'enumeration', 'structure'])
const SEVERITIES = new Set(['error', 'warning'])

function verifyDefects() {
  const ids = new Set()
  const seeId = (id, where) => {
    if (typeof id !== 'string' || id === '') problem(`${where}: no id`)
    else if (ids.has(id)) problem(`${where}: duplicate id ${id}`)
    else ids.add(id)
  }
  const spans = (entry, where) => {
    for (const side of ['source', 'target']) {
      if (!Array.isArray(entry[side])) {
        problem(`${where}: "${side}" is not an array`)
        continue
      }
      entry[side].forEach((span, k) => {
        if (checkSpan(span, side, `${where} ${side}[${k}]`) && (isSpace(span.text[0]) || isSpace(span.text.at(-1)))) {
          problem(`${where} ${side}[${k}]: leading or trailing white space`)
        }
      })
    }
    if ((entry.source?.length ?? 0) + (entry.target?.length ?? 0) === 0) problem(`${where}: no span on either side`)
  }
  const defects = gold.defects ?? []
  defects.forEach((d, n) => {
    const where = `defect ${d.id ?? n}`
    seeId(d.id, where)
    if (!CLASSES.has(d.class)) problem(`${where}: class ${JSON.stringify(d.class)} is not one of ${[...CLASSES].join('|')}`)
    if (!SEVERITIES.has(d.severity)) problem(`${where}: severity ${JSON.stringify(d.severity)} is not error|warning`)
    if (typeof d.justification !== 'string' || d.justification.trim() === '') problem(`${where}: no justification`)
    spans(d, where)
  })
  const acceptable = gold.acceptable ?? []
  acceptable.forEach((a, n) => {
    const where = `acceptable ${a.id ?? n}`
    seeId(a.id, where)
    if (typeof a.what !== 'string' || a.what.trim() === '') problem(`${where}: no "what"`)
    if (typeof a.why !== 'string' || a.why.trim() === '') problem(`${where}: no "why"`)
    spans(a, where)
  })
  const bySeverity = (s) => defects.filter((d) => d.severity === s).length
  console.log(`${goldPath}: defects, ${defects.length} defects (${bySeverity('error')} error, ${bySeverity('warning')} warning), ${acceptable.length} acceptable`)
}

if (Array.isArray(gold.beads)) verifyAlignment()
else if (Array.isArray(gold.defects)) verifyDefects()
else {
  console.error(`${goldPath}: neither an alignment ("beads") nor a defects ("defects") file`)
  process.exit(2)
}

for (const line of problems) console.log(`  ${line}`)
console.log(problems.length === 0 ? 'OK' : `${problems.length} problem(s)`)
process.exit(problems.length === 0 ? 0 : 1)
