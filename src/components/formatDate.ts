const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "24 November 2026" — dates are shown in UTC so a cached page reads the same everywhere. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? long.format(new Date(iso)) : ''
}
