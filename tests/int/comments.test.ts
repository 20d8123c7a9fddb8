import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(20_000 + Math.floor(Math.random() * 20_000))
})

import { issueFormToken } from '../../src/comments/formToken'
import { readerHeaderRecord } from '../helpers/clientAddress'
import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/restClient'
import { createPublished } from '../helpers/review'
import { startSmtpServer } from '../helpers/smtpServer'
import { createStaff } from '../helpers/staff'

type Staff = Awaited<ReturnType<typeof createStaff>>
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let editor: Staff
let moderator: Staff
let articleId: number
let clientCounter = 0

/** A token issued `secondsAgo` ago, as if the reader had had the form open that long. */
const tokenFrom = (secondsAgo: number) => issueFormToken(Date.now() - secondsAgo * 1000)

/** Each test posts from its own client address so flood control only bites where a test wants it. */
const newClient = () => `203.0.113.${++clientCounter}`

async function post(data: Record<string, unknown>, ip = newClient()) {
  return rest('POST', '/comments', {
    json: { article: articleId, formToken: tokenFrom(10), ...data },
    headers: { ...readerHeaderRecord(ip), 'user-agent': 'vitest reader' },
  })
}

const valid = { authorName: 'Rita Runner', authorEmail: 'rita@example.com', body: 'Great explanation, thank you!' }

async function setDiscussion(data: Record<string, unknown>) {
  await payload.updateGlobal({ slug: 'discussion-settings', data: data as never })
}

beforeAll(async () => {
  smtp = await startSmtpServer(Number(process.env.SMTP_PORT))
  payload = await getTestPayload()
  editor = await createStaff('editor')
  moderator = await createStaff('moderator')
  articleId = (await createPublished(editor.token, await validArticleData(2))).id
  await setDiscussion({ floodIntervalSeconds: 0, hourlyLimit: 1000, minSecondsToPost: 3 })
})

afterAll(async () => {
  await smtp?.close()
})

describe('posting a comment through the API', () => {
  it('stores a valid comment as pending with the reason, and tells nobody the email', async () => {
    const response = await post(valid)
    expect(response.status).toBe(201)
    expect(response.body.doc.authorEmail).toBeUndefined()
    const stored = await payload.findByID({ collection: 'comments', id: response.body.doc.id })
    expect(stored.status).toBe('pending')
    expect(stored.heldFor).toEqual(['every comment is held for approval'])
    expect(stored.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain('203.0.113.')
  })

  it('ignores status and moderation fields sent by the client', async () => {
    const response = await post({ ...valid, status: 'approved', heldFor: ['nothing'], ipHash: 'forged', depth: 5 })
    const stored = await payload.findByID({ collection: 'comments', id: response.body.doc.id })
    expect(stored.status).toBe('pending')
    expect(stored.ipHash).not.toBe('forged')
    expect(stored.depth).toBe(0)
  })

  it.each([
    ['an empty name', { authorName: '' }, 'authorName'],
    ['a name of 81 characters', { authorName: 'x'.repeat(81) }, 'authorName'],
    ['an invalid email', { authorEmail: 'not-an-email' }, 'authorEmail'],
    ['a missing email', { authorEmail: undefined }, 'authorEmail'],
    ['a javascript: website', { authorUrl: 'javascript:alert(1)' }, 'authorUrl'],
    ['an ftp website', { authorUrl: 'ftp://example.com' }, 'authorUrl'],
    ['a blank body', { body: '   ' }, 'body'],
    ['a body of 5,001 characters', { body: 'x'.repeat(5001) }, 'body'],
    ['an object as body', { body: { nested: true } }, 'body'],
    ['an unknown article', { article: 999999 }, 'article'],
  ])('refuses %s with a 400 naming %s', async (_label, override, field) => {
    const response = await post({ ...valid, ...override })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toContain(field)
  })

  it('refuses comments on an article with comments closed, or not published', async () => {
    const closed = await createPublished(editor.token, { ...(await validArticleData(1)), commentsOpen: false })
    const onClosed = await post({ ...valid, article: closed.id })
    expect(onClosed.status).toBe(400)
    expect(onClosed.body.errors[0].data.errors[0].message).toContain('comments are closed')

    const draft = await rest('POST', '/articles?draft=true', { token: editor.token, json: await validArticleData(1) })
    expect((await post({ ...valid, article: draft.body.doc.id })).status).toBe(400)
  })

  it('refuses comments on articles older than the closing age', async () => {
    await payload.update({
      collection: 'articles',
      id: articleId,
      data: { publishedAt: new Date(Date.now() - 40 * 86_400_000).toISOString() },
      context: { disableRevalidate: true },
    })
    await setDiscussion({ closeAfterDays: 30 })
    const response = await post(valid)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toContain('close 30 days after publication')
    await setDiscussion({ closeAfterDays: null })
  })

  it('accepts a reply to an approved comment only, within the thread depth', async () => {
    const top = await post(valid)
    const pendingReply = await post({ ...valid, parent: top.body.doc.id })
    expect(pendingReply.status).toBe(400)
    expect(JSON.stringify(pendingReply.body.errors)).toContain('parent')

    await rest('PATCH', `/comments/${top.body.doc.id}`, { token: moderator.token, json: { status: 'approved' } })
    await setDiscussion({ threadDepth: 2 })
    const reply = await post({ ...valid, parent: top.body.doc.id })
    expect(reply.status).toBe(201)
    await rest('PATCH', `/comments/${reply.body.doc.id}`, { token: moderator.token, json: { status: 'approved' } })
    const tooDeep = await post({ ...valid, parent: reply.body.doc.id })
    expect(tooDeep.status).toBe(400)
    expect(JSON.stringify(tooDeep.body.errors)).toContain('2 levels deep')
    await setDiscussion({ threadDepth: 3 })
  })

  it('works through GraphQL under the same rules', async () => {
    const ok = await gql(`mutation ($data: mutationCommentInput!) { createComment(data: $data) { id status } }`, {
      variables: { data: { article: articleId, ...valid, formToken: tokenFrom(10) } },
    })
    expect(ok.body.data.createComment.status).toBe('pending')
    const bad = await gql(`mutation ($data: mutationCommentInput!) { createComment(data: $data) { id } }`, {
      variables: { data: { article: articleId, ...valid, authorEmail: 'nope' } },
    })
    expect(JSON.stringify(bad.body.errors)).toContain('authorEmail')
  })
})

describe('moderation rules', () => {
  it('marks a filled honeypot and a too-fast post as spam, with the reason, without telling the bot', async () => {
    const honeypot = await post({ ...valid, company: 'ACME' })
    expect(honeypot.status).toBe(201)
    const fast = await rest('POST', '/comments', {
      json: { article: articleId, ...valid, formToken: tokenFrom(0.4) },
      headers: readerHeaderRecord(newClient()),
    })
    expect(fast.status).toBe(201)
    const stored = await Promise.all(
      [honeypot, fast].map((response) => payload.findByID({ collection: 'comments', id: response.body.doc.id })),
    )
    expect(stored[0]!).toMatchObject({ status: 'spam', heldFor: ['honeypot'] })
    expect(stored[1]!.status).toBe('spam')
    expect(stored[1]!.heldFor![0]).toMatch(/^posted 0\.\d s after the form was shown$/)
  })

  it('treats a forged form token as spam', async () => {
    const response = await post({ ...valid, formToken: `${Date.now() - 60_000}.deadbeef` })
    expect((await payload.findByID({ collection: 'comments', id: response.body.doc.id })).heldFor).toEqual([
      'form token missing or invalid',
    ])
  })

  it('holds a comment with too many links, or a moderation word; disallowed words are spam', async () => {
    await setDiscussion({ moderationWords: ['casino'], disallowedWords: ['viagra'] })
    const links = await post({ ...valid, body: 'See https://a.example and https://b.example and www.c.example' })
    const word = await post({ ...valid, body: 'I ran past the casino.' })
    const banned = await post({ ...valid, authorName: 'Viagra Seller' })
    const [l, w, b] = await Promise.all(
      [links, word, banned].map((r) => payload.findByID({ collection: 'comments', id: r.body.doc.id })),
    )
    expect(l).toMatchObject({ status: 'pending', heldFor: ['3 links'] })
    expect(w).toMatchObject({ status: 'pending', heldFor: ['moderation word: casino'] })
    expect(b).toMatchObject({ status: 'spam', heldFor: ['disallowed word: viagra'] })
    await setDiscussion({ moderationWords: [], disallowedWords: [] })
  })

  it('approves a returning author at once when the setting allows it', async () => {
    await setDiscussion({ approvalMode: 'approve_returning' })
    const first = await post({ ...valid, authorEmail: 'returning@example.com' })
    expect((await payload.findByID({ collection: 'comments', id: first.body.doc.id })).heldFor).toEqual([
      'first comment from this address',
    ])
    await rest('PATCH', `/comments/${first.body.doc.id}`, { token: moderator.token, json: { status: 'approved' } })
    const second = await post({ ...valid, authorEmail: 'Returning@Example.com' })
    expect((await payload.findByID({ collection: 'comments', id: second.body.doc.id })).status).toBe('approved')
    await setDiscussion({ approvalMode: 'hold_all' })
  })

  it("never approves at once a comment with a staff member's email, whatever name it gives", async () => {
    await setDiscussion({ approvalMode: 'approve_returning' })
    // The staff member once commented as themselves, and it was approved.
    const own = await post({ ...valid, authorName: 'moderator user', authorEmail: moderator.email })
    await rest('PATCH', `/comments/${own.body.doc.id}`, { token: moderator.token, json: { status: 'approved' } })
    const author = await payload.create({ collection: 'authors', data: { name: 'Dana Byline' } as never })
    for (const authorName of ['moderator user', author.name, 'Anyone']) {
      const impostor = await post({ ...valid, authorName, authorEmail: moderator.email.toUpperCase() })
      expect(impostor.status).toBe(201)
      expect(await payload.findByID({ collection: 'comments', id: impostor.body.doc.id })).toMatchObject({
        status: 'pending',
        heldFor: ['the email of a staff account'],
      })
    }
    await setDiscussion({ approvalMode: 'hold_all' })
  })

  it('answers a flood with 429 and Retry-After, and stores nothing', async () => {
    await setDiscussion({ floodIntervalSeconds: 15 })
    const ip = newClient()
    expect((await post(valid, ip)).status).toBe(201)
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    const flood = await post(valid, ip)
    expect(flood.status).toBe(429)
    expect(Number(flood.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(flood.body.errors[0].message).toContain('one comment every 15 seconds')
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)
    await setDiscussion({ floodIntervalSeconds: 0 })
  })

  it('refuses a second comment with one form token, naming the field, and stores nothing', async () => {
    const formToken = tokenFrom(10)
    expect((await post({ ...valid, formToken })).status).toBe(201)
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    // From another client, and five at once: the token has served already.
    const again = await Promise.all(Array.from({ length: 5 }, () => post({ ...valid, formToken })))
    for (const response of again) {
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([
        {
          path: 'formToken',
          message: 'formToken: this form was already used for a comment; each comment needs a fresh form.',
        },
      ])
    }
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)
  })

  it('lets one of several comments sent at once with one form token through, and only one', async () => {
    const formToken = tokenFrom(10)
    const responses = await Promise.all(Array.from({ length: 8 }, () => post({ ...valid, formToken })))
    expect(responses.map((response) => response.status).sort()).toEqual([201, 400, 400, 400, 400, 400, 400, 400])
  })

  it('refuses a used form token before flood control counts it, so the next comment is not held back', async () => {
    await setDiscussion({ floodIntervalSeconds: 15 })
    const formToken = tokenFrom(10)
    expect((await post({ ...valid, formToken })).status).toBe(201)
    const ip = newClient()
    expect((await post({ ...valid, formToken }, ip)).status).toBe(400)
    expect((await post(valid, ip)).status).toBe(201)
    await setDiscussion({ floodIntervalSeconds: 0 })
  })

  it('keeps the form token of a refused comment usable, so the reader can correct it', async () => {
    const formToken = tokenFrom(10)
    expect((await post({ ...valid, authorEmail: 'not-an-address', formToken })).status).toBe(400)
    expect((await post({ ...valid, formToken })).status).toBe(201)
  })

  it('emails moderators about held comments', async () => {
    const response = await post({ ...valid, authorName: 'Held Harriet' })
    const email = await smtp.waitFor((message) => message.text.includes('Held Harriet'))
    expect(email.to).toContain(moderator.email)
    expect(email.text).toContain(String(response.body.doc.id))
  })
})

describe('privacy and moderation access', () => {
  it('shows anonymous readers approved comments only, without email, IP hash or user agent', async () => {
    const approved = await post({ ...valid, authorEmail: 'secret-reader@example.com' })
    await rest('PATCH', `/comments/${approved.body.doc.id}`, { token: moderator.token, json: { status: 'approved' } })
    const list = await rest('GET', '/comments?limit=50')
    expect(list.body.docs.every((comment: { status: string }) => comment.status === 'approved')).toBe(true)
    expect(JSON.stringify(list.body)).not.toContain('@example.com')
    expect(JSON.stringify(list.body)).not.toMatch(/ipHash|userAgent|heldFor/)
    const detail = await rest('GET', `/comments/${approved.body.doc.id}`)
    expect(detail.body.authorEmail).toBeUndefined()
    const viaGraphql = await gql('{ Comments(limit: 50) { docs { authorName authorEmail } } }')
    expect(JSON.stringify(viaGraphql.body)).not.toContain('@example.com')
  })

  it('lets moderators read the private fields and approve, spam or trash — and nothing else', async () => {
    const comment = await post(valid)
    const asModerator = await rest('GET', `/comments/${comment.body.doc.id}`, { token: moderator.token })
    expect(asModerator.body.authorEmail).toBe('rita@example.com')
    expect(asModerator.body.ipHash).toBeTruthy()
    for (const status of ['spam', 'trash', 'approved']) {
      expect(
        (await rest('PATCH', `/comments/${comment.body.doc.id}`, { token: moderator.token, json: { status } })).status,
      ).toBe(200)
    }
    const stored = await payload.findByID({ collection: 'comments', id: comment.body.doc.id })
    expect(stored.moderatedBy).toBeTruthy()
    // Moderators cannot touch content.
    expect(
      (await rest('PATCH', `/articles/${articleId}`, { token: moderator.token, json: { title: 'Hacked' } })).status,
    ).toBe(403)
    // Nobody rewrites what a reader said.
    await rest('PATCH', `/comments/${comment.body.doc.id}`, {
      token: moderator.token,
      json: { body: 'Edited by someone else' },
    })
    expect((await payload.findByID({ collection: 'comments', id: comment.body.doc.id })).body).toBe(valid.body)
  })

  it('does not let anonymous clients or writers moderate', async () => {
    const comment = await post(valid)
    const writer = await createStaff('writer')
    for (const token of [undefined, writer.token]) {
      const response = await rest('PATCH', `/comments/${comment.body.doc.id}`, { token, json: { status: 'approved' } })
      expect(response.status).toBe(403)
    }
  })

  it('stores each of 100 concurrent submissions exactly once', async () => {
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    const marker = `concurrent-${Date.now()}`
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) => post({ ...valid, body: `${marker} number ${index}` })),
    )
    expect(responses.map((response) => response.status).every((status) => status === 201)).toBe(true)
    const { docs } = await payload.find({ collection: 'comments', where: { body: { like: marker } }, limit: 200 })
    expect(docs).toHaveLength(100)
    expect(new Set(docs.map((doc) => doc.body)).size).toBe(100)
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before + 100)
  })
})
