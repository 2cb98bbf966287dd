/**
 * A banded monotone dynamic programme: the cheapest way to cover source units [0, n) and target
 * units [0, m) with beads of the given shapes, in order. Only cells within `band` of the
 * diagonal are visited, so time and memory grow with (n + m) × band, not n × m.
 */

export interface BeadShape {
  /** Source units in the bead. */
  source: number
  /** Target units in the bead. */
  target: number
}

/** A bead of the best path: source [sourceStart, sourceEnd), target [targetStart, targetEnd). */
export interface PathBead {
  sourceStart: number
  sourceEnd: number
  targetStart: number
  targetEnd: number
}

/**
 * @param cost cost of the bead covering source [i - shape.source, i) and target
 *   [j - shape.target, j); `Infinity` forbids it.
 */
export function alignMonotone(
  n: number,
  m: number,
  shapes: readonly BeadShape[],
  cost: (i: number, j: number, shape: BeadShape) => number,
  band = 24
): PathBead[] {
  if (n === 0 && m === 0) return []
  const slope = n === 0 ? 0 : m / n
  const maxStep = Math.max(...shapes.map((shape) => Math.max(shape.source, shape.target)))
  // The band must follow the diagonal however steep it is, with room for skipped units.
  const width = band + Math.ceil(Math.max(slope, 1) * maxStep)
  const low = (i: number) => (n === 0 ? 0 : Math.max(0, Math.floor(i * slope) - width))
  const high = (i: number) => (n === 0 ? m : Math.min(m, Math.ceil(i * slope) + width))
  const rows: Float64Array[] = []
  const back: Int16Array[] = []
  const lows: number[] = []
  for (let i = 0; i <= n; i++) {
    const lo = low(i)
    const hi = high(i)
    lows.push(lo)
    const row = new Float64Array(hi - lo + 1).fill(Infinity)
    const from = new Int16Array(hi - lo + 1).fill(-1)
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0
        continue
      }
      let best = Infinity
      let bestShape = -1
      for (let s = 0; s < shapes.length; s++) {
        const shape = shapes[s]
        const pi = i - shape.source
        const pj = j - shape.target
        if (pi < 0 || pj < 0) continue
        let previous: number
        if (pi === i) {
          if (pj < lo) continue
          previous = row[pj - lo]
        } else {
          const prevLow = lows[pi]
          const prevRow = rows[pi]
          if (pj < prevLow || pj - prevLow >= prevRow.length) continue
          previous = prevRow[pj - prevLow]
        }
        if (previous === Infinity) continue
        const total = previous + cost(i, j, shape)
        if (total < best) {
          best = total
          bestShape = s
        }
      }
      row[j - lo] = best
      from[j - lo] = bestShape
    }
    rows.push(row)
    back.push(from)
  }
  const path: PathBead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const s = back[i][j - lows[i]]
    if (s < 0) throw new Error(`alignment band did not reach (${i}, ${j})`)
    const shape = shapes[s]
    path.push({sourceStart: i - shape.source, sourceEnd: i, targetStart: j - shape.target, targetEnd: j})
    i -= shape.source
    j -= shape.target
  }
  return path.reverse()
}
