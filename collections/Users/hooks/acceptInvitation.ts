import type { CollectionAfterOperationHook } from 'payload'

import { COLLECTION } from '../../../src/constants'

/**
 * After a set-password link was used (Payload's reset-password): the link is spent — Payload only
 * marks it expired, we remove it so that it is not kept — and an invited person has now joined.
 */
export const acceptInvitation: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (operation !== 'resetPassword') return result
  const id = (result as { user?: { id?: number | string } } | undefined)?.user?.id
  if (id === undefined) return result
  const account = await req.payload.db.findOne<{
    id: number | string
    invitedAt?: string | null
    invitationAcceptedAt?: string | null
  }>({
    collection: COLLECTION.users,
    where: { id: { equals: id } },
    req,
  })
  const joins = Boolean(account?.invitedAt && !account.invitationAcceptedAt)
  await req.payload.db.updateOne({
    collection: COLLECTION.users,
    id,
    data: {
      resetPasswordToken: null,
      resetPasswordExpiration: null,
      ...(joins ? { invitationAcceptedAt: new Date().toISOString() } : {}),
    },
    req,
  })
  return result
}
