import { MinimalTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { COLLECTION } from '../../constants'
import { formatDeadline } from '../../email/invitationEmails'
import type { User } from '../../payload-types'
import { readSiteSettings } from '../../settings/readSiteSettings'
import { Logo } from '../branding/Logo'
import { SetPasswordForm } from './SetPasswordForm.client'

import './people.scss'

/**
 * /admin/set-password/:token — where an invitation or a password reset lands. The token is Payload's
 * forgot-password token; this page only reads whose it is, to greet them and to say plainly when it
 * has expired or been used, and the form sends it to Payload's own reset-password.
 */
export async function SetPasswordView({ initPageResult, params }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  const { routes } = payload.config
  const segments = (params?.segments as string[] | undefined) ?? []
  const token = decodeURIComponent(segments[1] ?? '')
  const account = token
    ? await payload.db.findOne<User>({
        collection: COLLECTION.users,
        where: { resetPasswordToken: { equals: token } },
        req,
      })
    : null
  const { siteName, timezone } = await readSiteSettings(payload, req)
  const isInvitation = Boolean(account?.invitedAt && !account.invitationAcceptedAt)
  const expiresAt = account?.resetPasswordExpiration ? new Date(account.resetPasswordExpiration) : null
  const signIn = `${routes.admin}/login`

  let body
  if (!account || !expiresAt) {
    body = (
      <>
        <h1>This link has already been used</h1>
        <p>
          Or a newer one replaced it: each invitation or password email works once, and only the latest one works. If
          you have chosen your password, <a href={signIn}>sign in</a>. If not, ask an admin to send your invitation
          again, or use “Forgot your password?” on the <a href={signIn}>sign-in page</a>.
        </p>
      </>
    )
  } else if (expiresAt.getTime() <= Date.now()) {
    body = (
      <>
        <h1>This link has expired</h1>
        <p>It worked until {formatDeadline(expiresAt, timezone)}.</p>
        <p>
          {isInvitation ? (
            <>Ask an admin to send your invitation again; the new email has a fresh link.</>
          ) : (
            <>
              Ask for a new one with “Forgot your password?” on the <a href={signIn}>sign-in page</a>.
            </>
          )}
        </p>
      </>
    )
  } else {
    body = (
      <>
        <h1>{isInvitation ? `Welcome to ${siteName}, ${account.name}` : 'Choose a new password'}</h1>
        <p>
          You will sign in as <strong>{account.email}</strong>. This link works once, until{' '}
          {formatDeadline(expiresAt, timezone)}.
        </p>
        <SetPasswordForm
          apiRoute={routes.api}
          adminRoute={routes.admin}
          token={token}
          email={account.email}
          submitLabel={isInvitation ? 'Set password and sign in' : 'Save password and sign in'}
        />
      </>
    )
  }
  return (
    <MinimalTemplate className="legwork-set-password">
      <div className="legwork-set-password__brand">
        <Logo payload={payload} />
      </div>
      {body}
    </MinimalTemplate>
  )
}
