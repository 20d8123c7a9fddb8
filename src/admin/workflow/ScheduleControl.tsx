'use client'
import { Button, toast, useDocumentInfo, useServerFunctions } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'

import { COLLECTION } from '@/constants'
import { utcToZonedLocal, zonedLocalToUtc } from '@/domain/zonedTime'

import { useSiteTimezone } from './useSiteTimezone'

type Kind = 'publish' | 'unpublish'
type Upcoming = { id: number | string; input: { type: Kind }; waitUntil: string }

const label: Record<Kind, string> = { publish: 'Publish', unpublish: 'Unpublish' }

/**
 * Scheduling in the workflow panel, in place of Payload's drawer (which offered Unpublish first for
 * an article never published, showed no time zone and stepped in five minutes). The time is read on
 * the newsroom's clock (the website settings' time zone) to the minute. Only what can happen is
 * offered: a publish once the article may be published, an unpublish once it is live.
 */
export function ScheduleControl({ canPublish }: { canPublish: boolean }) {
  const { id, savedDocumentData } = useDocumentInfo()
  const { serverFunction } = useServerFunctions()
  const timeZone = useSiteTimezone()
  const live = savedDocumentData?._status === 'published'
  const kinds = useMemo<Kind[]>(
    () => [...(canPublish ? (['publish'] as const) : []), ...(live ? (['unpublish'] as const) : [])],
    [canPublish, live],
  )

  const [upcoming, setUpcoming] = useState<Upcoming[]>([])
  const [open, setOpen] = useState(false)
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'publish')
  const [when, setWhen] = useState('')
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const asked = serverFunction({
      name: 'get-upcoming-scheduled-publish',
      args: { collectionSlug: COLLECTION.articles, id },
    }) as Promise<Upcoming[]>
    const events = await asked.catch(() => [])
    setUpcoming(Array.isArray(events) ? events : [])
  }, [id, serverFunction])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    if (!kinds.includes(kind) && kinds[0]) setKind(kinds[0])
  }, [kinds, kind])

  async function call(args: Record<string, unknown>, done: string) {
    setBusy(true)
    try {
      const answer = (await serverFunction({ name: 'schedule-publish', args })) as { error?: string } | undefined
      if (answer?.error) {
        toast.error(answer.error)
        return false
      }
      toast.success(done)
      await load()
      return true
    } finally {
      setBusy(false)
    }
  }

  async function schedule() {
    const date = zonedLocalToUtc(when, timeZone)
    if (!date) {
      toast.error('Choose a date and a time.')
      return
    }
    const ok = await call(
      // The id as text: Payload lists upcoming schedules by comparing `input.doc.value` with a string.
      { type: kind, date, timezone: timeZone, doc: { relationTo: COLLECTION.articles, value: String(id) } },
      `${label[kind]} scheduled for ${utcToZonedLocal(date, timeZone).replace('T', ' ')} (${timeZone}).`,
    )
    if (ok) {
      setOpen(false)
      setWhen('')
    }
  }

  if (!id || (kinds.length === 0 && upcoming.length === 0)) return null
  const shown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone })

  return (
    <section className="legwork-schedule" aria-labelledby="legwork-schedule-title">
      <h4 id="legwork-schedule-title">Schedule</h4>
      {upcoming.length > 0 ? (
        <ul className="legwork-schedule__upcoming">
          {upcoming.map((event) => (
            <li key={event.id}>
              <span>
                {label[event.input.type]} on {shown.format(new Date(event.waitUntil))}
              </span>
              <button
                type="button"
                className="legwork-link-button"
                disabled={busy}
                onClick={() => void call({ deleteID: event.id }, 'Schedule cancelled.')}
              >
                Cancel
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {kinds.length > 0 && !open ? (
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)}>
          Schedule…
        </Button>
      ) : null}
      {open ? (
        <div className="legwork-schedule__form">
          {kinds.length > 1 ? (
            <fieldset>
              <legend>What happens</legend>
              {kinds.map((option) => (
                <label key={option}>
                  <input type="radio" name="schedule-kind" checked={kind === option} onChange={() => setKind(option)} />{' '}
                  {label[option]}
                </label>
              ))}
            </fieldset>
          ) : (
            <p>{label[kind]} at:</p>
          )}
          <label>
            Date and time ({timeZone})
            <input type="datetime-local" step={60} value={when} onChange={(event) => setWhen(event.target.value)} />
          </label>
          <div className="legwork-schedule__buttons">
            <Button size="small" disabled={busy || !when} onClick={() => void schedule()}>
              Schedule {label[kind].toLowerCase()}
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
