import type { Role } from '../../src/constants'
import { getTestPayload } from './payload'
import { login } from './restClient'

export const TEST_PASSWORD = 'test-password-long-enough'

/** Creates a staff account through the Local API (bypassing access, as an admin would) and logs it in over REST. */
export async function createStaff(
  role: Role,
  label: string = role,
): Promise<{ id: number | string; token: string; email: string }> {
  const payload = await getTestPayload()
  // The first account always becomes admin (first-register); make sure that is not this one.
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: {
        email: 'bootstrap-admin@legwork.test',
        password: TEST_PASSWORD,
        name: 'Bootstrap admin',
        roles: ['admin'],
      },
    })
  }
  const email = `${label}-${Math.random().toString(36).slice(2, 8)}@legwork.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: `${label} user`, roles: [role] },
  })
  return { id: user.id, token: await login(email, TEST_PASSWORD), email }
}
