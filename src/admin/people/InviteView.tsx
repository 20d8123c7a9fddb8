import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { mayInvite } from '../../../collections/Users/endpoints/invitationEndpoints'
import { ROLE_CHOICES } from '../../../collections/Users/roles'
import { INVITATION_DAYS } from '../../../collections/Users/invitations/setPasswordLink'
import { InviteForm } from './InviteForm.client'

import './people.scss'

/** /admin/invite — name, email and roles; the person chooses their password from the email. */
export function InviteView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { routes } = req.payload.config
  // Custom views are public in Payload: this one is for signed-in staff.
  if (!req.user || !permissions.canAccessAdmin) redirect(`${routes.admin}/login?redirect=${routes.admin}/invite`)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="legwork-invite">
        <h1>Invite a colleague</h1>
        {mayInvite(req.user) ? (
          <>
            <p className="legwork-invite__lede">
              They get an email with a link to choose their own password and sign in. The link works once, for{' '}
              {INVITATION_DAYS} days; you can send it again from their page.
            </p>
            <InviteForm apiRoute={routes.api} adminRoute={routes.admin} roles={ROLE_CHOICES} />
          </>
        ) : (
          <p className="legwork-notice">
            Only admins invite people to the newsroom, because an account opens the admin to whoever holds it. Ask an
            admin to invite your colleague.
          </p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
