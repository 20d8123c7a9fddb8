import Link from 'next/link'
import type { ServerProps } from 'payload'

import { hasRole } from '../../../collections/shared/access'
import { COLLECTION } from '../../constants'

/** In the admin navigation: how many comments wait for a moderator, linking to that queue. */
export async function PendingCommentsNavLink({ payload, user }: ServerProps) {
  if (!hasRole(user, 'admin', 'editor', 'moderator')) return null
  const { totalDocs } = await payload.count({
    collection: COLLECTION.comments,
    where: { status: { equals: 'pending' } },
    overrideAccess: false,
    user,
  })
  return (
    <Link
      className="legwork-nav-pending"
      href={`/admin/collections/${COLLECTION.comments}?where[status][equals]=pending&sort=-createdAt`}
    >
      Comments to moderate{' '}
      <span
        className={`legwork-nav-pending__badge${totalDocs === 0 ? ' legwork-nav-pending__badge--none' : ''}`}
        aria-label={`${totalDocs} pending`}
      >
        {totalDocs}
      </span>
    </Link>
  )
}
