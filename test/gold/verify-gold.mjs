#!/usr/bin/env node
// Checks hand-made gold files that locate text by character offsets (plain node, no dependencies).
//
//   node test/gold/verify-gold.mjs test/gold/udhr.alignment.json test/gold/udhr.defects.json
//
// Two formats are recognised:
//
// * sentence alignment: {note, source, target, beads: [{source: [span], target: [span], comment?}]}
//   Errors: a span whose text is not file.slice(start, end); a span with surrounding whitespace,
//   with its Markdown marker, or crossing a Markdown block; spans out of document order or
//   overlapping on one side; an empty bead. Reported, not errors: non-whitespace text outside every
//   span other than Markdown markers (text no unit covers).
//
// * findings: {note, source?, target?, defects: [{id, class, severity, source, target, justification}],
//   acceptable: [{id, what, source, target, why}]}
//   The files are the top-level source/target, else those of the sibling <name>.alignment.json
//   (udhr.defects.json -> udhr.alignment.json), else --source/--target on the command line.
//   Errors: bad span (as above), spans of one entry out of order or overlapping, unknown class or
//   severity, missing or duplicate id, missing justification/why/what, an entry with no span.
//   Reported, not errors: a span that does not lie inside one unit of the sibling alignment gold.
//
// Spans are {start, end, text}: JavaScript string indices (UTF-16 code units) into the file as read
// by fs.readFileSync(path, 'utf8'). Exit code 1 when any file has an error.

import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const CLASSES = new Set(['omission', 'addition', 'number', 'mistranslation', 'term', 'enumeration', 'structure'])
const SEVERITIES = new Set(['error', 'warning'])
// A Markdown marker at the start of a line: heading, ordered or bullet list item, block quote.
const MARKER = /^[ \t]*(?:#{1,6}[ \t]+|\d{1,9}[.)][ \t]+|[-*+][ \t]+|>[ \t]?)+/

function resolveFile(p, base) {
  for (const dir of [process.cwd(), base, repoRoot]) {
    const candidate = path.resolve(dir, p)
    if (fs.existsSync(candidate)) return candidate
  }
  return null
}

function lineStartOf(text, index) {
  return text.lastIndexOf('\n', index - 1) + 1
}

// Validates one span against the file text; returns a list of error strings.
function checkSpan(span, text, where) {
  const errors = []
  if (!span || typeof span !== 'object') return [`${where}: not a span object`]
  const {start, end} = span
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    return [`${where}: bad offsets start=${start} end=${end} (file length ${text.length})`]
  }
  const slice = text.slice(start, end)
  if (span.text !== slice) {
    errors.push(`${where}: text differs from file.slice(${start}, ${end}): ${JSON.stringify(span.text)} vs ${JSON.stringify(slice)}`)
  }
  if (/^\s|\s$/.test(slice)) errors.push(`${where}: span has leading or trailing whitespace`)
  const lineStart = lineStartOf(text, start)
  const marker = text.slice(lineStart).match(MARKER)
  if (marker && start < lineStart + marker[0].length) errors.push(`${where}: span includes the Markdown marker ${JSON.stringify(marker[0])}`)
  if (/\n[ \t]*\n/.test(slice)) errors.push(`${where}: span crosses a blank line (two Markdown blocks)`)
  for (const line of slice.split('\n').slice(1)) {
    if (MARKER.test(line)) errors.push(`${where}: span runs into the next Markdown block (${JSON.stringify(line.slice(0, 20))})`)
  }
  return errors
}

function checkOrder(spans, where) {
  const errors = []
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]
    const current = spans[i]
    if (current.start < previous.end) {
      const why = current.start < previous.start ? 'out of document order' : 'overlaps the previous span'
      errors.push(`${where}: span ${current.start}-${current.end} ${why} (${previous.start}-${previous.end})`)
    }
  }
  return errors
}

// Non-whitespace text outside all spans, Markdown markers excepted; one entry per stretch.
function uncovered(text, spans) {
  const covered = new Uint8Array(text.length)
  for (const span of spans) covered.fill(1, span.start, span.end)
  let lineStart = 0
  for (const line of text.split('\n')) {
    const marker = line.match(MARKER)
    if (marker) covered.fill(1, lineStart, lineStart + marker[0].length)
    lineStart += line.length + 1
  }
  const stretches = []
  let i = 0
  while (i < text.length) {
    if (covered[i] || /\s/.test(text[i])) {
      i++
      continue
    }
    let j = i
    while (j < text.length && !covered[j] && text[j] !== '\n') j++
    stretches.push({start: i, end: j, text: text.slice(i, j).trim()})
    i = j
  }
  return stretches
}

function loadSide(file, base, label) {
  const resolved = resolveFile(file, base)
  if (!resolved) throw new Error(`${label} file not found: ${file}`)
  return fs.readFileSync(resolved, 'utf8')
}

function spanList(value, where, errors) {
  if (!Array.isArray(value)) {
    errors.push(`${where}: not an array`)
    return []
  }
  return value
}

function verifyAlignment(gold, file) {
  const errors = []
  const reports = []
  const base = path.dirname(file)
  const texts = {source: loadSide(gold.source, base, 'source'), target: loadSide(gold.target, base, 'target')}
  if (typeof gold.note !== 'string' || !gold.note.trim()) errors.push('note: missing')
  const all = {source: [], target: []}
  const shapes = new Map()
  gold.beads.forEach((bead, b) => {
    const sides = {}
    for (const side of ['source', 'target']) {
      sides[side] = spanList(bead[side], `bead ${b} ${side}`, errors)
      sides[side].forEach((span, s) => errors.push(...checkSpan(span, texts[side], `bead ${b} ${side}[${s}]`)))
      all[side].push(...sides[side].map((span) => ({...span, bead: b})))
    }
    if (!sides.source.length && !sides.target.length) errors.push(`bead ${b}: empty on both sides`)
    if (bead.comment !== undefined && typeof bead.comment !== 'string') errors.push(`bead ${b}: comment is not a string`)
    const shape = `${sides.source.length}-${sides.target.length}`
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
  })
  for (const side of ['source', 'target']) {
    const valid = all[side].filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end))
    for (const message of checkOrder(valid, side)) errors.push(message)
    for (const stretch of uncovered(texts[side], valid)) {
      reports.push(`${side}: text outside every span at ${stretch.start}-${stretch.end}: ${JSON.stringify(stretch.text.slice(0, 60))}`)
    }
  }
  const summary = [
    `${gold.beads.length} beads; units: source ${all.source.length}, target ${all.target.length}`,
    'shapes: ' + [...shapes].sort((a, b) => b[1] - a[1]).map(([shape, n]) => `${shape} ×${n}`).join(', ')
  ]
  return {errors, reports, summary}
}

function findSides(gold, file, cli) {
  if (gold.source && gold.target) return {source: gold.source, target: gold.target, from: file}
  const sibling = file.replace(/\.[^./]+\.json$/, '.alignment.json')
  if (sibling !== file && fs.existsSync(sibling)) {
    const alignment = JSON.parse(fs.readFileSync(sibling, 'utf8'))
    return {source: alignment.source, target: alignment.target, from: sibling}
  }
  if (cli.source && cli.target) return {source: cli.source, target: cli.target, from: process.cwd()}
  throw new Error('cannot tell which files the spans point into: give source/target, a sibling .alignment.json, or --source/--target')
}

function verifyFindings(gold, file, cli) {
  const errors = []
  const reports = []
  const sides = findSides(gold, file, cli)
  const base = path.dirname(sides.from)
  const texts = {source: loadSide(sides.source, base, 'source'), target: loadSide(sides.target, base, 'target')}
  if (typeof gold.note !== 'string' || !gold.note.trim()) errors.push('note: missing')
  // Units of the sibling alignment, when there is one, to report spans that are not inside a unit.
  let units = null
  const sibling = file.replace(/\.[^./]+\.json$/, '.alignment.json')
  if (sibling !== file && fs.existsSync(sibling)) {
    const alignment = JSON.parse(fs.readFileSync(sibling, 'utf8'))
    units = {source: alignment.beads.flatMap((bead) => bead.source), target: alignment.beads.flatMap((bead) => bead.target)}
  }
  const ids = new Set()
  const lists = [
    ['defects', ['class', 'severity', 'justification']],
    ['acceptable', ['what', 'why']]
  ]
  const counts = {}
  for (const [list, fields] of lists) {
    const entries = gold[list] ?? []
    if (!Array.isArray(entries)) {
      errors.push(`${list}: not an array`)
      continue
    }
    counts[list] = entries.length
    entries.forEach((entry, e) => {
      const label = `${list}[${e}]${entry.id ? ` (${entry.id})` : ''}`
      if (typeof entry.id !== 'string' || !entry.id) errors.push(`${label}: missing id`)
      else if (ids.has(entry.id)) errors.push(`${label}: duplicate id`)
      else ids.add(entry.id)
      for (const field of fields) {
        if (typeof entry[field] !== 'string' || !entry[field].trim()) errors.push(`${label}: missing ${field}`)
      }
      if (list === 'defects') {
        if (entry.class && !CLASSES.has(entry.class)) errors.push(`${label}: unknown class ${entry.class}`)
        if (entry.severity && !SEVERITIES.has(entry.severity)) errors.push(`${label}: unknown severity ${entry.severity}`)
      }
      let spanCount = 0
      for (const side of ['source', 'target']) {
        const spans = spanList(entry[side], `${label} ${side}`, errors)
        spanCount += spans.length
        spans.forEach((span, s) => {
          errors.push(...checkSpan(span, texts[side], `${label} ${side}[${s}]`))
          if (units && Number.isInteger(span.start) && !units[side].some((unit) => unit.start <= span.start && span.end <= unit.end)) {
            reports.push(`${label} ${side}[${s}]: span ${span.start}-${span.end} is not inside one unit of ${path.basename(sibling)}`)
          }
        })
        errors.push(...checkOrder(spans.filter((span) => Number.isInteger(span.start)), `${label} ${side}`))
      }
      if (!spanCount) errors.push(`${label}: no span on either side`)
    })
  }
  const bySeverity = {}
  for (const defect of gold.defects ?? []) bySeverity[defect.severity] = (bySeverity[defect.severity] ?? 0) + 1
  const summary = [
    `${counts.defects ?? 0} defects (` + Object.entries(bySeverity).map(([k, n]) => `${k} ${n}`).join(', ') + `), ${counts.acceptable ?? 0} acceptable differences`
  ]
  return {errors, reports, summary}
}

function main(argv) {
  const cli = {}
  const files = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--source' || argv[i] === '--target') cli[argv[i].slice(2)] = argv[++i]
    else files.push(argv[i])
  }
  if (!files.length) {
    console.error('usage: node test/gold/verify-gold.mjs GOLD.json [GOLD.json …] [--source FILE --target FILE]')
    return 2
  }
  let failed = false
  for (const file of files) {
    let result
    try {
      const gold = JSON.parse(fs.readFileSync(file, 'utf8'))
      if (Array.isArray(gold.beads)) result = verifyAlignment(gold, path.resolve(file))
      else if (Array.isArray(gold.defects) || Array.isArray(gold.acceptable)) result = verifyFindings(gold, path.resolve(file), cli)
      else result = {errors: ['neither an alignment (beads) nor a findings file (defects/acceptable)'], reports: [], summary: []}
    } catch (error) {
      result = {errors: [String(error.message ?? error)], reports: [], summary: []}
    }
    console.log(`${file}: ${result.errors.length ? 'FAIL' : 'ok'}`)
    for (const line of result.summary) console.log(`  ${line}`)
    for (const line of result.errors) console.log(`  error: ${line}`)
    for (const line of result.reports) console.log(`  note: ${line}`)
    if (result.errors.length) failed = true
  }
  return failed ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
