import type { ServerProps } from 'payload'

import { hasRole } from '../../../collections/shared/access'
import { EditorialDashboard } from './EditorialDashboard'
import { ModeratorDashboard } from './ModeratorDashboard'

/**
 * The admin home, by what the person signed in does: a moderator's work is the comment queue;
 * editors and admins keep the newsroom's overview (with its pending-comments count). Someone who is
 * both a moderator and a writer sees the queue and then their articles.
 */
export async function HomeDashboard(props: ServerProps) {
  const { user } = props
  const editsContent = hasRole(user, 'admin', 'editor')
  const moderatesOnly = hasRole(user, 'moderator') && !editsContent
  if (!moderatesOnly) return <EditorialDashboard {...props} />
  return (
    <>
      <ModeratorDashboard {...props} />
      {hasRole(user, 'writer') ? <EditorialDashboard {...props} /> : null}
    </>
  )
}
