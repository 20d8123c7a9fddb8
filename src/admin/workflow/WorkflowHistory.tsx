'use client'
import { useDocumentInfo } from '@payloadcms/ui'

import { STAGE_LABELS, type Stage } from '@/constants'

type Entry = { id?: string; at: string; byName?: string | null; from?: Stage | null; to: Stage; note?: string | null }

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** The article's review trail, newest first, as a reader-friendly list instead of an editable array. */
export function WorkflowHistory() {
  // Only the server writes the history, so the saved document is the truth (the form holds row counts).
  const { savedDocumentData } = useDocumentInfo()
  const value = savedDocumentData?.history as Entry[] | undefined
  const entries = [...(Array.isArray(value) ? value : [])].reverse()
  return (
    <section className="legwork-history" aria-labelledby="legwork-history-title">
      <h3 id="legwork-history-title">Workflow history</h3>
      {entries.length === 0 ? (
        <p className="legwork-muted">Nothing yet: the trail starts when the article is first saved.</p>
      ) : (
        <ol>
          {entries.map((entry, index) => (
            <li key={entry.id ?? index}>
              <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time> ·{' '}
              <strong>{entry.byName ?? 'Someone'}</strong>:{' '}
              {entry.from
                ? `${STAGE_LABELS[entry.from]} → ${STAGE_LABELS[entry.to]}`
                : `created as ${STAGE_LABELS[entry.to]}`}
              {entry.note ? <blockquote>{entry.note}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
