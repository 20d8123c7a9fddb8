import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '../../src/errors/databaseUnavailable'

const withCode = (code: string, message = 'driver error') => Object.assign(new Error(message), { code })

describe('telling a database outage from a bad request', () => {
  it('recognises a refused or reset connection and PostgreSQL shutting down, even wrapped by Drizzle', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Failed query: select …', { cause: withCode('57P01') }))).toBe(true)
    expect(isDatabaseUnavailable(new Error('outer', { cause: new Error('mid', { cause: withCode('08006') }) }))).toBe(
      true,
    )
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailable(withCode('SQLITE_BUSY'))).toBe(true)
    // What Payload throws when a transaction cannot start: the driver's message, nothing else.
    expect(
      isDatabaseUnavailable(new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432')),
    ).toBe(true)
  })

  it('leaves real request errors and bugs alone', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('The following field is invalid: body'), { status: 400 })),
    ).toBe(false)
    // A unique violation is the client's problem, not an outage.
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: withCode('23505') }))).toBe(false)
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
  })
})
