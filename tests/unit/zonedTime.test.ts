import { describe, expect, it } from 'vitest'

import { utcToZonedLocal, zonedLocalToUtc } from '../../src/domain/zonedTime'

describe('times on the newsroom’s clock', () => {
  it('reads a wall time in the newsroom’s zone, summer and winter alike', () => {
    expect(zonedLocalToUtc('2026-12-02T09:07', 'Europe/London')!.toISOString()).toBe('2026-12-02T09:07:00.000Z')
    expect(zonedLocalToUtc('2026-07-02T09:07', 'Europe/London')!.toISOString()).toBe('2026-07-02T08:07:00.000Z')
    expect(zonedLocalToUtc('2026-07-02T09:07', 'America/New_York')!.toISOString()).toBe('2026-07-02T13:07:00.000Z')
    expect(zonedLocalToUtc('2026-12-02T09:07', 'Asia/Kolkata')!.toISOString()).toBe('2026-12-02T03:37:00.000Z')
  })

  it('gets the hours around a clock change right', () => {
    // Europe/London goes from 01:00 GMT to 02:00 BST on 29 March 2026.
    expect(zonedLocalToUtc('2026-03-29T00:30', 'Europe/London')!.toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(zonedLocalToUtc('2026-03-29T03:00', 'Europe/London')!.toISOString()).toBe('2026-03-29T02:00:00.000Z')
  })

  it('shows an instant on the zone’s wall clock, the other way round', () => {
    expect(utcToZonedLocal(new Date('2026-07-02T08:07:00Z'), 'Europe/London')).toBe('2026-07-02T09:07')
    const local = '2026-10-25T14:59'
    expect(utcToZonedLocal(zonedLocalToUtc(local, 'Australia/Sydney')!, 'Australia/Sydney')).toBe(local)
  })

  it('refuses text that is not a time', () => {
    expect(zonedLocalToUtc('tomorrow at nine', 'Europe/London')).toBeNull()
  })
})
