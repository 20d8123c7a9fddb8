import type { Payload, PayloadRequest } from 'payload'

import { mayInvite } from '../../../collections/Users/endpoints/invitationEndpoints'

import './people.scss'

/** Above the staff list, for admins: the way to add someone without choosing their password. */
export function InviteButton({ payload, user }: { payload: Payload; user?: PayloadRequest['user'] }) {
  if (!mayInvite(user ?? null)) return null
  const adminRoute = payload.config.routes.admin
  return (
    <div className="legwork-invite-cta">
      <a className="btn btn--style-primary btn--size-medium legwork-invite-cta__button" href={`${adminRoute}/invite`}>
        Invite a colleague
      </a>
      <p className="legwork-muted">They get an email with a link to choose their own password.</p>
    </div>
  )
}
