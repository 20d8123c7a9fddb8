/**
 * Whether two strings are at most `maxEdits` single-character insertions, deletions or
 * substitutions apart (Levenshtein distance). Only the diagonal band of width `maxEdits` is
 * computed and the walk stops as soon as every cell of a row exceeds it, so comparing two
 * unrelated paragraphs costs a few rows, not their lengths multiplied.
 */
export function withinEdits(a: string, b: string, maxEdits: number): boolean {
  if (Math.abs(a.length - b.length) > maxEdits) return false
  const beyond = maxEdits + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= maxEdits ? j : beyond))
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(beyond)
    current[0] = i <= maxEdits ? i : beyond
    let rowBest = current[0]
    const from = Math.max(1, i - maxEdits)
    const to = Math.min(b.length, i + maxEdits)
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      const cell = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1, beyond)
      current[j] = cell
      if (cell < rowBest) rowBest = cell
    }
    if (rowBest > maxEdits) return false
    previous = current
  }
  return previous[b.length]! <= maxEdits
}
