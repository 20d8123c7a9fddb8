import { isValidID } from 'payload'
import type { Payload } from 'payload'

import { integerRowId } from '../../src/domain/comments/rowId'

export type Id = number | string

/** The id of a relationship value, whether it arrived populated (`{ id, … }`) or as a bare id. */
export function idOf(ref: unknown): Id | null | undefined {
  if (ref && typeof ref === 'object' && 'id' in ref) return (ref as { id: Id }).id
  return ref as Id | null | undefined
}

/**
 * Whether a client's value can name a row at all. Checked before it reaches a query: PostgreSQL does
 * not answer "no such row" to `abc`, `1.5` or `3000000000` against an integer id, the query fails.
 */
export function canNameRow(value: unknown, payload: Payload): value is Id {
  const { db } = payload
  if (db.defaultIDType === 'number') return integerRowId(value) !== null
  return typeof value === 'string' && isValidID(value, db.name === 'mongoose' ? 'ObjectID' : 'text')
}
