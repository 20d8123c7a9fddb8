import type { TypedUser } from 'payload'

import { isStaff } from '../../collections/shared/access'
import { payloadClient } from '../data/payload'

/** The signed-in staff member behind a request (the admin's cookie), or null. */
export async function staffFromHeaders(headers: Headers): Promise<TypedUser | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers })
  return user && isStaff(user) ? user : null
}
