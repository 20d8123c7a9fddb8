/**
 * The site's time zone is an IANA name ("Europe/London") that this server's Intl knows. Aliases and
 * other spellings ("europe/london", "US/Eastern") are refused with the name the server would use, so
 * one zone is never stored under two names.
 */
export const DEFAULT_TIME_ZONE = 'Europe/London'

/** Every zone the server can format dates in, UTC first (Intl lists only the geographic ones). */
export function timeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')]
}

/** The server's own name for `name`, or null when it knows no such zone. */
export function canonicalTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** True, or the sentence that tells why `value` is not a time zone the site can use. */
export function checkTimeZone(value: unknown): true | string {
  if (typeof value !== 'string' || !value.trim()) return 'Choose the time zone the newsroom works in.'
  const canonical = canonicalTimeZone(value)
  if (canonical === null)
    return `“${value}” is not a time zone this server knows; choose one such as ${DEFAULT_TIME_ZONE}.`
  if (canonical !== value) return `Use “${canonical}”, the name this server gives “${value}”.`
  return true
}
