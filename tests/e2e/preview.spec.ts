import { expect, test } from '@playwright/test'

import { previewUrl, seedDemoContent, signIn } from './helpers'

const DRAFT = '/articles/sleep-and-running'
const PUBLISHED = '/articles/8-reasons-why-you-feel-your-legs-heavy-when-you-run'

test.beforeAll(() => {
  seedDemoContent()
})

test('an editor previews a draft from the admin link, with a banner, and can leave preview', async ({ page }) => {
  await signIn(page, 'editor@legwork.test')
  const response = await page.goto(previewUrl(DRAFT))
  expect(response?.status()).toBe(200)
  await expect(page).toHaveURL(new RegExp(`${DRAFT}$`))
  await expect(page.locator('h1')).toHaveText('Sleep and running: how rest makes you faster')
  await expect(page.locator('.preview-banner')).toContainText('Preview of the latest draft')

  await page.getByRole('link', { name: 'Leave preview' }).click()
  await expect(page.getByRole('heading', { name: 'We can’t find that page' })).toBeVisible()
})

test('a reader never sees a draft, even with the preview link', async ({ page, request }) => {
  const withLink = await request.get(previewUrl(DRAFT), { maxRedirects: 0 })
  expect(withLink.status()).toBe(401)
  expect((await request.get(DRAFT)).status()).toBe(404)

  const forged = await request.get(previewUrl(DRAFT, 'not-the-secret'), { maxRedirects: 0 })
  expect(forged.status()).toBe(403)

  // A draft-mode cookie without a staff login still shows only what is published.
  await signIn(page, 'editor@legwork.test')
  await page.goto(previewUrl(DRAFT))
  await page.context().clearCookies({ name: 'payload-token' })
  const afterLogout = await page.goto(DRAFT)
  expect(afterLogout?.status()).toBe(404)
})

test('the published page stays a cache hit for readers', async ({ request }) => {
  await request.get(PUBLISHED)
  const again = await request.get(PUBLISHED)
  expect(again.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
  expect(await again.text()).not.toContain('preview-banner')
})
