import crypto from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { fieldRefusal } from '../../../src/errors/fieldRefusal'
import type { User } from '../../../src/payload-types'
import { hasRole } from '../../shared/access'
import { canNameRow } from '../../shared/refs'
import { sendInvitation } from '../invitations/sendInvitation'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** Only admins add people, as only they may create accounts (`access.create`); the admin asks the same. */
export const mayInvite = (user: PayloadRequest['user']): boolean => hasRole(user, 'admin')

function refusalForNonAdmins(req: PayloadRequest): Response | null {
  if (!req.user) return refuse(401, 'Sign in as an admin to invite people.')
  if (!mayInvite(req.user)) return refuse(403, 'Only admins invite people to the newsroom.')
  return null
}

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body = await req.json?.().catch(() => undefined)
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw fieldRefusal([{ path: 'body', message: 'Send a JSON object with name, email and roles.' }])
  return body as Record<string, unknown>
}

/**
 * POST /api/users/invite { name, email, roles } — adds a colleague without a password and emails
 * them a link to choose one. The account is created through the Local API under the admin's own
 * access, so every field rule and validation of a normal create applies (a taken email is refused,
 * naming `email`). Its password is random and never shown: until the link is used, nobody can sign
 * in with it.
 */
export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    const refusal = refusalForNonAdmins(req)
    if (refusal) return refusal
    const { name, email, roles } = await jsonBody(req)
    const user = (await req.payload.create({
      collection: COLLECTION.users,
      data: { name, email, roles, password: crypto.randomBytes(32).toString('base64url') } as never,
      overrideAccess: false,
      user: req.user,
      req,
    })) as User
    const invitation = await sendInvitation(req, user)
    const doc = await req.payload.findByID({
      collection: COLLECTION.users,
      id: user.id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json({ doc, invitation, message: invitation.message }, { status: 201 })
  },
}

/**
 * POST /api/users/:id/invite — sends the invitation again, with a new link (the old one stops
 * working). Refused once the person has chosen a password: from then on "Forgot your password?" on
 * the sign-in page is theirs to use.
 */
export const resendInvitationEndpoint: Endpoint = {
  path: '/:id/invite',
  method: 'post',
  handler: async (req) => {
    const refusal = refusalForNonAdmins(req)
    if (refusal) return refusal
    const id = req.routeParams?.id
    const user = canNameRow(id, req.payload)
      ? ((await req.payload.findByID({
          collection: COLLECTION.users,
          id,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
          disableErrors: true,
        })) as User | null)
      : null
    if (!user) return refuse(404, 'No such account.')
    if (user.invitationAcceptedAt) {
      return refuse(
        409,
        `${user.name} already chose a password and can sign in; if it is forgotten, “Forgot your password?” on the sign-in page sends a new link.`,
      )
    }
    const invitation = await sendInvitation(req, user)
    return Response.json({ invitation, message: invitation.message }, { status: 200 })
  },
}
