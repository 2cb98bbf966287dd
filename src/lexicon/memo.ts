// Bounded memos for the lexicon's pure functions of strings. A document repeats its words and
// the aligner, then the checks, ask about the same sentences; the bound keeps a long document
// (or a long-running process: a linter, tree mode) from holding every answer it ever computed.

/**
 * A memo of `compute` for at most `limit` keys: when full, the oldest half is dropped (a Map
 * iterates in insertion order), so a working set smaller than the bound always stays.
 * `compute` gets the key and whatever the caller passed along (what the key was made from).
 */
export function boundedMemo<T, A = undefined>(compute: (key: string, argument: A) => T, limit: number): (key: string, argument?: A) => T {
  const memo = new Map<string, T>()
  return (key, argument) => {
    let value = memo.get(key)
    if (value === undefined && !memo.has(key)) {
      value = compute(key, argument as A)
      if (memo.size >= limit) {
        let drop = memo.size >> 1
        for (const old of memo.keys()) {
          if (drop-- <= 0) break
          memo.delete(old)
        }
      }
      memo.set(key, value)
    }
    return value as T
  }
}
