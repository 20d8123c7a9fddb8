import type { AfterErrorHook } from 'payload'

/** Node socket errors that mean the database server could not be reached or went away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
])
/** SQLSTATEs: 57P01-03 shutdown / crash / not accepting connections yet, 53300 too many connections. */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300'])
/** SQLite: another process holds the write lock longer than the busy timeout. */
const SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED'])
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  // Payload re-throws a failed transaction start as a new Error that keeps only the message.
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH)\b/,
  /the database system is (shutting down|starting up|in recovery mode)/i,
]

export const RETRY_AFTER_SECONDS = 5

/**
 * True when `error` (or anything in its `cause` chain: Drizzle wraps the driver's error) says the
 * database is unreachable rather than that the request was wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && depth < 6; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || SQLITE_CODES.has(code) || code.startsWith('08'))
        return true
    }
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true
    current = cause
  }
  return false
}

/**
 * Root afterError hook: a request that failed because the database is down (or restarting) answers
 * 503 with Retry-After, so clients and load balancers retry instead of reporting a server bug.
 */
export const answerUnavailableDatabase: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(RETRY_AFTER_SECONDS))
  return {
    status: 503,
    response: { errors: [{ message: 'The database is unavailable right now. Please try again in a few seconds.' }] },
  }
}
