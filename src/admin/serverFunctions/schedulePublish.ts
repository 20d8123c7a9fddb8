import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { ServerFunction } from 'payload'

type SchedulePublishArgs = Parameters<typeof schedulePublishHandler>[0]

/**
 * The admin's "schedule publish" server function, with the access Payload's own handler leaves out.
 * Payload 3.90's handler checks only that the user may open the admin, then deletes the job named by
 * `deleteID` and queues a new one with access overridden: any writer or moderator could post it to
 * `/admin` and remove an editor's scheduled publish or unpublish, or queue one. Here the jobs
 * config's own rules decide first (`jobs.access` in src/jobs/jobsConfig.ts: who may queue, who may
 * cancel), so only those who may publish create or delete schedules.
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
  return schedulePublishHandler(args)
}
