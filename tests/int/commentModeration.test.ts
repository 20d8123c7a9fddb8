import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueFormToken } from '../../src/comments/formToken'
import { readerHeaderRecord } from '../helpers/clientAddress'
import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/restClient'
import { createPublished } from '../helpers/review'
import { createStaff } from '../helpers/staff'

type Staff = Awaited<ReturnType<typeof createStaff>>
type Status = 'pending' | 'approved' | 'spam' | 'trash'

let payload: Payload
let editor: Staff
let moderator: Staff
let writer: Staff
let articleId: number
let clientCounter = 0

const reader = { authorName: 'Rita Runner', authorEmail: 'rita@example.com' }

/** A reader's comment through REST, as the website's readers post them, from an address of its own. */
async function post(data: Record<string, unknown> = {}) {
  return rest('POST', '/comments', {
    json: {
      article: articleId,
      formToken: issueFormToken(Date.now() - 10_000),
      ...reader,
      body: 'A question.',
      ...data,
    },
    headers: readerHeaderRecord(`198.51.100.${++clientCounter}`),
  })
}

/** A stored comment in the given state (made directly: the state is what is under test, not how it got there). */
async function commentIn(status: Status, data: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'comments',
    context: { skipScreening: true, disableRevalidate: true, disableNotifications: true },
    data: { article: articleId, ...reader, body: `A ${status} comment ${Math.random()}`, status, ...data } as never,
  })
  return doc.id
}

const stored = (id: number | string) => payload.findByID({ collection: 'comments', id, disableErrors: true })
const moderatorUser = async () => (await payload.findByID({ collection: 'users', id: moderator.id })) as never

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff('editor')
  moderator = await createStaff('moderator')
  writer = await createStaff('writer')
  articleId = (await createPublished(editor.token, await validArticleData(2))).id
  await payload.updateGlobal({
    slug: 'discussion-settings',
    data: { floodIntervalSeconds: 0, hourlyLimit: 1000, threadDepth: 3 } as never,
  })
})

describe('deleting a comment', () => {
  it('is refused over REST unless the comment is in the trash, and then works', async () => {
    for (const status of ['pending', 'approved', 'spam'] as const) {
      const id = await commentIn(status)
      const response = await rest('DELETE', `/comments/${id}`, { token: moderator.token })
      expect(response.status).toBe(403)
      expect(await stored(id)).toMatchObject({ status })
    }
    const trashed = await commentIn('trash')
    expect((await rest('DELETE', `/comments/${trashed}`, { token: moderator.token })).status).toBe(200)
    expect(await stored(trashed)).toBeNull()
  })

  it('is refused over GraphQL unless the comment is in the trash', async () => {
    const approved = await commentIn('approved')
    const refused = await gql(`mutation { deleteComment(id: ${approved}) { id } }`, { token: moderator.token })
    expect(refused.body.errors?.[0]?.message).toBeTruthy()
    expect(await stored(approved)).toMatchObject({ status: 'approved' })
    const trashed = await commentIn('trash')
    const done = await gql(`mutation { deleteComment(id: ${trashed}) { id } }`, { token: editor.token })
    expect(done.body.errors).toBeUndefined()
    expect(await stored(trashed)).toBeNull()
  })

  it('is refused through the Local API with access on, unless the comment is in the trash', async () => {
    const user = await moderatorUser()
    const pending = await commentIn('pending')
    await expect(
      payload.delete({ collection: 'comments', id: pending, overrideAccess: false, user }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await stored(pending)).toMatchObject({ status: 'pending' })
    const trashed = await commentIn('trash')
    await payload.delete({ collection: 'comments', id: trashed, overrideAccess: false, user })
    expect(await stored(trashed)).toBeNull()
  })

  it('is refused in bulk with `where`, even for trashed comments, and to readers and writers always', async () => {
    const trashed = await commentIn('trash')
    const bulk = await rest('DELETE', `/comments?where[id][equals]=${trashed}`, { token: moderator.token })
    expect(bulk.status).toBe(403)
    for (const token of [undefined, writer.token]) {
      expect((await rest('DELETE', `/comments/${trashed}`, { token })).status).toBeGreaterThanOrEqual(403)
    }
    expect(await stored(trashed)).toMatchObject({ status: 'trash' })
  })
})

describe('moderating', () => {
  it('refuses bulk PATCH with `where` (one comment per request, as the admin sends them)', async () => {
    const id = await commentIn('pending')
    const response = await rest('PATCH', `/comments?where[id][equals]=${id}`, {
      token: moderator.token,
      json: { status: 'approved' },
    })
    expect(response.status).toBe(403)
    expect(await stored(id)).toMatchObject({ status: 'pending' })
  })

  it('remembers where a comment was before spam or the trash, for moderators only', async () => {
    const id = await commentIn('approved')
    await rest('PATCH', `/comments/${id}`, { token: moderator.token, json: { status: 'trash' } })
    await rest('PATCH', `/comments/${id}`, { token: moderator.token, json: { status: 'spam' } })
    const asModerator = await rest('GET', `/comments/${id}`, { token: moderator.token })
    expect(asModerator.body).toMatchObject({ status: 'spam', previousStatus: 'approved' })
  })
})

describe('a staff reply', () => {
  it('is published at once under the account, with the staff mark, and approves the comment it answers', async () => {
    const question = (await post({ body: 'Does this work for trail runs?' })).body.doc.id
    expect(await stored(question)).toMatchObject({ status: 'pending' })
    const response = await rest('POST', '/comments', {
      token: moderator.token,
      // A name, email and website sent along are not used: the account's are.
      json: { parent: question, body: 'Yes, on trails too.', authorName: 'Someone else', authorEmail: 'x@example.com' },
    })
    expect(response.status).toBe(201)
    const reply = await stored(response.body.doc.id)
    expect(reply).toMatchObject({
      status: 'approved',
      byStaff: true,
      authorName: 'moderator user',
      authorEmail: moderator.email,
      authorUrl: null,
      depth: 1,
      heldFor: [],
    })
    expect(reply!.staffMember).toMatchObject({ id: moderator.id })
    expect(reply!.article).toMatchObject({ id: articleId })
    expect(await stored(question)).toMatchObject({ status: 'approved' })

    // Readers see the reply with its mark, and never who wrote it by account.
    const publicReply = await rest('GET', `/comments/${reply!.id}`)
    expect(publicReply.body).toMatchObject({ byStaff: true, authorName: 'moderator user' })
    expect(publicReply.body.staffMember).toBeUndefined()
    expect(publicReply.body.authorEmail).toBeUndefined()
  })

  it('is refused to spam and the trash, past the thread depth and on another article, naming the parent', async () => {
    const spam = await commentIn('spam')
    const deep = await commentIn('approved', { depth: 2 })
    const other = await createPublished(editor.token, await validArticleData(1))
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ parent: spam }, /restore it before replying/],
      [{ parent: deep }, /at most 3 levels deep/],
      [{ parent: deep, article: other.id }, /belongs to another article/],
      [{ parent: 99_999_999 }, /no comment with this id/],
      [{ parent: await commentIn('approved'), body: '   ' }, /body/],
    ]
    for (const [data, message] of cases) {
      const response = await rest('POST', '/comments', { token: editor.token, json: { body: 'Thanks!', ...data } })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body.errors)).toMatch(message)
    }
    expect(await stored(spam)).toMatchObject({ status: 'spam' })
  })

  it('cannot be claimed by a reader or a writer: the mark and the staff member are the server’s', async () => {
    const staffMember = moderator.id
    const asReader = await post({ byStaff: true, staffMember, status: 'approved' })
    expect(asReader.status).toBe(201)
    expect(await stored(asReader.body.doc.id)).toMatchObject({ byStaff: false, staffMember: null, status: 'pending' })

    const asWriter = await rest('POST', '/comments', {
      token: writer.token,
      json: {
        article: articleId,
        ...reader,
        body: 'From a writer',
        byStaff: true,
        formToken: issueFormToken(Date.now() - 10_000),
      },
      headers: readerHeaderRecord('198.51.100.250'),
    })
    expect(asWriter.status).toBe(201)
    expect(await stored(asWriter.body.doc.id)).toMatchObject({ byStaff: false, status: 'pending' })

    const viaGraphql = await gql(
      `mutation($data: mutationCommentInput!) { createComment(data: $data) { id byStaff } }`,
      {
        variables: {
          data: {
            article: articleId,
            ...reader,
            body: 'Through GraphQL',
            byStaff: true,
            formToken: issueFormToken(Date.now() - 10_000),
          },
        },
      },
    )
    // The input type has no such field for anyone to set, or the server ignores it.
    const created = viaGraphql.body.data?.createComment
    if (created) expect(await stored(created.id)).toMatchObject({ byStaff: false })
    else expect(JSON.stringify(viaGraphql.body.errors)).toMatch(/byStaff/)

    const forged = await commentIn('approved')
    const update = await rest('PATCH', `/comments/${forged}`, { token: moderator.token, json: { byStaff: true } })
    expect(update.status).toBe(200)
    expect(await stored(forged)).toMatchObject({ byStaff: null })
  })
})

describe('internal fields', () => {
  it('never appear in what the API answers, to readers or to staff', async () => {
    const created = await post({ company: '', body: 'Internal fields check' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await rest('PATCH', `/comments/${id}`, { token: moderator.token, json: { status: 'trash' } })
    await rest('PATCH', `/comments/${id}`, { token: moderator.token, json: { status: 'approved' } })
    for (const token of [undefined, moderator.token, editor.token]) {
      for (const response of [
        await rest('GET', `/comments/${id}`, { token }),
        await rest('GET', '/comments', { token }),
      ]) {
        const text = JSON.stringify(response.body)
        expect(response.status).toBe(200)
        expect(text).not.toMatch(/"formToken"|"company"/)
      }
    }
    // previousStatus and staffMember are moderators' business only.
    const asReader = await rest('GET', `/comments/${id}`)
    expect(Object.keys(asReader.body)).not.toEqual(expect.arrayContaining(['previousStatus']))
    expect(asReader.body.previousStatus).toBeUndefined()
    const viaGraphql = await gql(`{ Comment(id: ${id}) { formToken company previousStatus staffMember { id } } }`)
    expect(viaGraphql.body.data?.Comment ?? {}).toEqual({
      formToken: null,
      company: null,
      previousStatus: null,
      staffMember: null,
    })
  })
})
