import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { PayloadRequest, ServerFunction } from 'payload'

import { reviewRequired } from '../../../collections/globals/EditorialSettings'
import { COLLECTION, type Stage } from '../../constants'
import { publishRefusal } from '../../domain/workflow'

type SchedulePublishArgs = Parameters<typeof schedulePublishHandler>[0]

/** Why this scheduled publish could only fail when its time comes, or null. */
async function refusalOf(args: SchedulePublishArgs, req: PayloadRequest): Promise<string | null> {
  if (args.date === undefined) return null
  const date = new Date(args.date as unknown as string)
  if (Number.isNaN(date.getTime())) return 'Choose a date and a time.'
  if (date.getTime() < Date.now() - 60_000) return 'That time has passed: choose a time to come.'
  if (args.type !== 'publish' || args.doc?.relationTo !== COLLECTION.articles) return null
  const article = await req.payload.findByID({
    collection: COLLECTION.articles,
    id: args.doc.value,
    draft: true,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!article) return 'There is no such article.'
  return publishRefusal((article.stage as Stage | null) ?? 'draft', await reviewRequired(req))
}

/**
 * The admin's "schedule publish" server function, with the rules Payload's own handler leaves out.
 * Payload 3.90's handler checks only that the user may open the admin, then deletes the job named by
 * `deleteID` and queues a new one with access overridden: any writer or moderator could post it to
 * `/admin` and remove an editor's scheduled publish or unpublish, or queue one. Here the jobs
 * config's own rules decide first (`jobs.access` in src/jobs/jobsConfig.ts: who may queue, who may
 * cancel), so only those who may publish create or delete schedules. A publish that would be
 * refused when it runs (an article not approved, a time gone by) is refused now, with the reason;
 * a cancellation without a new date only cancels (Payload's handler would queue an empty job).
 */
export const schedulePublish: ServerFunction<SchedulePublishArgs> = async (args) => {
  const { req } = args
  const { access } = req.payload.config.jobs
  const mayQueue = (await access?.queue?.({ req })) === true
  // Deleting a schedule is cancelling a job; Payload queues its replacement in the same call.
  const mayCancel = args.deleteID === undefined || (await access?.cancel?.({ req })) === true
  if (!mayQueue || !mayCancel) {
    return { error: 'You may not schedule or cancel a publish.' }
  }
  const refusal = await refusalOf(args, req)
  if (refusal) return { error: refusal }
  if (args.date === undefined && args.deleteID !== undefined) {
    await req.payload.delete({
      collection: 'payload-jobs',
      where: { and: [{ id: { equals: args.deleteID } }, { taskSlug: { equals: 'schedulePublish' } }] },
      req,
    })
    return { message: 'Cancelled.' }
  }
  return schedulePublishHandler(args)
}
