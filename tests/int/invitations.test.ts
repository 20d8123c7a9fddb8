import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(20_000 + Math.floor(Math.random() * 20_000))
})

import { getTestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/restClient'
import { startSmtpServer, type ReceivedEmail } from '../helpers/smtpServer'
import { createStaff } from '../helpers/staff'

type Staff = Awaited<ReturnType<typeof createStaff>>
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let admin: Staff
let editor: Staff
let writer: Staff
let moderator: Staff

const PASSWORD = 'my own password, chosen by me'
const unique = () => Math.random().toString(36).slice(2, 8)

/** The set-password link of an email, and the token at its end. */
function linkIn(email: ReceivedEmail): { url: string; token: string } {
  const url = email.text.match(/https?:\/\/[^\s/]+\/admin\/set-password\/([\w%-]+)/)
  if (!url) throw new Error(`no set-password link in: ${email.text}`)
  return { url: url[0], token: decodeURIComponent(url[1]!) }
}

async function invite(json: Record<string, unknown>) {
  return rest('POST', '/users/invite', { token: admin.token, json })
}

async function accountOf(email: string) {
  const payload = await getTestPayload()
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    showHiddenFields: true,
  })
  return docs[0]
}

beforeAll(async () => {
  smtp = await startSmtpServer(Number(process.env.SMTP_PORT))
  admin = await createStaff('admin')
  editor = await createStaff('editor')
  writer = await createStaff('writer')
  moderator = await createStaff('moderator')
})

afterAll(async () => {
  await smtp?.close()
})

describe('inviting a colleague', () => {
  const email = `new-writer-${unique()}@legwork.test`
  let link: { url: string; token: string }

  it('creates the account from a name, an email and roles, with no password, and emails them a link', async () => {
    const response = await invite({ name: 'Nia Newcomer', email, roles: ['writer'] })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc).toMatchObject({ name: 'Nia Newcomer', email, roles: ['writer'] })
    expect(response.body.invitation).toMatchObject({ sent: true, sentTo: email })
    expect(JSON.stringify(response.body)).not.toMatch(/password|token|hash|salt/i)

    const received = await smtp.waitFor((message) => message.to.includes(email))
    expect(received.subject).toBe('You are invited to the Legwork newsroom')
    expect(received.text).toContain('Hello Nia Newcomer,')
    expect(received.text).toContain('admin user has added you to the Legwork newsroom as writer')
    expect(received.text).toMatch(/works once, until \w+day, \d+ \w+ \d{4} at \d\d:\d\d \(Europe\/London\)/)
    link = linkIn(received)
    expect(link.url.startsWith('http://localhost:3000/admin/set-password/')).toBe(true)
  })

  it('lets nobody sign in to the account before the link is used', async () => {
    for (const guess of ['', 'password', PASSWORD]) {
      const attempt = await rest('POST', '/users/login', { json: { email, password: guess } })
      expect(attempt.status).toBeGreaterThanOrEqual(400)
    }
  })

  it('signs the person in with the password they choose through the link', async () => {
    const set = await rest('POST', '/users/reset-password', { json: { token: link.token, password: PASSWORD } })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect(set.headers.get('set-cookie')).toMatch(/payload-token=/)
    const me = await rest('GET', '/users/me', { token: set.body.token })
    expect(me.body.user).toMatchObject({ email, name: 'Nia Newcomer', roles: ['writer'] })
    expect(await login(email, PASSWORD)).toBeTruthy()
  })

  it('records that they joined, and spends the link: a second use is refused', async () => {
    const account = await accountOf(email)
    expect(account?.invitedAt).toBeTruthy()
    expect(account?.invitationAcceptedAt).toBeTruthy()
    expect(account?.resetPasswordToken ?? null).toBeNull()
    const again = await rest('POST', '/users/reset-password', { json: { token: link.token, password: 'taken over' } })
    expect(again.status).toBe(403)
    expect(await login(email, PASSWORD)).toBeTruthy()
  })

  it('is not sent again once they have joined', async () => {
    const account = await accountOf(email)
    const resend = await rest('POST', `/users/${account!.id}/invite`, { token: admin.token })
    expect(resend.status).toBe(409)
    expect(resend.body.errors[0].message).toContain('already chose a password')
  })
})

describe('sending an invitation again', () => {
  it('mails a new link and the old one stops working', async () => {
    const email = `slow-${unique()}@legwork.test`
    const created = await invite({ name: 'Sam Slow', email, roles: ['moderator'] })
    expect(created.status).toBe(201)
    const first = linkIn(await smtp.waitFor((message) => message.to.includes(email)))

    const resend = await rest('POST', `/users/${created.body.doc.id}/invite`, { token: admin.token })
    expect(resend.status, JSON.stringify(resend.body)).toBe(200)
    expect(resend.body.message).toBe(`Invitation sent to ${email}.`)
    const second = linkIn(
      await smtp.waitFor((message) => message.to.includes(email) && !message.text.includes(first.token)),
    )
    expect(second.token).not.toBe(first.token)

    const old = await rest('POST', '/users/reset-password', { json: { token: first.token, password: PASSWORD } })
    expect(old.status).toBe(403)
    const fresh = await rest('POST', '/users/reset-password', { json: { token: second.token, password: PASSWORD } })
    expect(fresh.status).toBe(200)
  })

  it('refuses a link that has expired', async () => {
    const email = `late-${unique()}@legwork.test`
    const created = await invite({ name: 'Lee Late', email, roles: ['writer'] })
    const { token } = linkIn(await smtp.waitFor((message) => message.to.includes(email)))
    const payload = await getTestPayload()
    await payload.db.updateOne({
      collection: 'users',
      id: created.body.doc.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 60_000).toISOString() },
    })
    const late = await rest('POST', '/users/reset-password', { json: { token, password: PASSWORD } })
    expect(late.status).toBe(403)
  })
})

describe('who may invite', () => {
  it('only admins: everyone else is refused, nothing is created and no email leaves', async () => {
    const callers = [
      ['', 401],
      [writer.token, 403],
      [moderator.token, 403],
      [editor.token, 403],
    ] as const
    for (const [token, status] of callers) {
      const email = `nope-${unique()}@legwork.test`
      const json = { name: 'Not Invited', email, roles: ['admin'] }
      const refused = await rest('POST', '/users/invite', { token: token || undefined, json })
      expect(refused.status).toBe(status)
      expect(await accountOf(email)).toBeUndefined()
    }
    expect(smtp.inbox.filter((message) => message.to.some((to) => to.startsWith('nope-')))).toEqual([])
  })

  it('only admins send an invitation again', async () => {
    const email = `pending-${unique()}@legwork.test`
    const created = await invite({ name: 'Pat Pending', email, roles: ['writer'] })
    for (const token of [undefined, writer.token, moderator.token, editor.token]) {
      const refused = await rest('POST', `/users/${created.body.doc.id}/invite`, { token })
      expect(refused.status).toBeGreaterThanOrEqual(401)
      expect(refused.status).toBeLessThanOrEqual(403)
    }
  })
})

describe('an invitation that cannot be made', () => {
  it('names the field: an email already in use, a missing name, an unknown role', async () => {
    const taken = await invite({ name: 'Twin', email: writer.email, roles: ['writer'] })
    expect(taken.status).toBe(400)
    expect(taken.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'email' })])

    const nameless = await invite({ name: '', email: `nameless-${unique()}@legwork.test`, roles: ['writer'] })
    expect(nameless.status).toBe(400)
    expect(nameless.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'name' })])

    const chief = await invite({ name: 'Chief', email: `chief-${unique()}@legwork.test`, roles: ['chief'] })
    expect(chief.status).toBe(400)
    expect(chief.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'roles' })])
  })

  it('answers 400 to a body that is not an object', async () => {
    const response = await rest('POST', '/users/invite', {
      token: admin.token,
      body: 'not json',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBe(400)
  })
})

describe('forgotten passwords', () => {
  it('are reset through the same Legwork page, with the newsroom’s own words', async () => {
    const response = await rest('POST', '/users/forgot-password', { json: { email: writer.email } })
    expect(response.status).toBe(200)
    const received = await smtp.waitFor((message) => message.to.includes(writer.email))
    expect(received.subject).toBe('Choose a new password for the Legwork newsroom')
    const { token } = linkIn(received)
    const set = await rest('POST', '/users/reset-password', { json: { token, password: PASSWORD } })
    expect(set.status).toBe(200)
    expect(await login(writer.email, PASSWORD)).toBeTruthy()
    // A reset is not a joining: the account was never invited.
    expect((await accountOf(writer.email))?.invitationAcceptedAt ?? null).toBeNull()
  })
})
