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
 * the new text and mappings of old spans to new ones.
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
  // Text inserted right at a span's edge may belong to the span or not (a sentence added at the
  // end of a paragraph is inside the paragraph, not inside the sentence before it): `mapSpan`
  // leaves inserted text at the edges out, `wideSpan` takes it in. Offsets inside a replaced
  // range go to the replacement's start (as a start) or end (as an end).
  const map = (offset, asEnd, wide) => {
    let delta = 0
    for (const edit of sorted) {
      const length = edit.replacement.length
      if (offset < edit.start) return offset + delta
      if (offset === edit.start) {
        if (wide) return edit.start + delta + (asEnd ? length : 0)
        return edit.start + delta + (edit.start === edit.end && !asEnd ? length : 0)
      }
      if (offset < edit.end) return edit.start + delta + (asEnd ? length : 0)
      if (offset === edit.end && wide && !asEnd) return edit.start + delta
      delta += length - (edit.end - edit.start)
    }
    return offset + delta
  }
  return {text: out, mapSpan: (span) => ({start: map(span.start, false, false), end: map(span.end, true, false)}), wideSpan: (span) => ({start: map(span.start, false, true), end: map(span.end, true, true)})}
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
