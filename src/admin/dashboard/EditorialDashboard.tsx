import type { ServerProps } from 'payload'

import { COLLECTION, STAGE_LABELS } from '../../constants'
import { loadDashboard } from './loadDashboard'

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
const editUrl = (id: number | string) => `/admin/collections/${COLLECTION.articles}/${id}`

/**
 * The admin home for the newsroom: where every article stands (as a bar chart), what goes live
 * next, and what waits for the person signed in.
 */
export async function EditorialDashboard({ payload, user }: ServerProps) {
  if (!user) return null
  const data = await loadDashboard(payload, user)
  const largest = Math.max(1, ...data.byStage.map((row) => row.count))

  return (
    <section className="legwork-dashboard" aria-label="Editorial overview">
      <div className="legwork-dashboard__panel">
        <h2>Articles by stage</h2>
        <ul className="legwork-bars">
          {data.byStage.map(({ stage, count }) => (
            <li key={stage}>
              <a href={`/admin/collections/${COLLECTION.articles}?where[stage][equals]=${stage}`}>
                {STAGE_LABELS[stage]}
              </a>
              <span className="legwork-bars__track" aria-hidden="true">
                <span
                  className={`legwork-bars__bar legwork-stage--${stage}`}
                  style={{ width: `${(count / largest) * 100}%` }}
                />
              </span>
              <strong>{count}</strong>
            </li>
          ))}
        </ul>
      </div>

      <div className="legwork-dashboard__panel">
        <h2>Scheduled next</h2>
        {data.scheduled.length === 0 ? (
          <p className="legwork-muted">Nothing is scheduled. Editors schedule from an article’s Publish menu.</p>
        ) : (
          <ul className="legwork-list">
            {data.scheduled.map((item) => (
              <li key={`${item.id}-${item.at}`}>
                <a href={editUrl(item.id)}>{item.title}</a>
                <span className="legwork-muted">
                  {item.type === 'publish' ? 'goes live' : 'comes down'} {when.format(new Date(item.at))} UTC
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>

      {data.pendingComments !== null ? (
        <div className="legwork-dashboard__panel">
          <h2>Comments awaiting moderation</h2>
          <p className="legwork-dashboard__big">{data.pendingComments}</p>
          <a href={`/admin/collections/${COLLECTION.comments}?where[status][equals]=pending&sort=-createdAt`}>
            Open the queue
          </a>
        </div>
      ) : null}

      {data.waiting ? (
        <div className="legwork-dashboard__panel">
          <h2>{data.waiting.heading}</h2>
          {data.waiting.items.length === 0 ? (
            <p className="legwork-muted">All clear.</p>
          ) : (
            <ul className="legwork-list">
              {data.waiting.items.map((item) => (
                <li key={item.id}>
                  <a href={editUrl(item.id)}>{item.title}</a>
                  <span className={`legwork-stage legwork-stage--${item.stage}`}>{STAGE_LABELS[item.stage]}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  )
}
