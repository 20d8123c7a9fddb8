/** The largest id a PostgreSQL `serial` column holds (SQLite's go further, but never get there). */
export const MAX_ROW_ID = 2_147_483_647

/**
 * The row a client's value names in a table with integer ids, or null when it cannot name one. A
 * string of digits counts, as Payload accepts it. Checked before any lookup: PostgreSQL does not
 * answer "no such row" to `1.5`, `NaN` or `3000000000` against an integer id, the query fails.
 */
export function integerRowId(value: unknown): number | null {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= MAX_ROW_ID ? id : null
}
