import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/restClient'
import { createStaff } from '../helpers/staff'

/**
 * Review that cannot be skipped (issue 11): with the editorial setting on — the default — only an
 * approved text goes live, whichever door the publish comes through, and a change to the approved
 * text sends the article back to review.
 */

type Staff = Awaited<ReturnType<typeof createStaff>>
type Stored = { _status?: string | null; stage?: string | null; title: string; history?: unknown[] | null }
type Answer = { ok: boolean; message: string }

let payload: Payload
let writer: Staff
let otherWriter: Staff
let editor: Staff
let admin: Staff

beforeAll(async () => {
  payload = await getTestPayload()
  writer = await createStaff('writer')
  otherWriter = await createStaff('writer', 'other-writer')
  editor = await createStaff('editor')
  admin = await createStaff('admin')
})

const mainRow = async (id: number) => (await payload.findByID({ collection: 'articles', id, depth: 0 })) as Stored
const asLocalUser = async (who: Staff) => ({
  ...(await payload.findByID({ collection: 'users', id: who.id })),
  collection: 'users' as const,
})

/** One save of an article, the same request through each API a client may use. */
type Client = { name: string; save: (who: Staff, id: number, data: Record<string, unknown>, draft: boolean) => Promise<Answer> }

const CLIENTS: Client[] = [
  {
    name: 'REST',
    save: async (who, id, data, draft) => {
      const response = await rest('PATCH', `/articles/${id}${draft ? '?draft=true' : ''}`, { token: who.token, json: data })
      return { ok: response.status === 200, message: response.body?.errors?.[0]?.message ?? '' }
    },
  },
  {
    name: 'GraphQL',
    save: async (who, id, data, draft) => {
      const response = await gql(
        `mutation ($id: Int!, $draft: Boolean, $data: mutationArticleUpdateInput!) {
          updateArticle(id: $id, draft: $draft, data: $data) { id }
        }`,
        { token: who.token, variables: { id, draft, data } },
      )
      const error = response.body.errors?.[0]?.message as string | undefined
      return { ok: !error && Boolean(response.body.data?.updateArticle?.id), message: error ?? '' }
    },
  },
  {
    name: 'Local API',
    save: async (who, id, data, draft) => {
      try {
        const user = await asLocalUser(who)
        await payload.update({ collection: 'articles', id, data, draft, overrideAccess: false, user })
        return { ok: true, message: '' }
      } catch (error) {
        return { ok: false, message: (error as Error).message }
      }
    },
  },
]

async function draftByWriter(): Promise<number> {
  const created = await rest('POST', '/articles?draft=true', { token: writer.token, json: await validArticleData(2) })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

async function move(who: Staff, id: number, workflowAction: string, workflowNote?: string) {
  const response = await rest('PATCH', `/articles/${id}?draft=true`, {
    token: who.token,
    json: { workflowAction, workflowNote },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.doc as Stored
}

async function approvedByEditor(): Promise<number> {
  const id = await draftByWriter()
  await move(writer, id, 'submit')
  await move(editor, id, 'approve')
  return id
}

const lastEntry = async (id: number) => (await mainRow(id)).history!.at(-1) as Record<string, unknown>

describe.each(CLIENTS)('publishing needs an approved article, over $name', (client) => {
  it('refuses to publish a draft, naming the stage and what is needed, and changes nothing', async () => {
    const id = await draftByWriter()
    const before = await mainRow(id)
    const answer = await client.save(editor, id, { _status: 'published' }, false)
    expect(answer.ok).toBe(false)
    expect(answer.message).toBe(
      '_status: This article is a draft: publishing needs an approved article, so submit it for review and have an editor approve it.',
    )
    const after = await mainRow(id)
    expect([after._status, after.stage, after.history!.length]).toEqual(['draft', 'draft', before.history!.length])
  })

  it('refuses to publish an article still in review', async () => {
    const id = await draftByWriter()
    await move(writer, id, 'submit')
    const answer = await client.save(editor, id, { _status: 'published' }, false)
    expect(answer.message).toContain('This article is in review: publishing needs an approved article')
    expect((await mainRow(id))._status).toBe('draft')
  })

  it('publishes an approved article', async () => {
    const id = await approvedByEditor()
    expect(await client.save(editor, id, { _status: 'published' }, false)).toEqual({ ok: true, message: '' })
    expect(await mainRow(id)).toMatchObject({ _status: 'published', stage: 'published' })
    expect(await lastEntry(id)).toMatchObject({ from: 'approved', to: 'published', byName: 'editor user' })
  })

  it('sends an approved article back to review when its text changes, with the change on record', async () => {
    const id = await approvedByEditor()
    expect((await client.save(editor, id, { title: `A new title ${id}` }, true)).ok).toBe(true)
    expect((await mainRow(id)).stage).toBe('in_review')
    expect(await lastEntry(id)).toMatchObject({
      from: 'approved',
      to: 'in_review',
      note: 'Changed after approval (title): back to review.',
    })
    expect((await client.save(editor, id, { _status: 'published' }, false)).message).toContain(
      'This article is in review',
    )
  })

  it('keeps the approval for SEO fields, pinned related articles and comments', async () => {
    const id = await approvedByEditor()
    const other = await approvedByEditor()
    const answer = await client.save(
      editor,
      id,
      { meta: { description: 'A fresh description for search results.' }, relatedPinned: [other], commentsOpen: false },
      true,
    )
    expect(answer).toEqual({ ok: true, message: '' })
    expect((await mainRow(id)).stage).toBe('approved')
    expect((await client.save(editor, id, { _status: 'published' }, false)).ok).toBe(true)
  })

  it('sends a correction of a live article through review, the live text staying until it is approved', async () => {
    const id = await approvedByEditor()
    await client.save(editor, id, { _status: 'published' }, false)
    const liveTitle = (await mainRow(id)).title
    expect((await client.save(editor, id, { title: `Corrected title ${id}` }, true)).ok).toBe(true)

    const stored = await mainRow(id)
    expect([stored._status, stored.stage, stored.title]).toEqual(['published', 'in_review', liveTitle])
    expect((await rest('GET', `/articles/${id}`)).body.title).toBe(liveTitle)
    expect((await client.save(editor, id, { _status: 'published' }, false)).ok).toBe(false)

    await move(editor, id, 'approve')
    expect((await client.save(editor, id, { _status: 'published' }, false)).ok).toBe(true)
    expect((await rest('GET', `/articles/${id}`)).body.title).toBe(`Corrected title ${id}`)
  })
})

describe('approval follows the text', () => {
  it('sends an article back to review when a reason is removed', async () => {
    const id = await approvedByEditor()
    const draft = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    await rest('PATCH', `/articles/${id}?draft=true`, {
      token: editor.token,
      json: { reasons: draft.reasons!.slice(0, 1) },
    })
    expect(await lastEntry(id)).toMatchObject({ note: 'Changed after approval (reasons): back to review.' })
  })

  it('gives the approval back when the change is undone', async () => {
    const id = await approvedByEditor()
    const { excerpt } = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    await rest('PATCH', `/articles/${id}?draft=true`, { token: editor.token, json: { excerpt: `${excerpt}x` } })
    expect((await mainRow(id)).stage).toBe('in_review')
    await rest('PATCH', `/articles/${id}?draft=true`, { token: editor.token, json: { excerpt } })
    expect((await mainRow(id)).stage).toBe('approved')
    expect(await lastEntry(id)).toMatchObject({ from: 'in_review', to: 'approved', note: 'Back to the approved text.' })
  })

  it('refuses to restore a published version whose text is no longer the approved one', async () => {
    const id = await approvedByEditor()
    await rest('PATCH', `/articles/${id}`, { token: editor.token, json: { _status: 'published' } })
    const firstLive = await newestPublishedVersion(id)
    await rest('PATCH', `/articles/${id}?draft=true`, { token: editor.token, json: { title: `Second title ${id}` } })
    await move(editor, id, 'approve')
    await rest('PATCH', `/articles/${id}`, { token: editor.token, json: { _status: 'published' } })
    const secondLive = await newestPublishedVersion(id)

    const refused = await rest('POST', `/articles/versions/${firstLive}`, { token: editor.token })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('This article is in review: publishing needs an approved article')
    expect((await rest('GET', `/articles/${id}`)).body.title).toBe(`Second title ${id}`)

    const restored = await rest('POST', `/articles/versions/${secondLive}`, { token: editor.token })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await mainRow(id)).toMatchObject({ _status: 'published', stage: 'published' })
  })
})

async function newestPublishedVersion(id: number) {
  const { docs } = await payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
  })
  return docs[0]!.id
}

describe('bulk publishing', () => {
  it('publishes the approved articles of a selection and names the stage of each one refused', async () => {
    const approved = await approvedByEditor()
    const draft = await draftByWriter()
    const response = await rest('PATCH', `/articles?where[id][in]=${approved},${draft}`, {
      token: editor.token,
      json: { _status: 'published' },
    })
    expect((await mainRow(approved))._status).toBe('published')
    expect((await mainRow(draft))._status).toBe('draft')
    expect(JSON.stringify(response.body.errors)).toContain('This article is a draft: publishing needs an approved article')
  })
})

describe('publishing without review', () => {
  it('lets an admin publish a draft with a note, recorded in the history', async () => {
    const id = await draftByWriter()
    const response = await rest('PATCH', `/articles/${id}`, {
      token: admin.token,
      json: {
        _status: 'published',
        workflowAction: 'publish_without_review',
        workflowNote: 'A dosage was wrong; the fix cannot wait for the morning.',
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await lastEntry(id)).toMatchObject({
      from: 'draft',
      to: 'published',
      byName: 'admin user',
      note: 'Published without review: A dosage was wrong; the fix cannot wait for the morning.',
    })
  })

  it('needs the note, and is for admins only', async () => {
    const id = await draftByWriter()
    const withoutNote = await rest('PATCH', `/articles/${id}`, {
      token: admin.token,
      json: { _status: 'published', workflowAction: 'publish_without_review', workflowNote: '  ' },
    })
    expect(withoutNote.status).toBe(400)
    expect(withoutNote.body.errors[0].message).toBe('workflowNote: say why review is skipped.')
    const byEditor = await rest('PATCH', `/articles/${id}`, {
      token: editor.token,
      json: { _status: 'published', workflowAction: 'publish_without_review', workflowNote: 'Urgent' },
    })
    expect(byEditor.status).toBe(403)
    expect((await mainRow(id))._status).toBe('draft')
  })

  it('refuses the Local API without a user too, unless it says so', async () => {
    const id = await draftByWriter()
    await expect(payload.update({ collection: 'articles', id, data: { _status: 'published' } })).rejects.toThrow(
      'publishing needs an approved article',
    )
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published', workflowAction: 'publish_without_review', workflowNote: 'Imported archive' },
    })
    expect(await lastEntry(id)).toMatchObject({ byName: 'System', note: 'Published without review: Imported archive' })
  })
})

describe('the editorial setting', () => {
  it('is the admins’ to change, and when off lets editors publish a draft', async () => {
    const byEditor = await rest('POST', '/globals/editorial-settings', {
      token: editor.token,
      json: { reviewRequired: false },
    })
    expect(byEditor.status).toBe(403)
    expect((await rest('GET', '/globals/editorial-settings')).status).toBe(403)

    const off = await rest('POST', '/globals/editorial-settings', { token: admin.token, json: { reviewRequired: false } })
    expect(off.status).toBe(200)
    try {
      const id = await draftByWriter()
      const published = await rest('PATCH', `/articles/${id}`, { token: editor.token, json: { _status: 'published' } })
      expect(published.status).toBe(200)
      expect(await lastEntry(id)).toMatchObject({ from: 'draft', to: 'published' })
    } finally {
      await rest('POST', '/globals/editorial-settings', { token: admin.token, json: { reviewRequired: true } })
    }
  })
})

describe('withdrawing', () => {
  it('lets a writer take a submitted article back to draft, on record, and edit it again', async () => {
    const id = await draftByWriter()
    await move(writer, id, 'submit')
    expect((await move(writer, id, 'withdraw')).stage).toBe('draft')
    expect(await lastEntry(id)).toMatchObject({ from: 'in_review', to: 'draft', byName: 'writer user' })
    const edited = await rest('PATCH', `/articles/${id}?draft=true`, { token: writer.token, json: { excerpt: 'More.' } })
    expect(edited.status).toBe(200)
  })

  it('refuses to withdraw another writer’s article, or to edit while withdrawing', async () => {
    const id = await draftByWriter()
    await move(writer, id, 'submit')
    const byOther = await rest('PATCH', `/articles/${id}?draft=true`, {
      token: otherWriter.token,
      json: { workflowAction: 'withdraw' },
    })
    expect(byOther.status).toBe(403)
    expect((await mainRow(id)).stage).toBe('in_review')
  })
})
