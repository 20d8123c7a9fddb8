import { createLocalReq } from 'payload'
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createAuthor, createCause, validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/restClient'
import { createStaff } from '../helpers/staff'

/**
 * The roles table of ARCHITECTURE.md as data: operation → the actors allowed to do it. Every cell is
 * tried through REST, and the content operations again through the Local API (overrideAccess: false)
 * and GraphQL, which must give the same answer.
 */
const ACTORS = ['admin', 'editor', 'writer', 'moderator', 'anonymous'] as const
type Actor = (typeof ACTORS)[number]

const EXPECTED: Record<string, Actor[]> = {
  'articles.create': ['admin', 'editor', 'writer'],
  'articles.read published': ['admin', 'editor', 'writer', 'moderator', 'anonymous'],
  'articles.read draft': ['admin', 'editor', 'writer', 'moderator'],
  'articles.read versions': ['admin', 'editor', 'writer', 'moderator'],
  'articles.update own draft': ['admin', 'editor', 'writer'],
  "articles.update another writer's draft": ['admin', 'editor'],
  'articles.update own article in review': ['admin', 'editor'],
  // Review is required (the editorial setting's default): only an approved article goes live…
  'articles.publish approved': ['admin', 'editor'],
  'articles.publish unreviewed draft': [],
  // …unless an admin says why not.
  'articles.publish without review, with a note': ['admin'],
  'articles.bulk publish approved': ['admin', 'editor'],
  'articles.schedule publish approved': ['admin', 'editor'],
  'articles.withdraw own submitted article': ['admin', 'editor', 'writer'],
  'articles.restore version': ['admin', 'editor'],
  'articles.delete': ['admin', 'editor'],
  'causes.create': ['admin', 'editor'],
  'causes.read published': ['admin', 'editor', 'writer', 'moderator', 'anonymous'],
  'causes.read draft': ['admin', 'editor', 'writer', 'moderator'],
  'causes.update': ['admin', 'editor'],
  'causes.delete': ['admin', 'editor'],
  'authors.create': ['admin', 'editor'],
  'authors.read': ['admin', 'editor', 'writer', 'moderator', 'anonymous'],
  'authors.update own profile': ['admin', 'editor', 'writer'],
  "authors.update someone else's profile": ['admin', 'editor'],
  'authors.delete': ['admin', 'editor'],
  'users.read others': ['admin', 'editor'],
  'users.update self': ['admin', 'editor', 'writer', 'moderator'],
  'users.create': ['admin'],
  'users.delete': ['admin'],
  'users.invite': ['admin'],
  'users.send invitation again': ['admin'],
  'site-settings.update name, logo and time zone': ['admin', 'editor'],
  'discussion-settings.update word lists': ['admin', 'editor'],
  'media.read': ['admin', 'editor', 'writer', 'moderator', 'anonymous'],
  'jobs.run': ['admin', 'editor'],
  // Jobs carry the user they run as, so no one may write them directly; scheduling goes through the admin.
  'jobs.queue through REST': [],
}

type Tokens = Record<Actor, string | undefined>
type Ids = Record<Exclude<Actor, 'anonymous'>, number>
let payload: Payload
let tokens: Tokens
let ids: Ids
let otherWriter: Awaited<ReturnType<typeof createStaff>>

const ok = (status: number) => status >= 200 && status < 300

/** A draft article started by `creatorToken`'s writer (or the fixture writer). */
async function writerDraft(creatorToken = tokens.writer) {
  const created = await rest('POST', '/articles?draft=true', { token: creatorToken, json: await validArticleData(2) })
  expect(created.status).toBe(201)
  return created.body.doc.id as number
}

async function approvedArticle() {
  const id = await writerDraft()
  for (const [token, workflowAction] of [
    [tokens.writer, 'submit'],
    [tokens.editor, 'approve'],
  ] as const) {
    expect((await rest('PATCH', `/articles/${id}?draft=true`, { token, json: { workflowAction } })).status).toBe(200)
  }
  return id
}

async function publishedArticle() {
  const id = await approvedArticle()
  const published = await rest('PATCH', `/articles/${id}`, { token: tokens.editor, json: { _status: 'published' } })
  expect(published.status).toBe(200)
  return id
}

async function isPublished(id: number) {
  return (await payload.findByID({ collection: 'articles', id, depth: 0 }))._status === 'published'
}

const OPERATIONS: Record<string, (actor: Actor) => Promise<boolean>> = {
  'articles.create': async (actor) =>
    ok((await rest('POST', '/articles?draft=true', { token: tokens[actor], json: await validArticleData(1) })).status),
  'articles.read published': async (actor) => {
    const id = await publishedArticle()
    return (await rest('GET', `/articles/${id}`, { token: tokens[actor] })).status === 200
  },
  'articles.read draft': async (actor) => {
    const id = await writerDraft()
    return (await rest('GET', `/articles/${id}?draft=true`, { token: tokens[actor] })).status === 200
  },
  'articles.read versions': async (actor) => {
    await writerDraft()
    const response = await rest('GET', '/articles/versions?limit=1', { token: tokens[actor] })
    return response.status === 200 && response.body.totalDocs > 0
  },
  'articles.update own draft': async (actor) => {
    const id = await writerDraft(
      actor === 'writer' || actor === 'anonymous' || actor === 'moderator' ? tokens.writer : tokens[actor],
    )
    return ok(
      (await rest('PATCH', `/articles/${id}?draft=true`, { token: tokens[actor], json: { excerpt: `by ${actor}` } }))
        .status,
    )
  },
  "articles.update another writer's draft": async (actor) => {
    const id = await writerDraft(otherWriter.token)
    return ok(
      (await rest('PATCH', `/articles/${id}?draft=true`, { token: tokens[actor], json: { excerpt: `by ${actor}` } }))
        .status,
    )
  },
  'articles.update own article in review': async (actor) => {
    const id = await writerDraft()
    await rest('PATCH', `/articles/${id}?draft=true`, { token: tokens.writer, json: { workflowAction: 'submit' } })
    return ok(
      (await rest('PATCH', `/articles/${id}?draft=true`, { token: tokens[actor], json: { excerpt: `by ${actor}` } }))
        .status,
    )
  },
  'articles.publish approved': async (actor) => {
    const id = await approvedArticle()
    await rest('PATCH', `/articles/${id}`, { token: tokens[actor], json: { _status: 'published' } })
    return isPublished(id)
  },
  'articles.publish unreviewed draft': async (actor) => {
    const id = await writerDraft()
    await rest('PATCH', `/articles/${id}`, { token: tokens[actor], json: { _status: 'published' } })
    return isPublished(id)
  },
  'articles.publish without review, with a note': async (actor) => {
    const id = await writerDraft()
    await rest('PATCH', `/articles/${id}`, {
      token: tokens[actor],
      json: { _status: 'published', workflowAction: 'publish_without_review', workflowNote: 'Urgent correction' },
    })
    return isPublished(id)
  },
  'articles.withdraw own submitted article': async (actor) => {
    const creator = actor === 'anonymous' || actor === 'moderator' ? tokens.writer : tokens[actor]
    const id = await writerDraft(creator)
    await rest('PATCH', `/articles/${id}?draft=true`, { token: creator, json: { workflowAction: 'submit' } })
    await rest('PATCH', `/articles/${id}?draft=true`, { token: tokens[actor], json: { workflowAction: 'withdraw' } })
    return (await payload.findByID({ collection: 'articles', id, depth: 0 })).stage === 'draft'
  },
  'articles.bulk publish approved': async (actor) => {
    const id = await approvedArticle()
    const where = `where[id][equals]=${id}`
    await rest('PATCH', `/articles?${where}`, { token: tokens[actor], json: { _status: 'published' } })
    return isPublished(id)
  },
  'articles.schedule publish approved': async (actor) => {
    const id = await approvedArticle()
    if (actor === 'anonymous') {
      // Outside the admin the only door to the queue is REST.
      const input = { type: 'publish', doc: { relationTo: 'articles', value: id } }
      const response = await rest('POST', '/payload-jobs', {
        json: { taskSlug: 'schedulePublish', input, waitUntil: new Date().toISOString() },
      })
      return ok(response.status)
    }
    // As the admin's "Schedule" drawer does: a job carrying the signed-in user, here already due.
    const user = { ...(await payload.findByID({ collection: 'users', id: ids[actor] })), collection: 'users' as const }
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: user.id },
      },
      waitUntil: new Date(Date.now() - 1_000),
      req: await createLocalReq({ user }, payload),
    })
    await payload.jobs.runByID({ id: job.id })
    return isPublished(id)
  },
  'articles.restore version': async (actor) => {
    const id = await writerDraft()
    await rest('PATCH', `/articles/${id}?draft=true`, { token: tokens.writer, json: { excerpt: 'second draft' } })
    await rest('PATCH', `/articles/${id}?draft=true`, { token: tokens.writer, json: { workflowAction: 'submit' } })
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 1,
    })
    const response = await rest('POST', `/articles/versions/${versions.docs[0]!.id}`, { token: tokens[actor] })
    return ok(response.status)
  },
  'articles.delete': async (actor) => {
    const id = await writerDraft()
    return ok((await rest('DELETE', `/articles/${id}`, { token: tokens[actor] })).status)
  },
  'causes.create': async (actor) =>
    ok(
      (
        await rest('POST', '/causes?draft=true', {
          token: tokens[actor],
          json: { title: `Cause by ${actor} ${Math.random()}`, summary: 's', category: 'health' },
        })
      ).status,
    ),
  'causes.read published': async (actor) => {
    const cause = await createCause()
    return (await rest('GET', `/causes/${cause.id}`, { token: tokens[actor] })).status === 200
  },
  'causes.read draft': async (actor) => {
    const cause = await payload.create({
      collection: 'causes',
      draft: true,
      data: {
        title: 'Unpublished cause',
        slug: `unpublished-${Math.random().toString(36).slice(2, 8)}`,
        summary: 's',
        category: 'health',
        _status: 'draft',
      },
    })
    return (await rest('GET', `/causes/${cause.id}?draft=true`, { token: tokens[actor] })).status === 200
  },
  'causes.update': async (actor) => {
    const cause = await createCause()
    return ok(
      (await rest('PATCH', `/causes/${cause.id}`, { token: tokens[actor], json: { summary: `by ${actor}` } })).status,
    )
  },
  'causes.delete': async (actor) => {
    const cause = await createCause()
    return ok((await rest('DELETE', `/causes/${cause.id}`, { token: tokens[actor] })).status)
  },
  'authors.create': async (actor) =>
    ok(
      (await rest('POST', '/authors', { token: tokens[actor], json: { name: `Author by ${actor} ${Math.random()}` } }))
        .status,
    ),
  'authors.read': async (actor) => {
    const author = await createAuthor()
    return (await rest('GET', `/authors/${author.id}`, { token: tokens[actor] })).status === 200
  },
  'authors.update own profile': async (actor) => {
    const author = await createAuthor()
    if (actor !== 'anonymous')
      await payload.update({ collection: 'users', id: ids[actor], data: { author: author.id } })
    // Log in again so the JWT carries the new link.
    const token = actor === 'anonymous' ? undefined : await createStaffTokenFor(actor)
    return ok((await rest('PATCH', `/authors/${author.id}`, { token, json: { jobTitle: `by ${actor}` } })).status)
  },
  "authors.update someone else's profile": async (actor) => {
    const author = await createAuthor()
    return ok(
      (await rest('PATCH', `/authors/${author.id}`, { token: tokens[actor], json: { jobTitle: `by ${actor}` } }))
        .status,
    )
  },
  'authors.delete': async (actor) => {
    const author = await createAuthor()
    return ok((await rest('DELETE', `/authors/${author.id}`, { token: tokens[actor] })).status)
  },
  'users.read others': async (actor) => {
    const response = await rest('GET', `/users/${otherWriter.id}`, { token: tokens[actor] })
    return response.status === 200
  },
  'users.update self': async (actor) => {
    if (actor === 'anonymous') return ok((await rest('PATCH', `/users/${ids.writer}`, { json: { name: 'x' } })).status)
    return ok(
      (await rest('PATCH', `/users/${ids[actor]}`, { token: tokens[actor], json: { name: `${actor} user` } })).status,
    )
  },
  'users.create': async (actor) =>
    ok(
      (
        await rest('POST', '/users', {
          token: tokens[actor],
          json: {
            email: `new-${actor}-${Math.random().toString(36).slice(2, 8)}@legwork.test`,
            password: 'long-enough-password',
            name: 'New',
            roles: ['writer'],
          },
        })
      ).status,
    ),
  'users.delete': async (actor) => {
    const victim = await createStaff('writer', `victim-${actor}`)
    return ok((await rest('DELETE', `/users/${victim.id}`, { token: tokens[actor] })).status)
  },
  'users.invite': async (actor) =>
    ok(
      (
        await rest('POST', '/users/invite', {
          token: tokens[actor],
          json: {
            email: `invited-${actor}-${Math.random().toString(36).slice(2, 8)}@legwork.test`,
            name: 'Invited',
            roles: ['writer'],
          },
        })
      ).status,
    ),
  'users.send invitation again': async (actor) => {
    const invitee = await createStaff('writer', `invitee-${actor}`)
    return ok((await rest('POST', `/users/${invitee.id}/invite`, { token: tokens[actor] })).status)
  },
  'site-settings.update name, logo and time zone': async (actor) =>
    ok(
      (
        await rest('POST', '/globals/site-settings', {
          token: tokens[actor],
          json: { siteName: `Legwork ${actor}`, timezone: 'Europe/Paris' },
        })
      ).status,
    ),
  'discussion-settings.update word lists': async (actor) =>
    ok(
      (
        await rest('POST', '/globals/discussion-settings', {
          token: tokens[actor],
          json: { moderationWords: `word of ${actor}\nanother phrase` },
        })
      ).status,
    ),
  'media.read': async (actor) => ok((await rest('GET', '/media', { token: tokens[actor] })).status),
  'jobs.queue through REST': async (actor) => {
    const input = {
      type: 'publish',
      doc: { relationTo: 'articles', value: await writerDraft() },
      user: { relationTo: 'users', value: ids.editor },
    }
    const response = await rest('POST', '/payload-jobs', {
      token: tokens[actor],
      json: { taskSlug: 'schedulePublish', input, waitUntil: new Date().toISOString() },
    })
    return ok(response.status)
  },
  'jobs.run': async (actor) => ok((await rest('GET', '/payload-jobs/run?limit=1', { token: tokens[actor] })).status),
}

const staffTokens = new Map<Actor, string>()
async function createStaffTokenFor(actor: Exclude<Actor, 'anonymous'>) {
  const { login } = await import('../helpers/restClient')
  const { TEST_PASSWORD } = await import('../helpers/staff')
  const user = await payload.findByID({ collection: 'users', id: ids[actor] })
  const token = await login(user.email, TEST_PASSWORD)
  staffTokens.set(actor, token)
  return token
}

beforeAll(async () => {
  payload = await getTestPayload()
  const staff = {
    admin: await createStaff('admin'),
    editor: await createStaff('editor'),
    writer: await createStaff('writer'),
    moderator: await createStaff('moderator'),
  }
  otherWriter = await createStaff('writer', 'other-writer')
  tokens = {
    ...Object.fromEntries(Object.entries(staff).map(([role, s]) => [role, s.token])),
    anonymous: undefined,
  } as Tokens
  ids = Object.fromEntries(Object.entries(staff).map(([role, s]) => [role, s.id])) as Ids
})

describe('access matrix through REST', () => {
  for (const [operation, allowed] of Object.entries(EXPECTED)) {
    for (const actor of ACTORS) {
      const expected = allowed.includes(actor)
      it(`${operation}: ${actor} ${expected ? 'may' : 'may not'}`, async () => {
        expect(await OPERATIONS[operation]!(actor)).toBe(expected)
      })
    }
  }
})

describe('the Local API with overrideAccess: false and GraphQL agree with REST', () => {
  const localUser = async (actor: Actor) =>
    actor === 'anonymous'
      ? undefined
      : { ...(await payload.findByID({ collection: 'users', id: ids[actor] })), collection: 'users' as const }

  for (const actor of ACTORS) {
    it(`reading a draft article as ${actor}`, async () => {
      const id = await writerDraft()
      const user = await localUser(actor)
      const viaLocal = await payload
        .findByID({ collection: 'articles', id, draft: true, overrideAccess: false, user })
        .then(() => true)
        .catch(() => false)
      const viaGraphql = await gql(`query ($id: Int!) { Article(id: $id, draft: true) { id title } }`, {
        variables: { id },
        token: tokens[actor],
      })
      const graphqlFound = Boolean(viaGraphql.body.data?.Article?.id)
      expect(viaLocal).toBe(EXPECTED['articles.read draft']!.includes(actor))
      expect(graphqlFound).toBe(viaLocal)
    })

    it(`publishing an approved article as ${actor}`, async () => {
      const id = await approvedArticle()
      const user = await localUser(actor)
      await payload
        .update({ collection: 'articles', id, data: { _status: 'published' }, overrideAccess: false, user })
        .catch(() => null)
      expect(await isPublished(id)).toBe(EXPECTED['articles.publish approved']!.includes(actor))

      const other = await approvedArticle()
      await gql(`mutation ($id: Int!) { updateArticle(id: $id, data: { _status: published }) { id } }`, {
        variables: { id: other },
        token: tokens[actor],
      })
      expect(await isPublished(other)).toBe(EXPECTED['articles.publish approved']!.includes(actor))
    })

    it(`creating a cause as ${actor}`, async () => {
      const user = await localUser(actor)
      const viaLocal = await payload
        .create({
          collection: 'causes',
          draft: true,
          data: {
            title: 'Local cause',
            slug: `local-${Math.random().toString(36).slice(2, 8)}`,
            summary: 's',
            category: 'health',
          },
          overrideAccess: false,
          user,
        })
        .then(() => true)
        .catch(() => false)
      const viaGraphql = await gql(
        `mutation { createCause(data: { title: "GraphQL cause by ${actor}", summary: "s", category: health }, draft: true) { id } }`,
        {
          token: tokens[actor],
        },
      )
      expect(viaLocal).toBe(EXPECTED['causes.create']!.includes(actor))
      expect(Boolean(viaGraphql.body.data?.createCause?.id)).toBe(viaLocal)
    })
  }

  it('never shows anonymous readers a draft through a list query either', async () => {
    const id = await writerDraft()
    const where: Where = { id: { equals: id } }
    const { docs } = await payload.find({ collection: 'articles', where, draft: true, overrideAccess: false })
    expect(docs).toEqual([])
    const listed = await rest('GET', `/articles?where[id][equals]=${id}&draft=true`)
    expect(listed.body.docs).toEqual([])
  })

  it('hides who created an article and its workflow history from anonymous readers', async () => {
    const id = await publishedArticle()
    const response = await rest('GET', `/articles/${id}`)
    expect(response.body.createdBy).toBeUndefined()
    expect(response.body.stage).toBeUndefined()
    expect(response.body.history ?? []).toEqual([])
  })
})
