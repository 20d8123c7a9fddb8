import type { CollectionBeforeChangeHook, JobsConfig, PayloadRequest } from 'payload'
import { Forbidden } from 'payload'

import { hasRole } from '../../collections/shared/access'
import { env } from '../env'

/** Serverless hosts without a long-lived process call GET /api/payload-jobs/run with this bearer token. */
function hasCronSecret(req: PayloadRequest): boolean {
  if (!env.CRON_SECRET) return false
  return req.headers.get('authorization') === `Bearer ${env.CRON_SECRET}`
}

/**
 * Scheduling a publish queues a `schedulePublish` job. Payload's admin queues it for anyone who can
 * open the document; writers must never schedule, so the queue itself refuses them.
 */
const refuseWriterSchedules: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || data.taskSlug !== 'schedulePublish') return data
  if (req.user && !hasRole(req.user, 'admin', 'editor')) throw new Forbidden(req.t)
  return data
}

export const jobsConfig: JobsConfig = {
  access: {
    run: ({ req }) => hasRole(req.user, 'admin', 'editor') || hasCronSecret(req),
    queue: ({ req }) => hasRole(req.user, 'admin', 'editor'),
    cancel: ({ req }) => hasRole(req.user, 'admin', 'editor'),
  },
  // The in-process runner: scheduled publishes fire in `npm run dev` and `npm start` with nobody
  // touching the site. JOBS_AUTORUN=false turns it off where the cron endpoint is used instead.
  autoRun: [{ cron: env.JOBS_AUTORUN_CRON, queue: 'default', limit: 20 }],
  shouldAutoRun: () => env.JOBS_AUTORUN,
  // Needed for refuseWriterSchedules; the queue only ever holds a handful of scheduled publishes.
  runHooks: true,
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    hooks: {
      ...defaultJobsCollection.hooks,
      beforeChange: [...(defaultJobsCollection.hooks?.beforeChange ?? []), refuseWriterSchedules],
    },
  }),
}
