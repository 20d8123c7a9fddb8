import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { ServerProps } from 'payload'

import { COLLECTION } from '../../constants'

const BASE = `/admin/collections/${COLLECTION.comments}`
const TABS = [
  { status: 'pending', label: 'Pending' },
  { status: 'approved', label: 'Approved' },
  { status: 'spam', label: 'Spam' },
  { status: 'trash', label: 'Trash' },
] as const

/**
 * Above the comments list: the moderation queues with their counts. The list opens on "Pending":
 * that is where a moderator's work is.
 */
export async function CommentQueueTabs({ payload, searchParams, user }: ServerProps) {
  // Search params may arrive parsed ({ where: { status: … } }) or raw ({ 'where[status][equals]': … }).
  const params = (searchParams ?? {}) as Record<string, unknown>
  const hasFilter = Object.keys(params).some((key) => key === 'where' || key.startsWith('where['))
  if (!hasFilter) redirect(`${BASE}?where[status][equals]=pending&sort=-createdAt`)
  const parsed = params.where as { status?: { equals?: string } } | undefined
  const current = parsed?.status?.equals ?? (params['where[status][equals]'] as string | undefined)
  const counts = await Promise.all(
    TABS.map(({ status }) =>
      payload.count({
        collection: COLLECTION.comments,
        where: { status: { equals: status } },
        overrideAccess: false,
        user,
      }),
    ),
  )
  return (
    <nav className="legwork-queue" aria-label="Moderation queues">
      {TABS.map((tab, index) => (
        <Link
          key={tab.status}
          href={`${BASE}?where[status][equals]=${tab.status}&sort=-createdAt`}
          className={`legwork-queue__tab${current === tab.status ? ' legwork-queue__tab--current' : ''}`}
          aria-current={current === tab.status ? 'page' : undefined}
        >
          {tab.label} <span className="legwork-queue__count">{counts[index]!.totalDocs}</span>
        </Link>
      ))}
    </nav>
  )
}
