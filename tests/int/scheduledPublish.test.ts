import { createLocalReq } from 'payload'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  // Run the in-process jobs runner every second instead of every minute.
  process.env.JOBS_AUTORUN_CRON = '* * * * * *'
})

import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/restClient'
import { createPublished } from '../helpers/review'
import { createStaff } from '../helpers/staff'

let payload: Payload
let editor: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  payload = await getTestPayload({ cron: true })
  editor = await createStaff('editor')
})

/** Queues a publish as the admin's "Schedule" drawer does: a job carrying the scheduling editor. */
async function schedule(id: number, inMs: number, type: 'publish' | 'unpublish' = 'publish') {
  const user = { ...(await payload.findByID({ collection: 'users', id: editor.id })), collection: 'users' as const }
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: user.id } },
    waitUntil: new Date(Date.now() + inMs),
    req: await createLocalReq({ user }, payload),
  })
}

async function statusWithin(id: number, wanted: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let status: string | null | undefined
  while (Date.now() < deadline) {
    status = (await payload.findByID({ collection: 'articles', id, depth: 0 }))._status
    if (status === wanted) return status
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return status
}

/** A draft by the editor, submitted and approved: what may be scheduled. */
async function approvedArticle(changes: Record<string, unknown> = {}) {
  const json = { ...(await validArticleData(2)), ...changes }
  const created = await rest('POST', '/articles?draft=true', { token: editor.token, json })
  const id = created.body.doc.id as number
  for (const workflowAction of ['submit', 'approve']) {
    const moved = await rest('PATCH', `/articles/${id}?draft=true`, { token: editor.token, json: { workflowAction } })
    expect(moved.status).toBe(200)
  }
  return id
}

describe('scheduled publishing', () => {
  it('publishes an article at its time with nobody touching it, as the editor who scheduled it', async () => {
    const id = await approvedArticle()
    await schedule(id, 1_500)

    // Not before its time.
    expect((await payload.findByID({ collection: 'articles', id, depth: 0 }))._status).toBe('draft')
    expect(await statusWithin(id, 'published', 15_000)).toBe('published')

    const article = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(article.stage).toBe('published')
    expect(article.publishedAt).toBeTruthy()
    expect(article.history!.at(-1)).toMatchObject({ to: 'published', byName: 'editor user' })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(200)
  })

  it('unpublishes at its time too', async () => {
    const created = await createPublished(editor.token, await validArticleData(2))
    const id = created.id
    expect(created._status).toBe('published')
    await schedule(id, 1_000, 'unpublish')
    expect(await statusWithin(id, 'draft', 15_000)).toBe('draft')
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
    // The workflow follows: back to draft, with the unpublishing on record.
    const article = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(article.stage).toBe('draft')
    expect(article.history!.at(-1)).toMatchObject({ from: 'published', to: 'draft', note: 'Unpublished' })
  })

  it('runs the pre-publish checks: a scheduled article with errors stays unpublished and the job records why', async () => {
    const id = await approvedArticle({ title: '9 reasons to rest' })
    await schedule(id, 500)

    expect(await jobRecordContaining(id, 'title promises')).toContain(
      'The title promises 9 but the article has 2 reasons.',
    )
    expect((await payload.findByID({ collection: 'articles', id, depth: 0 }))._status).toBe('draft')
  })

  it('refuses a scheduled publish of an article whose text changed after approval, naming the stage', async () => {
    const id = await approvedArticle()
    await schedule(id, 1_500)
    const edited = await rest('PATCH', `/articles/${id}?draft=true`, {
      token: editor.token,
      json: { excerpt: 'A sentence nobody has reviewed.' },
    })
    expect(edited.body.doc.stage).toBe('in_review')

    expect(await jobRecordContaining(id, 'publishing needs an approved article')).toContain(
      'This article is in review: publishing needs an approved article',
    )
    const article = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect([article._status, article.stage]).toEqual(['draft', 'in_review'])
  })
})

/** The newest scheduled-publish job of this article, once its record mentions `text`. */
async function jobRecordContaining(id: number, text: string): Promise<string> {
  const deadline = Date.now() + 15_000
  let record = ''
  while (Date.now() < deadline) {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      sort: '-createdAt',
      limit: 20,
    })
    const job = docs.find((candidate) => (candidate.input as { doc?: { value?: unknown } }).doc?.value === id)
    record = JSON.stringify(job ?? {})
    if (record.includes(text)) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return record
}
