/**
 * Test helper run with `payload run`: queues a scheduled publish for an article, exactly as the admin's
 * Schedule drawer does (a job carrying the editor), due a few seconds from now.
 * Usage: payload run tests/e2e/scripts/scheduleArticle.ts <slug> <seconds> <editor email> [publish|unpublish]
 */
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

const [slug, seconds, email, type = 'publish'] = process.argv.slice(2)
const payload = await getPayload({ config })
const { docs } = await payload.find({
  collection: 'articles',
  where: { slug: { equals: slug } },
  draft: true,
  limit: 1,
})
const { docs: users } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
const article = docs[0]
const editor = users[0]
if (!article || !editor) {
  console.error(`No article "${slug}" or no user "${email}"`)
  process.exit(1)
}
const job = await payload.jobs.queue({
  task: 'schedulePublish',
  input: {
    type: type === 'unpublish' ? 'unpublish' : 'publish',
    doc: { relationTo: 'articles', value: article.id },
    user: { relationTo: 'users', value: editor.id },
  },
  waitUntil: new Date(Date.now() + Number(seconds) * 1000),
  req: await createLocalReq({ user: { ...editor, collection: 'users' } }, payload),
})
console.log(`Scheduled ${slug} as job ${job.id}`)
process.exit(0)
