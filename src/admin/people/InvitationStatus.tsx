import type { PayloadRequest } from 'payload'

import { mayInvite } from '../../../collections/Users/endpoints/invitationEndpoints'
import { INVITATION_LIFETIME_MS } from '../../../collections/Users/invitations/setPasswordLink'
import { formatDeadline } from '../../email/invitationEmails'
import { readSiteSettings } from '../../settings/readSiteSettings'
import { ResendInvitation } from './ResendInvitation.client'

import './people.scss'

type Props = {
  id?: number | string
  data?: { invitedAt?: string | null; invitationAcceptedAt?: string | null; name?: string }
  req: PayloadRequest
}

/**
 * The sidebar of a staff account: whether they were invited, whether they have joined, and — for
 * admins, while they have not — the button that sends the invitation again.
 */
export async function InvitationStatus({ id, data, req }: Props) {
  const { routes } = req.payload.config
  if (id === undefined) {
    if (!mayInvite(req.user)) return null
    return (
      <div className="legwork-invitation">
        <p className="legwork-muted">
          Rather not choose a password for them? <a href={`${routes.admin}/invite`}>Invite them instead</a>: they get an
          email and choose their own.
        </p>
      </div>
    )
  }
  const { timezone } = await readSiteSettings(req.payload, req)
  const when = (iso: string) => formatDeadline(new Date(iso), timezone)
  const invitedAt = data?.invitedAt ?? null
  const joinedAt = data?.invitationAcceptedAt ?? null
  return (
    <div className="legwork-invitation" data-testid="invitation-status">
      <h3 className="legwork-invitation__title">Invitation</h3>
      {joinedAt ? (
        <p>Joined {when(joinedAt)}, with a password of their own.</p>
      ) : invitedAt ? (
        <p>
          Invited {when(invitedAt)}; has not chosen a password yet. The link works until{' '}
          {when(new Date(new Date(invitedAt).getTime() + INVITATION_LIFETIME_MS).toISOString())}.
        </p>
      ) : (
        <p className="legwork-muted">Not invited by email: their password was set by an admin.</p>
      )}
      {!joinedAt && mayInvite(req.user) ? (
        <ResendInvitation
          apiRoute={routes.api}
          id={id}
          label={invitedAt ? 'Send the invitation again' : 'Send an invitation'}
        />
      ) : null}
    </div>
  )
}
