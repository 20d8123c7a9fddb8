import type { JobsConfig, PayloadRequest } from 'payload'

import { hasRole } from '../../collections/shared/access'
import { env } from '../env'

/** Serverless hosts without a long-lived process call GET /api/payload-jobs/run with this bearer token. */
function hasCronSecret(req: PayloadRequest): boolean {
  if (!env.CRON_SECRET) return false
  return req.headers.get('authorization') === `Bearer ${env.CRON_SECRET}`
}

/**
 * Scheduled publishing runs as the editor who scheduled it (Payload stores the user on the job), so a
 * job queued by a writer hits the same rule as a writer's own publish and fails: nothing goes live.
 * (Hooks on the jobs collection would refuse it earlier, but `runHooks` breaks the recording of
 * failed jobs in Payload 3.90, so the check lives where the publish happens.)
 */
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
}
