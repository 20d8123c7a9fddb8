import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  // The Payload config reads SMTP_* when it is imported: point it at this file's SMTP server.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(20_000 + Math.floor(Math.random() * 20_000))
})

import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/restClient'
import { publishReviewed } from '../helpers/review'
import { startSmtpServer } from '../helpers/smtpServer'
import { createStaff } from '../helpers/staff'

type Staff = Awaited<ReturnType<typeof createStaff>>
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let writer: Staff
let editor: Staff

beforeAll(async () => {
  smtp = await startSmtpServer(Number(process.env.SMTP_PORT))
  writer = await createStaff('writer')
  editor = await createStaff('editor')
})

afterAll(async () => {
  await smtp?.close()
})

async function draftByWriter(reasons = 2) {
  const created = await rest('POST', '/articles?draft=true', {
    token: writer.token,
    json: await validArticleData(reasons),
  })
  expect(created.status).toBe(201)
  return created.body.doc as { id: number; title: string; stage: string }
}

const act = (token: string, id: number, workflowAction: string, workflowNote?: string) =>
  rest('PATCH', `/articles/${id}?draft=true`, { token, json: { workflowAction, workflowNote } })

async function mainRow(id: number) {
  const payload = await getTestPayload()
  return payload.findByID({ collection: 'articles', id, depth: 0 })
}

describe('review workflow through REST', () => {
  it('starts a new article as a draft owned by its writer, with the creation in its history', async () => {
    const article = await draftByWriter()
    const stored = await mainRow(article.id)
    expect(stored.stage).toBe('draft')
    expect(stored.createdBy).toBe(writer.id)
    expect(stored.history).toHaveLength(1)
    expect(stored.history![0]).toMatchObject({ from: null, to: 'draft', byName: 'writer user' })
  })

  it('runs the whole loop: submit, request changes with a note, resubmit, approve, publish — each step recorded and the right people emailed', async () => {
    const article = await draftByWriter()

    expect((await act(writer.token, article.id, 'submit')).status).toBe(200)
    expect((await mainRow(article.id)).stage).toBe('in_review')
    const toEditors = await smtp.waitFor((email) => email.subject === `Ready for review: ${article.title}`)
    expect(toEditors.to).toContain(editor.email)
    expect(toEditors.text).toContain('writer user submitted')

    // The writer cannot touch it while it is in review.
    const blocked = await rest('PATCH', `/articles/${article.id}?draft=true`, {
      token: writer.token,
      json: { title: 'Sneaky edit' },
    })
    expect(blocked.status).toBe(403)

    const refusedWithoutNote = await act(editor.token, article.id, 'request_changes', '   ')
    expect(refusedWithoutNote.status).toBe(400)
    expect(refusedWithoutNote.body.errors[0].message).toContain('workflowNote')

    expect((await act(editor.token, article.id, 'request_changes', 'Cite a study for reason 2.')).status).toBe(200)
    const toWriter = await smtp.waitFor((email) => email.subject === `Changes requested: ${article.title}`)
    expect(toWriter.to).toEqual([writer.email])
    expect(toWriter.text).toContain('Cite a study for reason 2.')

    // Now the writer may revise and resubmit.
    expect(
      (
        await rest('PATCH', `/articles/${article.id}?draft=true`, {
          token: writer.token,
          json: { excerpt: 'Revised.' },
        })
      ).status,
    ).toBe(200)
    expect((await act(writer.token, article.id, 'submit')).status).toBe(200)
    expect((await act(editor.token, article.id, 'approve')).status).toBe(200)

    const published = await rest('PATCH', `/articles/${article.id}`, {
      token: editor.token,
      json: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.doc.stage).toBe('published')
    expect(published.body.doc.publishedAt).toBeTruthy()
    await smtp.waitFor((email) => email.subject === `Published: ${article.title}` && email.to.includes(writer.email))

    const stored = await mainRow(article.id)
    expect(stored.history!.map((entry) => [entry.from, entry.to])).toEqual([
      [null, 'draft'],
      ['draft', 'in_review'],
      ['in_review', 'changes_requested'],
      ['changes_requested', 'in_review'],
      ['in_review', 'approved'],
      ['approved', 'published'],
    ])
    expect(stored.history![2]).toMatchObject({ note: 'Cite a study for reason 2.', byName: 'editor user' })
    expect(stored.excerpt).toBe('Revised.')
    // Moving through the stages never loses content: the reasons and their causes are all there.
    expect(stored.reasons).toHaveLength(2)
    expect(stored.reasons!.every((reason) => reason.cause && reason.heading)).toBe(true)
    expect((await rest('GET', `/articles/${article.id}`)).body.reasons).toHaveLength(2)
  })

  it('refuses a writer who approves or requests changes', async () => {
    const article = await draftByWriter()
    await act(writer.token, article.id, 'submit')
    // In review the writer may not update at all, so the answer is 403 either way.
    expect((await act(writer.token, article.id, 'approve')).status).toBe(403)
    expect((await mainRow(article.id)).stage).toBe('in_review')
  })

  it('refuses an action that does not fit the stage, naming the field', async () => {
    const article = await draftByWriter()
    const response = await act(editor.token, article.id, 'approve')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('workflowAction: cannot "Approve" an article that is draft.')
  })

  it('never lets a client write the stage or the history directly', async () => {
    const article = await draftByWriter()
    await rest('PATCH', `/articles/${article.id}`, {
      token: editor.token,
      json: { stage: 'approved', history: [{ at: new Date().toISOString(), to: 'published' }] },
    })
    const stored = await mainRow(article.id)
    expect(stored.stage).toBe('draft')
    expect(stored.history).toHaveLength(1)
  })

  it('sets publishedAt on the first publish only', async () => {
    const article = await draftByWriter()
    const first = await publishReviewed(editor.token, article.id)
    const publishedAt = first.publishedAt
    expect(publishedAt).toBeTruthy()
    const again = await publishReviewed(editor.token, article.id, { excerpt: 'Edited later.' })
    expect(again.publishedAt).toBe(publishedAt)
    expect(again.excerpt).toBe('Edited later.')
  })

  it('keeps a published article live while a correction waits for review, and records an unpublish', async () => {
    const article = await draftByWriter()
    await publishReviewed(editor.token, article.id)
    await rest('PATCH', `/articles/${article.id}?draft=true`, {
      token: editor.token,
      json: { excerpt: 'Work in progress.' },
    })
    let stored = await mainRow(article.id)
    expect([stored._status, stored.stage]).toEqual(['published', 'in_review'])
    expect((await rest('GET', `/articles/${article.id}`)).body.excerpt).not.toBe('Work in progress.')

    await rest('PATCH', `/articles/${article.id}`, { token: editor.token, json: { _status: 'draft' } })
    stored = await mainRow(article.id)
    expect([stored._status, stored.stage]).toEqual(['draft', 'in_review'])
    expect(stored.reasons).toHaveLength(2)
    expect(stored.history!.at(-1)).toMatchObject({ to: 'in_review', note: 'Unpublished', byName: 'editor user' })
    expect((await rest('GET', `/articles/${article.id}`)).status).toBe(404)
  })

  it('moves a live article with nothing pending back to draft when it is unpublished', async () => {
    const article = await draftByWriter()
    await publishReviewed(editor.token, article.id)
    await rest('PATCH', `/articles/${article.id}`, { token: editor.token, json: { _status: 'draft' } })
    const stored = await mainRow(article.id)
    expect([stored._status, stored.stage]).toEqual(['draft', 'draft'])
    expect(stored.history!.at(-1)).toMatchObject({ from: 'published', to: 'draft', note: 'Unpublished' })
  })

  it('fills an empty reason heading with its cause’s title', async () => {
    const article = await draftByWriter()
    const stored = await mainRow(article.id)
    const payload = await getTestPayload()
    const cause = await payload.findByID({ collection: 'causes', id: stored.reasons![0]!.cause as number })
    expect(stored.reasons![0]!.heading).toBe(cause.title)
  })
})

/** Submits and approves the article as the editor, then asks to publish it. */
async function publishApproved(id: number) {
  for (const workflowAction of ['submit', 'approve']) {
    expect((await act(editor.token, id, workflowAction)).status).toBe(200)
  }
  return rest('PATCH', `/articles/${id}`, { token: editor.token, json: { _status: 'published' } })
}

describe('pre-publish checks on publish', () => {
  it('refuses a publish whose title count differs from the reasons, with both numbers in the message', async () => {
    const data = await validArticleData(2)
    const created = await rest('POST', '/articles?draft=true', {
      token: editor.token,
      json: { ...data, title: '8 reasons why you feel your legs heavy when you run' },
    })
    const response = await publishApproved(created.body.doc.id)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('The title promises 8 but the article has 2 reasons.')
    // Nothing was published.
    const anonymous = await rest('GET', `/articles/${created.body.doc.id}`)
    expect(anonymous.status).toBe(404)
  })

  it('lists every problem at once', async () => {
    const data = await validArticleData(2)
    const repeated = data.reasons[0]!.body
    const created = await rest('POST', '/articles?draft=true', {
      token: editor.token,
      json: {
        ...data,
        title: 'Five reasons to rest',
        reasons: [data.reasons[0], { ...data.reasons[1], body: repeated }],
      },
    })
    const response = await publishApproved(created.body.doc.id)
    expect(response.status).toBe(400)
    const message = response.body.errors[0].message as string
    expect(message).toContain('The title promises 5 but the article has 2 reasons.')
    expect(message).toContain('A paragraph appears in reason 1 and in reason 2')
  })

  it('refuses a writer who tries to publish, and stores nothing', async () => {
    const article = await draftByWriter()
    const response = await rest('PATCH', `/articles/${article.id}`, {
      token: writer.token,
      json: { _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect((await mainRow(article.id))._status).toBe('draft')
  })

  it('serves the warnings for the admin sidebar without blocking', async () => {
    const data = await validArticleData(2)
    const created = await rest('POST', '/articles?draft=true', {
      token: editor.token,
      json: { ...data, meta: { description: '' } },
    })
    const checks = await rest('GET', `/articles/${created.body.doc.id}/checks`, { token: editor.token })
    expect(checks.status).toBe(200)
    expect(checks.body.errors).toEqual([])
    expect(checks.body.warnings.map((warning: { code: string }) => warning.code)).toContain('seo-description')
    expect((await rest('GET', `/articles/${created.body.doc.id}/checks`)).status).toBe(403)
  })
})
