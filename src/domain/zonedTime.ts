import { TZDate } from '@date-fns/tz'

/**
 * Wall-clock times in a named time zone (the newsroom's, from the website settings) and the
 * instants they stand for. An editor in another country schedules "9:00" and means 9:00 where the
 * newsroom is; the browser's own zone must not leak in. The arithmetic is @date-fns/tz's (the
 * library Payload's admin uses for the same job).
 */

/** `2026-12-02T09:07` read in `timeZone` → the instant. Null for text that is no such time. */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  return new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime())
}

/** The instant as `YYYY-MM-DDTHH:mm` on the zone's wall clock (what a datetime-local input shows). */
export function utcToZonedLocal(date: Date, timeZone: string): string {
  const zoned = new TZDate(date.getTime(), timeZone)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${zoned.getFullYear()}-${two(zoned.getMonth() + 1)}-${two(zoned.getDate())}T${two(zoned.getHours())}:${two(zoned.getMinutes())}`
}
