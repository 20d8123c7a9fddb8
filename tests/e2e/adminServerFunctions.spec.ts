import fs from 'node:fs'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { queuedSchedules, scheduleArticle, seedDemoContent, signIn } from './helpers'

/**
 * The admin's server functions are one server action posted to /admin with the build's
 * `Next-Action` id; anyone signed in can post it with any arguments, whatever the admin's buttons
 * show. These tests post them as a writer and a moderator would by hand.
 */
test.describe.configure({ mode: 'serial' })
// Each test queues and lists jobs with `payload run`, some seconds each.
test.setTimeout(180_000)

const SLUG = 'how-much-should-runners-drink'

test.beforeAll(() => {
  seedDemoContent()
})

/** The build's id of the admin's server action (the `serverFunction` of the Payload layout). */
function adminActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename: string }> }
  const [id] = Object.entries(manifest.node).find(([, action]) => action.filename === 'src/app/(payload)/layout.tsx')!
  return id
}

/** Signs in and returns a caller of the admin's server functions, posting as the admin's client does. */
async function serverFunctionAs(page: Page, email: string) {
  await signIn(page, email)
  const id = adminActionId()
  return async (name: string, args: Record<string, unknown>) => {
    const response = await page.request.post('/admin', {
      // From the admin's own origin, as a script run in its page (the browser's console) would.
      headers: {
        'next-action': id,
        'content-type': 'text/plain;charset=UTF-8',
        accept: 'text/x-component',
        origin: new URL(page.url()).origin,
      },
      data: JSON.stringify([{ name, args }]),
    })
    return { status: response.status(), text: await response.text() }
  }
}

const REFUSAL = 'You may not schedule or cancel a publish.'

for (const email of ['writer@legwork.test', 'moderator@legwork.test']) {
  test(`a ${email.split('@')[0]} posting schedule-publish neither deletes an editor's schedule nor adds one`, async ({
    page,
  }) => {
    const publish = scheduleArticle(SLUG, 3_600)
    const unpublish = scheduleArticle(SLUG, 7_200, 'unpublish')
    const call = await serverFunctionAs(page, email)
    for (const deleteID of [publish, unpublish]) {
      const answer = await call('schedule-publish', { deleteID })
      expect(answer.text).toContain(REFUSAL)
    }
    const before = queuedSchedules()
    expect(before).toEqual(expect.arrayContaining([publish, unpublish]))
    const answer = await call('schedule-publish', {
      type: 'unpublish',
      doc: { relationTo: 'articles', value: 1 },
      date: new Date(Date.now() + 60_000).toISOString(),
    })
    expect(answer.text).toContain(REFUSAL)
    expect(queuedSchedules()).toEqual(before)
  })
}
