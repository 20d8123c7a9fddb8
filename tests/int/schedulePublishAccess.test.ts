import { createLocalReq } from 'payload'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { schedulePublish } from '../../src/admin/serverFunctions/schedulePublish'
import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { createStaff } from '../helpers/staff'

/**
 * The admin's `schedule-publish` server function (posted to /admin as a server action; the e2e
 * test `tests/e2e/adminServerFunctions.spec.ts` posts it so) with each role's request: only those who may
 * publish create or delete schedules.
 */
let payload: Payload
let articleId: number

const requestOf = async (role: 'admin' | 'editor' | 'writer' | 'moderator') => {
  const { id } = await createStaff(role)
  const user = { ...(await payload.findByID({ collection: 'users', id })), collection: 'users' as const }
  return createLocalReq({ user }, payload)
}

const schedules = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      depth: 0,
      pagination: false,
    })
  ).docs

async function editorSchedules(type: 'publish' | 'unpublish') {
  const req = await requestOf('editor')
  const answer = await schedulePublish({
    req,
    type,
    doc: { relationTo: 'articles', value: articleId },
    date: new Date(Date.now() + 3_600_000),
  } as never)
  expect(answer).toMatchObject({ message: expect.any(String) })
  return (await schedules()).at(-1)!
}

beforeAll(async () => {
  payload = await getTestPayload()
  articleId = (
    await payload.create({ collection: 'articles', data: (await validArticleData(1)) as never, draft: true })
  ).id as number
  // Only an approved article may be scheduled to publish (review is required by default).
  for (const workflowAction of ['submit', 'approve'] as const) {
    await payload.update({ collection: 'articles', id: articleId, draft: true, data: { workflowAction } })
  }
})

describe('the schedule-publish server function', () => {
  it.each(['writer', 'moderator'] as const)(
    "does not let a %s delete an editor's scheduled publish or unpublish",
    async (role) => {
      const req = await requestOf(role)
      for (const type of ['publish', 'unpublish'] as const) {
        const job = await editorSchedules(type)
        const answer = await schedulePublish({ req, deleteID: job.id } as never)
        expect(answer).toEqual({ error: 'You may not schedule or cancel a publish.' })
        expect((await schedules()).map((each) => each.id)).toContain(job.id)
      }
    },
  )

  it.each(['writer', 'moderator'] as const)('does not let a %s schedule a publish', async (role) => {
    const before = (await schedules()).length
    const answer = await schedulePublish({
      req: await requestOf(role),
      type: 'publish',
      doc: { relationTo: 'articles', value: articleId },
      date: new Date(Date.now() + 60_000),
    } as never)
    expect(answer).toEqual({ error: 'You may not schedule or cancel a publish.' })
    expect(await schedules()).toHaveLength(before)
  })

  it('refuses to schedule the publish of an article not approved, saying why', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: (await validArticleData(1)) as never,
      draft: true,
    })
    const before = (await schedules()).length
    const answer = await schedulePublish({
      req: await requestOf('editor'),
      type: 'publish',
      doc: { relationTo: 'articles', value: String(draft.id) },
      date: new Date(Date.now() + 60_000),
    } as never)
    expect(answer).toEqual({
      error:
        'This article is a draft: publishing needs an approved article, so submit it for review and have an editor approve it.',
    })
    expect(await schedules()).toHaveLength(before)
  })

  it('refuses a time that has passed', async () => {
    const answer = await schedulePublish({
      req: await requestOf('editor'),
      type: 'publish',
      doc: { relationTo: 'articles', value: String(articleId) },
      date: new Date(Date.now() - 3_600_000),
    } as never)
    expect(answer).toEqual({ error: 'That time has passed: choose a time to come.' })
  })

  it('lets an editor or admin delete a schedule', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const job = await editorSchedules('publish')
      const answer = await schedulePublish({ req: await requestOf(role), deleteID: job.id } as never)
      expect(answer).toMatchObject({ message: expect.any(String) })
      expect((await schedules()).map((each) => each.id)).not.toContain(job.id)
    }
  })
})
