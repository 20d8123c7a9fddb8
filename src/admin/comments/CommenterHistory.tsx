import Link from 'next/link'
import type { UIFieldServerProps } from 'payload'

import { hasRole } from '../../../collections/shared/access'
import { COLLECTION } from '../../constants'
import { COMMENT_STATUS_VALUES, STATUS_LABELS } from '../../domain/comments/moderationActions'
import { loadCommenterHistory } from './loadCommenterHistory'

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })
const LIST = `/admin/collections/${COLLECTION.comments}`
const listOf = (email: string, status?: string) =>
  `${LIST}?${new URLSearchParams({
    ...(status ? { 'where[status][equals]': status } : {}),
    'where[authorEmail][equals]': email,
    sort: '-createdAt',
  }).toString()}`

/**
 * On a comment's page, for those who moderate (emails are private): what else the same email has
 * written, counted by status and linking to each, as WordPress shows beside a comment's author.
 */
export async function CommenterHistory({ data, payload, user, operation }: UIFieldServerProps) {
  const email = typeof data?.authorEmail === 'string' ? data.authorEmail : null
  if (operation !== 'update' || !email || !hasRole(user, 'admin', 'editor', 'moderator')) return null
  const history = await loadCommenterHistory(payload, user!, email, data!.id as number | string)
  return (
    <section className="legwork-panel legwork-commenter" aria-labelledby="legwork-commenter-heading">
      <h3 id="legwork-commenter-heading">This commenter</h3>
      <p className="legwork-commenter__email">{email}</p>
      <ul className="legwork-commenter__counts" aria-label="Their comments by status">
        {COMMENT_STATUS_VALUES.map((status) => (
          <li key={status}>
            <Link href={listOf(email, status)}>
              <span className={`legwork-comment-status legwork-comment-status--${status}`}>
                {STATUS_LABELS[status]}
              </span>{' '}
              <strong data-status={status}>{history.counts[status]}</strong>
            </Link>
          </li>
        ))}
      </ul>
      {history.others.length === 0 ? (
        <p className="legwork-muted">No other comments from this address.</p>
      ) : (
        <>
          <h4>Their other comments</h4>
          <ol className="legwork-commenter__others">
            {history.others.map((other) => (
              <li key={other.id}>
                <Link href={`${LIST}/${other.id}`}>{other.excerpt}</Link>
                <span className="legwork-muted">
                  <span className={`legwork-comment-status legwork-comment-status--${other.status}`}>
                    {STATUS_LABELS[other.status]}
                  </span>{' '}
                  {other.articleTitle ? `on “${other.articleTitle}”, ` : ''}
                  {when.format(new Date(other.createdAt))}
                </span>
              </li>
            ))}
          </ol>
          {history.total - 1 > history.others.length ? (
            <Link href={listOf(email)}>All {history.total} comments from this address</Link>
          ) : null}
        </>
      )}
    </section>
  )
}
