/**
 * Test helper run with `payload run`: prints the ids of the queued scheduled publishes and
 * unpublishes as JSON (REST never shows jobs).
 * Usage: payload run tests/e2e/scripts/listSchedules.ts
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
const { docs } = await payload.find({
  collection: 'payload-jobs',
  where: { taskSlug: { equals: 'schedulePublish' } },
  depth: 0,
  pagination: false,
})
console.log(`Schedules ${JSON.stringify(docs.map((job) => job.id))}`)
process.exit(0)
