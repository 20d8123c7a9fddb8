import { isValidID } from 'payload'
import type { Payload } from 'payload'

import { integerRowId } from '../../src/domain/comments/rowId'
import type { Id } from '../../src/domain/ids'

export { idOf, type Id } from '../../src/domain/ids'

/**
 * Whether a client's value can name a row at all. Checked before it reaches a query: PostgreSQL does
 * not answer "no such row" to `abc`, `1.5` or `3000000000` against an integer id, the query fails.
 */
export function canNameRow(value: unknown, payload: Payload): value is Id {
  const { db } = payload
  if (db.defaultIDType === 'number') return integerRowId(value) !== null
  return typeof value === 'string' && isValidID(value, db.name === 'mongoose' ? 'ObjectID' : 'text')
}
