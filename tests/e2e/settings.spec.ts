import { expect, test, type Page, type TestInfo } from '@playwright/test'

import { startSmtpServer } from '../helpers/smtpServer'
import { seedDemoContent, signIn } from './helpers'

/**
 * Issue 11, settings and people: the admin says Legwork, an admin invites a colleague who chooses
 * their own password from the email, the discussion word lists are a box of lines (read-only for
 * moderators, who are told why) and the site's name and tagline reach the reader website.
 */
test.describe.configure({ mode: 'serial' })

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
const invitee = {
  name: 'Nia Newcomer',
  email: `nia-${Date.now()}@legwork.test`,
  password: 'a password Nia chose herself',
}
let invitationLink = ''

/** A full-page screenshot at desktop and phone width, attached to the test's output. */
async function screens(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
    const path = testInfo.outputPath(`${name}-${width}.png`)
    await page.screenshot({ path, fullPage: true })
    await testInfo.attach(`${name}-${width}`, { path, contentType: 'image/png' })
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText(/updated successfully/i).first()).toBeVisible()
}

test.beforeAll(async () => {
  seedDemoContent()
  smtp = await startSmtpServer(Number(process.env.E2E_SMTP_PORT))
})

test.afterAll(async () => {
  await smtp?.close()
})

test('the sign-in page shows Legwork, its mark and a Legwork title, not Payload', async ({
  page,
  request,
}, testInfo) => {
  await page.goto('/admin/login')
  await expect(page).toHaveTitle(/Legwork/)
  await expect(page).not.toHaveTitle(/Payload/i)
  const logo = page.locator('.legwork-logo')
  await expect(logo).toBeVisible()
  await expect(logo.getByText('Legwork', { exact: true })).toBeVisible()
  await expect(logo.locator('svg')).toBeVisible()
  expect(await page.locator('body').innerText()).not.toMatch(/payload/i)
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
  expect(icon).toBe('/legwork-mark.svg')
  const mark = await request.get('/legwork-mark.svg')
  expect(mark.status()).toBe(200)
  expect(mark.headers()['content-type']).toContain('image/svg+xml')
  await screens(page, testInfo, 'login')
})

test('every admin page is titled Legwork', async ({ page }) => {
  await signIn(page, 'admin@legwork.test')
  for (const path of [
    '/admin',
    '/admin/collections/articles',
    '/admin/collections/users',
    '/admin/globals/site-settings',
  ]) {
    await page.goto(path)
    await expect(page, path).toHaveTitle(/· Legwork$/)
    await expect(page, path).not.toHaveTitle(/Payload/i)
  }
})

test('an admin invites a writer, with no password to type, and the email arrives', async ({ page }, testInfo) => {
  await signIn(page, 'admin@legwork.test')
  await page.goto('/admin/collections/users')
  await page.getByRole('link', { name: 'Invite a colleague' }).click()
  await expect(page).toHaveURL(/\/admin\/invite$/)
  await expect(page).toHaveTitle('Invite a colleague · Legwork')
  await expect(page.getByLabel('Writer')).toBeChecked()

  // An email already in use is refused next to the field, and what was typed stays.
  await page.getByLabel('Name').fill(invitee.name)
  await page.getByLabel('Email').fill('editor@legwork.test')
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page.locator('#email-error')).toBeVisible()
  await expect(page.getByLabel('Name')).toHaveValue(invitee.name)
  await screens(page, testInfo, 'invite-refused')

  await page.getByLabel('Email').fill(invitee.email)
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/users\/\d+/)
  const status = page.getByTestId('invitation-status')
  await expect(status).toContainText('has not chosen a password yet')
  await expect(status.getByRole('button', { name: 'Send the invitation again' })).toBeVisible()
  await screens(page, testInfo, 'invited-account')

  const email = await smtp.waitFor((message) => message.to.includes(invitee.email), 15_000)
  expect(email.subject).toBe('You are invited to the Legwork newsroom')
  invitationLink = /https?:\/\/\S+\/admin\/set-password\/[\w%-]+/.exec(email.text)![0]
  expect(invitationLink.startsWith(`${process.env.E2E_BASE_URL}/admin/set-password/`)).toBe(true)
})

test('the link lets the writer choose a password and signs them in; used again, it says so', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(invitationLink)
  await expect(page.getByRole('heading', { name: `Welcome to Legwork, ${invitee.name}` })).toBeVisible()
  await expect(page.getByText(invitee.email)).toBeVisible()
  await expect(page).toHaveTitle('Choose your password · Legwork')
  await screens(page, testInfo, 'set-password')

  await page.getByLabel('Password', { exact: true }).fill(invitee.password)
  await page.getByLabel('Type it again').fill('something else')
  await page.getByRole('button', { name: 'Set password and sign in' }).click()
  await expect(page.getByText('The two passwords are not the same.')).toBeVisible()

  await page.getByLabel('Type it again').fill(invitee.password)
  await page.getByRole('button', { name: 'Set password and sign in' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /articles/i }).first()).toBeVisible()
  // Asked from the page, as the admin asks: the cookie counts only on the site's own requests.
  const me = await page.evaluate(() => fetch('/api/users/me', { credentials: 'include' }).then((r) => r.json()))
  expect(me.user).toMatchObject({ email: invitee.email, roles: ['writer'] })

  await page.goto(invitationLink)
  await expect(page.getByRole('heading', { name: 'This link has already been used' })).toBeVisible()
  await screens(page, testInfo, 'set-password-used')
  await context.close()

  // And the password is theirs: a fresh sign-in with it works.
  const fresh = await browser.newContext()
  await signIn(await fresh.newPage(), invitee.email, invitee.password)
  await fresh.close()
})

test('the discussion word lists are one word or phrase per line', async ({ page }, testInfo) => {
  await signIn(page, 'editor@legwork.test')
  await page.goto('/admin/globals/discussion-settings')
  const words = page.locator('#field-moderationWords')
  await expect(page.getByText('One word or phrase per line.').first()).toBeVisible()
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0)
  await words.fill('casino\n\n  Free   money \nCASINO\n')
  await save(page)
  await page.reload()
  await expect(words).toHaveValue('casino\nFree money')
  await screens(page, testInfo, 'discussion-settings-editor')
  // Leaving the form (inside the admin) lets go of the editor's lock on it, so the moderator next is
  // not met by "Document locked".
  await page.locator('.step-nav__home').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  // Payload lets go of it when the next admin page loads, not always at once: the editor also
  // removes their own lock, as the admin does when a document is left.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const where = 'where[globalSlug][equals]=discussion-settings'
        await fetch(`/api/payload-locked-documents?${where}`, { method: 'DELETE', credentials: 'include' })
        const response = await fetch(`/api/payload-locked-documents?${where}`, { credentials: 'include' })
        return (await response.json()).totalDocs
      }),
    )
    .toBe(0)
})

test('a moderator sees the discussion settings read-only, and why', async ({ page }, testInfo) => {
  await signIn(page, 'moderator@legwork.test')
  await page.goto('/admin/globals/discussion-settings')
  await expect(page.getByText('Document locked')).toHaveCount(0)
  const notice = page.getByTestId('read-only-notice')
  await expect(notice).toContainText('You can read these settings but not change them.')
  await expect(notice).toContainText('Only editors and admins can change them.')
  const words = page.locator('#field-moderationWords')
  await expect(words).toHaveValue('casino\nFree money')
  await expect(words).toBeDisabled()
  await screens(page, testInfo, 'discussion-settings-moderator')
})

test('a new site name and tagline show on the reader website', async ({ page, request }, testInfo) => {
  await signIn(page, 'editor@legwork.test')
  await page.goto('/admin/globals/site-settings')
  await expect(page.locator('#field-timezone')).toContainText('Europe/London')
  await page.locator('#field-siteName').fill('Legwork Weekly')
  await page.locator('#field-tagline').fill('Running and health, every week')
  await save(page)
  await screens(page, testInfo, 'site-settings')

  try {
    await page.goto('/')
    const brand = page.locator('.site-header__brand')
    await expect(brand).toContainText('Legwork Weekly')
    await expect(brand).toContainText('Running and health, every week')
    await expect(page).toHaveTitle('Legwork Weekly — Running and health, every week')
    await expect(page.locator('h1')).toHaveText('Running and health, every week')
    await expect(page.locator('.site-footer')).toContainText('Legwork Weekly explains')
    await screens(page, testInfo, 'reader-home-renamed')

    await page.goto('/causes')
    await expect(page).toHaveTitle(/ · Legwork Weekly$/)
    const feed = await (await request.get('/feed.xml')).text()
    expect(feed).toContain('<title>Legwork Weekly</title>')
  } finally {
    // The other specs read the demo site under its own name.
    await page.goto('/admin/globals/site-settings')
    await page.locator('#field-siteName').fill('Legwork')
    await page.locator('#field-tagline').fill('Running and health, explained')
    await save(page)
  }
})
