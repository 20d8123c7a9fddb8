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

describe('scheduled publishing', () => {
  it('publishes an article at its time with nobody touching it, as the editor who scheduled it', async () => {
    const created = await rest('POST', '/articles?draft=true', { token: editor.token, json: await validArticleData(2) })
    const id = created.body.doc.id as number
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
    const created = await rest('POST', '/articles', {
      token: editor.token,
      json: { ...(await validArticleData(2)), _status: 'published' },
    })
    const id = created.body.doc.id as number
    expect(created.body.doc._status).toBe('published')
    await schedule(id, 1_000, 'unpublish')
    expect(await statusWithin(id, 'draft', 15_000)).toBe('draft')
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
    // The workflow follows: back to draft, with the unpublishing on record.
    const article = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(article.stage).toBe('draft')
    expect(article.history!.at(-1)).toMatchObject({ from: 'published', to: 'draft', note: 'Unpublished' })
  })

  it('runs the pre-publish checks: a scheduled article with errors stays unpublished and the job records why', async () => {
    const data = await validArticleData(2)
    const created = await rest('POST', '/articles?draft=true', {
      token: editor.token,
      json: { ...data, title: '9 reasons to rest' },
    })
    const id = created.body.doc.id as number
    await schedule(id, 500)

    const deadline = Date.now() + 15_000
    let record = ''
    while (Date.now() < deadline) {
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        sort: '-createdAt',
        limit: 1,
      })
      record = JSON.stringify(docs[0] ?? {})
      if (record.includes('title promises')) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(record).toContain('The title promises 9 but the article has 2 reasons.')
    expect((await payload.findByID({ collection: 'articles', id, depth: 0 }))._status).toBe('draft')
  })
})
