// Spans are {start, end} UTF-16 offsets into one file, end exclusive. Everything the eval compares
// (gold units, parser sentences, findings, injected defects) is reduced to spans, so that gold made
// by hand, the parser's segmentation and the checker's places meet on the file's own offsets.

/** Two spans share at least one character. */
export const overlaps = (a, b) => a.start < b.end && b.start < a.end

export const overlapsAny = (span, spans) => span !== undefined && spans.some((other) => overlaps(span, other))

/** A node's span (unist position). */
export const spanOf = (node) => ({start: node.position.start.offset, end: node.position.end.offset})

/** The span of a VFileMessage place: a position, or a point (one character). */
export function placeSpan(place) {
  if (!place) return undefined
  if (place.start && place.end) {
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined) return undefined
    return {start, end: Math.max(end, start + 1)}
  }
  return place.offset === undefined ? undefined : {start: place.offset, end: place.offset + 1}
}

/**
 * Where a finding is, in both files. `place` is in the translation unless the finding is about a
 * source unit the translation lacks (`side: 'source'`); `cause` is at the other language's place
 * (the linked unit, or where an omitted unit would go).
 */
export function findingSpans(message) {
  const here = placeSpan(message.place)
  const there = placeSpan(message.cause?.place)
  return message.side === 'source' ? {source: here, target: there} : {source: there, target: here}
}

/**
 * Apply non-overlapping replacements `{start, end, replacement}` (offsets into `text`) and return
 * the new text and a mapping of old offsets to new ones. An offset inside a replaced range maps
 * to the start of the replacement (as a start) or to its end (as an end), so that a span around
 * the edit grows or shrinks with it.
 */
export function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  let out = ''
  let last = 0
  for (const edit of sorted) {
    if (edit.start < last) throw new Error('overlapping edits')
    out += text.slice(last, edit.start) + edit.replacement
    last = edit.end
  }
  out += text.slice(last)
  const map = (offset, asEnd = false) => {
    let delta = 0
    for (const edit of sorted) {
      if (offset <= edit.start) return offset + delta
      if (offset < edit.end) return edit.start + delta + (asEnd ? edit.replacement.length : 0)
      delta += edit.replacement.length - (edit.end - edit.start)
    }
    return offset + delta
  }
  return {text: out, map, mapSpan: (span) => ({start: map(span.start), end: map(span.end, true)})}
}

/** Where each edit's replacement lies in the edited text (in the order of `edits`). */
export function insertedSpans(edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  let delta = 0
  const spans = new Map()
  for (const edit of sorted) {
    spans.set(edit, {start: edit.start + delta, end: edit.start + delta + edit.replacement.length})
    delta += edit.replacement.length - (edit.end - edit.start)
  }
  return edits.map((edit) => spans.get(edit))
}
