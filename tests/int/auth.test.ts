import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/restClient'

const password = 'correct horse battery staple'

describe('staff accounts', () => {
  it('makes the first registered user an admin and lets them log in through REST', async () => {
    const registered = await rest('POST', '/users/first-register', {
      json: { email: 'founder@legwork.test', password, name: 'Founding Editor', roles: ['writer'] },
    })
    expect(registered.status).toBe(200)
    expect(registered.body.user.roles).toEqual(['admin'])

    const token = await login('founder@legwork.test', password)
    const me = await rest('GET', '/users/me', { token })
    expect(me.body.user.email).toBe('founder@legwork.test')
    expect(me.body.user.name).toBe('Founding Editor')
  })

  it('refuses a second first-register once an account exists', async () => {
    const second = await rest('POST', '/users/first-register', {
      json: { email: 'intruder@legwork.test', password, name: 'Intruder' },
    })
    expect(second.status).toBeGreaterThanOrEqual(400)
    expect(second.status).toBeLessThan(500)
  })

  it('puts the roles in the JWT', async () => {
    const adminToken = await login('founder@legwork.test', password)
    const created = await rest('POST', '/users', {
      token: adminToken,
      json: { email: 'mod@legwork.test', password, name: 'Mo Derator', roles: ['moderator', 'writer'] },
    })
    expect(created.status).toBe(201)

    const claims = decodeJwt(await login('mod@legwork.test', password))
    expect(claims.roles).toEqual(['moderator', 'writer'])
    expect(claims.email).toBe('mod@legwork.test')
  })

  it('does not let a user grant themselves a role', async () => {
    const token = await login('mod@legwork.test', password)
    const me = await rest('GET', '/users/me', { token })
    const update = await rest('PATCH', `/users/${me.body.user.id}`, { token, json: { roles: ['admin'] } })
    // Field access drops the change silently in Payload; what matters is that the role stays.
    expect(update.status).toBeLessThan(500)
    const after = await rest('GET', '/users/me', { token })
    expect(after.body.user.roles).toEqual(['moderator', 'writer'])
  })

  it('locks an account after five wrong passwords', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await rest('POST', '/users/login', { json: { email: 'mod@legwork.test', password: 'nope' } })
      expect(wrong.status).toBe(401)
    }
    const locked = await rest('POST', '/users/login', { json: { email: 'mod@legwork.test', password } })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/locked/i)
  })

  describe('changing a password', () => {
    const signedIn = async (token: string) => (await rest('GET', '/users/me', { token })).body.user?.email ?? null

    it("ends the user's other sessions and keeps the one that changed it", async () => {
      const adminToken = await login('founder@legwork.test', password)
      await rest('POST', '/users', {
        token: adminToken,
        json: { email: 'sessions@legwork.test', password, name: 'Sessions', roles: ['writer'] },
      })
      const [laptop, phone, stolen] = [
        await login('sessions@legwork.test', password),
        await login('sessions@legwork.test', password),
        await login('sessions@legwork.test', password),
      ]
      const id = (await rest('GET', '/users/me', { token: laptop })).body.user.id
      const changed = await rest('PATCH', `/users/${id}`, { token: laptop, json: { password: `${password} 2` } })
      expect(changed.status).toBe(200)
      expect(await signedIn(laptop)).toBe('sessions@legwork.test')
      expect(await signedIn(phone)).toBeNull()
      expect(await signedIn(stolen)).toBeNull()
      // Refreshing a dead session does not bring it back.
      expect((await rest('POST', '/users/refresh-token', { token: stolen })).status).toBeGreaterThanOrEqual(400)
    })

    it('set by an admin, ends every session of the account', async () => {
      const adminToken = await login('founder@legwork.test', password)
      const token = await login('sessions@legwork.test', `${password} 2`)
      const id = (await rest('GET', '/users/me', { token })).body.user.id
      const reset = await rest('PATCH', `/users/${id}`, { token: adminToken, json: { password: `${password} 3` } })
      expect(reset.status).toBe(200)
      expect(await signedIn(token)).toBeNull()
      expect(await signedIn(adminToken)).toBe('founder@legwork.test')
    })
  })
})
