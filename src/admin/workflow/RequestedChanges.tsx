'use client'
import type { Stage } from '@/constants'

export type HistoryEntry = { at: string; byName?: string | null; to: Stage; note?: string | null }

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** The editor's latest "request changes" note, where the writer works, not only in the history tab. */
export function RequestedChanges({ history }: { history: HistoryEntry[] }) {
  const request = [...history].reverse().find((entry) => entry.to === 'changes_requested' && entry.note)
  if (!request) return null
  return (
    <figure className="legwork-workflow__request">
      <blockquote>{request.note}</blockquote>
      <figcaption>
        {request.byName ?? 'An editor'}, <time dateTime={request.at}>{when.format(new Date(request.at))}</time>
      </figcaption>
    </figure>
  )
}
