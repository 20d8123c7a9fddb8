import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { expect, test, type APIResponse, type Page } from '@playwright/test'

import { previewUrl, SEED_PASSWORD, seedDemoContent, signIn } from './helpers'

const ARTICLE = '/articles/8-reasons-why-you-feel-your-legs-heavy-when-you-run'
const DRAFT = '/articles/sleep-and-running'
const READER_PAGES = ['/', ARTICLE, '/authors/sam-okafor', '/causes', '/causes/iron-deficiency']

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  seedDemoContent()
})

/** Console errors and uncaught exceptions of a page, with CSP reports kept apart. */
function watchConsole(page: Page) {
  const seen = { cspReports: [] as string[], otherErrors: [] as string[] }
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // Chromium asks for /favicon.ico by itself; the site has none.
    if (message.location().url.endsWith('/favicon.ico')) return
    if (message.text().includes('Content Security Policy')) seen.cspReports.push(message.text())
    else seen.otherErrors.push(message.text())
  })
  page.on('pageerror', (error) => seen.otherErrors.push(`uncaught: ${error.message}`))
  return seen
}

const directives = (response: APIResponse) =>
  Object.fromEntries(
    (response.headers()['content-security-policy'] ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources.join(' ')]),
  )

test('reader pages allow no foreign script, plugin or framing site, and stay cache hits', async ({ request }) => {
  for (const pagePath of READER_PAGES) {
    await request.get(pagePath)
    const response = await request.get(pagePath)
    expect(response.status(), pagePath).toBe(200)
    const csp = directives(response)
    expect(csp['script-src'], pagePath).toBe("'self' 'unsafe-inline'")
    expect(csp['style-src'], pagePath).toBe("'self'")
    expect(csp['default-src'], pagePath).toBe("'self'")
    expect(csp['object-src'], pagePath).toBe("'none'")
    expect(csp['base-uri'], pagePath).toBe("'self'")
    expect(csp['form-action'], pagePath).toBe("'self'")
    expect(csp['frame-ancestors'], pagePath).toBe("'self'")
    expect(csp['connect-src'], pagePath).toBe("'self'")
    expect(csp['img-src'], pagePath).toBe("'self' data:")
    expect(response.headers()['content-security-policy']).not.toContain('unsafe-eval')

    const headers = response.headers()
    expect(headers['x-frame-options'], pagePath).toBe('SAMEORIGIN')
    expect(headers['x-content-type-options'], pagePath).toBe('nosniff')
    expect(headers['referrer-policy'], pagePath).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], pagePath).toContain('camera=()')
    // The e2e site runs on http: HSTS there would be meaningless (tests/unit/securityHeaders.test.ts).
    expect(headers['strict-transport-security'], pagePath).toBeUndefined()
    // The headers come from the build's routes manifest: the page is still served from the cache.
    expect(headers['x-nextjs-cache'], pagePath).toMatch(/HIT|STALE/)
  }
})

test('the admin and the API have policies of their own', async ({ request }) => {
  const admin = await request.get('/admin/login')
  expect(admin.status()).toBe(200)
  const adminCsp = directives(admin)
  expect(adminCsp['frame-ancestors']).toBe("'none'")
  expect(adminCsp['object-src']).toBe("'none'")
  expect(adminCsp['base-uri']).toBe("'self'")
  expect(adminCsp['frame-src']).toBe("'self'")
  expect(admin.headers()['x-frame-options']).toBe('DENY')
  expect(admin.headers()['x-content-type-options']).toBe('nosniff')
  expect(admin.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')

  const api = await request.get('/api/articles?limit=1&depth=1')
  expect(api.status()).toBe(200)
  expect(directives(api)).toMatchObject({ 'default-src': "'none'", 'frame-ancestors': "'none'", sandbox: '' })
  expect(api.headers()['x-frame-options']).toBe('DENY')
  expect(api.headers()['x-content-type-options']).toBe('nosniff')

  // An uploaded file is served with its sniffed image type, nosniff and a sandbox: it can never act as a page.
  const withHero = await request.get('/api/articles?where[heroImage][exists]=true&limit=1&depth=1')
  const file = await request.get((await withHero.json()).docs[0].heroImage.url)
  expect(file.status()).toBe(200)
  expect(file.headers()['content-type']).toMatch(/^image\//)
  expect(file.headers()['x-content-type-options']).toBe('nosniff')
  expect(directives(file)).toMatchObject({ 'default-src': "'none'", sandbox: '' })
})

test('GraphQL in production: no playground, no introspection', async ({ request }) => {
  expect((await request.get('/api/graphql-playground')).status()).toBe(404)
  const introspection = await request.post('/api/graphql', {
    headers: { Accept: 'application/graphql-response+json' },
    data: { query: '{ __schema { types { name } } }' },
  })
  expect(introspection.status()).toBe(400)
  expect(JSON.stringify(await introspection.json())).toContain('introspection is not allowed')
})

test('reader pages read, look right and hydrate under the policy, with no console error', async ({
  page,
}, testInfo) => {
  const seen = watchConsole(page)
  for (const pagePath of READER_PAGES) {
    await page.goto(pagePath)
    await expect(page.locator('h1'), pagePath).toHaveCount(1)
    await expect(page.locator('.site-header'), pagePath).toBeVisible()
    // The stylesheet applied: the header is laid out by the site's CSS, not the browser's defaults.
    expect(
      await page.locator('.site-header__brand').evaluate((link) => getComputedStyle(link).textDecorationLine),
    ).toBe('none')
  }
  await page.goto(ARTICLE)
  await expect(page.locator('section.reason')).toHaveCount(8)
  await expect(page.locator('.related li')).toHaveCount(3)
  // Next's inline data ran, so the client-side enhancements (the "Copy link" button) are there.
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('article-under-csp.png') })
  expect(seen.cspReports).toEqual([])
  expect(seen.otherErrors).toEqual([])
})

test('a dead link shows the 404 page with its way back, not a blank page', async ({ page }) => {
  const seen = watchConsole(page)
  for (const pagePath of ['/articles/no-such-article', '/authors/nobody', '/page/99']) {
    const response = await page.goto(pagePath)
    expect(response?.status(), pagePath).toBe(404)
    await expect(page.getByRole('heading', { name: 'We can’t find that page' }), pagePath).toBeVisible()
    await expect(page.getByRole('link', { name: 'Read the latest articles' }), pagePath).toBeVisible()
  }
  expect(seen.cspReports).toEqual([])
})

// Next 16 sends every notFound() page as an empty shell that the browser fills in from inline data
// (vercel/next.js#62228). Once the body comes from the server, reader pages can refuse inline script
// altogether: set READER_SCRIPT_SRC in next.config.mjs to 'none' and turn this test on.
test.fixme('a 404 body comes from the server, so reader pages could refuse all inline script', async ({ request }) => {
  const html = await (await request.get('/articles/no-such-article')).text()
  expect(html.replace(/<script[\s\S]*?<\/script>/g, '')).toContain('We can’t find that page')
})

test('the comment form works under the policy: errors beside their fields, then a held comment', async ({
  browser,
  request,
}) => {
  // A client address of its own, so flood control does not count the comments of other specs.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.201' } })
  const page = await context.newPage()
  const seen = watchConsole(page)
  await page.goto(ARTICLE)
  const body = `Iron was my problem too; the sources helped. ${Date.now().toString(36)}`
  await page.locator('#comment-body').fill(body)
  await page.locator('#comment-authorName').fill('Cora Policy')
  await page.locator('#comment-authorEmail').fill('not-an-email')
  await page.getByRole('button', { name: 'Post comment' }).click()
  await expect(page.locator('#comment-authorEmail-error')).toContainText('does not look like an email address')
  await expect(page.locator('#comment-body')).toHaveValue(body)

  await page.locator('#comment-authorEmail').fill('cora@example.com')
  // The anti-spam rule wants a few seconds between showing the form and posting it.
  await page.waitForTimeout(3_500)
  await page.getByRole('button', { name: 'Post comment' }).click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#comment-submitted$`))
  // With JavaScript too, the reader is told the comment awaits moderation.
  await expect(page.locator('#comment-submitted')).toBeVisible()
  expect(seen.cspReports).toEqual([])
  expect(seen.otherErrors).toEqual([])
  await context.close()

  const login = await request.post('/api/users/login', {
    data: { email: 'moderator@legwork.test', password: SEED_PASSWORD },
  })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const stored = await request.get(`/api/comments?where[authorEmail][equals]=cora@example.com&depth=0`, { headers })
  const docs = (await stored.json()).docs as Array<{ body: string; status: string }>
  expect(docs.find((doc) => doc.body === body)?.status).toBe('pending')
})

test('draft mode gets a per-request nonce policy, under which the preview hydrates', async ({ page }) => {
  await signIn(page, 'editor@legwork.test')
  const seen = watchConsole(page)
  await page.goto(previewUrl(DRAFT))
  await expect(page.locator('.preview-banner')).toBeVisible()
  const response = await page.request.get(DRAFT)
  const csp = directives(response)
  const nonce = /'nonce-([^']+)'/.exec(csp['script-src'] ?? '')?.[1]
  expect(nonce).toBeTruthy()
  expect(csp['script-src']).toContain("'strict-dynamic'")
  expect(csp['frame-ancestors']).toBe("'self'")

  // Rendered for this request: every script the page carries has the nonce it was sent with.
  const html = await response.text()
  const scriptTags = html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []
  expect(scriptTags.length).toBeGreaterThan(0)
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`)

  // In the browser the inline data ran (the page hydrated) and nothing was refused.
  await page.reload()
  await expect(page.locator('.preview-banner')).toBeVisible()
  await expect.poll(() => page.evaluate(() => '__next_f' in window)).toBe(true)
  expect(seen.cspReports).toEqual([])
  expect(seen.otherErrors).toEqual([])
})

test('a forged draft-mode cookie gets the cached page, on which nothing runs', async ({ request }) => {
  await request.get(ARTICLE)
  const forged = await request.get(ARTICLE, { headers: { Cookie: '__prerender_bypass=forged' } })
  expect(forged.status()).toBe(200)
  expect(forged.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
  expect(directives(forged)['script-src']).toMatch(/^'self' 'nonce-[^']+' 'strict-dynamic'$/)
  expect(await forged.text()).not.toContain('nonce=')
})

test('live preview in the admin still refreshes as the editor types', async ({ page, request }) => {
  const login = await request.post('/api/users/login', {
    data: { email: 'editor@legwork.test', password: SEED_PASSWORD },
  })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const draft = (
    await (
      await request.get(`/api/articles?where[slug][equals]=sleep-and-running&draft=true&depth=0`, { headers })
    ).json()
  ).docs[0]

  await signIn(page, 'editor@legwork.test')
  const seen = watchConsole(page)
  await page.goto(`/admin/collections/articles/${draft.id}`)
  const toggler = page.locator('button.live-preview-toggler')
  await toggler.click()
  const preview = page.frameLocator('.live-preview-window iframe')
  await expect(preview.locator('.preview-banner')).toBeVisible()
  await expect(preview.locator('h1')).toHaveText(draft.title)

  const edited = `${draft.title} (checked under CSP)`
  await page.locator('#field-title').fill(edited)
  await expect(preview.locator('h1')).toHaveText(edited, { timeout: 30_000 })
  await page.locator('#field-title').fill(draft.title)
  await expect(preview.locator('h1')).toHaveText(draft.title, { timeout: 30_000 })
  await toggler.click()

  expect(seen.cspReports).toEqual([])
  expect(seen.otherErrors).toEqual([])
})

test.describe('login cookie', () => {
  const freePort = () =>
    new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo
        server.close(() => resolve(port))
      })
    })

  const setCookie = (response: APIResponse) =>
    response
      .headersArray()
      .filter(({ name }) => name.toLowerCase() === 'set-cookie')
      .map(({ value }) => value)
      .find((value) => value.startsWith('payload-token=')) ?? ''

  test('on the http test site it is HttpOnly and SameSite=Lax, without Secure', async ({ request }) => {
    const login = await request.post('/api/users/login', {
      data: { email: 'writer@legwork.test', password: SEED_PASSWORD },
    })
    expect(login.status()).toBe(200)
    const cookie = setCookie(login)
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
    expect(cookie).not.toMatch(/; Secure/i)
  })

  test.describe('behind https', () => {
    let server: ChildProcess | undefined
    let baseURL = ''
    const tmp = path.resolve('tests/.tmp')
    const stamp = Date.now()
    const databaseFile = path.join(tmp, `e2e-https-${stamp}.db`)
    const mediaDir = path.join(tmp, `e2e-https-media-${stamp}`)

    // A build of its own for an https SITE_URL (a server refuses to start with another address than
    // its build's), started as production on a database of its own.
    test.beforeAll(async () => {
      test.setTimeout(300_000)
      const port = await freePort()
      baseURL = `http://127.0.0.1:${port}`
      const environment: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: 'tests/.tmp/next-https',
        DATABASE_URL: `file:${databaseFile}`,
        MEDIA_DIR: mediaDir,
        PAYLOAD_SECRET: 'e2e-https-secret-that-is-long-enough-012345',
        SITE_URL: 'https://legwork.example',
        SEED_ON_EMPTY: 'false',
        JOBS_AUTORUN: 'false',
        LOG_LEVEL: 'warn',
      }
      const build = spawnSync('npx', ['next', 'build'], { env: environment, encoding: 'utf8' })
      if (build.status !== 0) throw new Error(`the https build failed:\n${build.stdout}\n${build.stderr}`)
      server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
        env: environment,
        stdio: 'ignore',
        detached: true,
      })
      const deadline = Date.now() + 60_000
      while (Date.now() < deadline) {
        const status = await fetch(`${baseURL}/api/users/me`)
          .then((response) => response.status)
          .catch(() => 0)
        if (status > 0 && status < 500) return
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      throw new Error('the https-configured server did not start within 60 s')
    })

    test.afterAll(() => {
      if (server?.pid) {
        try {
          process.kill(-server.pid, 'SIGTERM')
        } catch {
          // Already gone.
        }
      }
      for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(databaseFile + suffix, { force: true })
      fs.rmSync(mediaDir, { recursive: true, force: true })
    })

    test('it is Secure as well, and Chromium keeps it with every flag', async ({ playwright, browser }) => {
      const api = await playwright.request.newContext({ baseURL })
      const credentials = { email: 'owner@legwork.test', password: 'owner-password-long-enough' }
      const registered = await api.post('/api/users/first-register', { data: { ...credentials, name: 'Owner' } })
      expect(registered.status()).toBe(200)
      const login = await api.post('/api/users/login', { data: credentials })
      expect(login.status()).toBe(200)
      const cookie = setCookie(login)
      expect(cookie).toMatch(/; Secure/i)
      expect(cookie).toMatch(/; HttpOnly/i)
      expect(cookie).toMatch(/; SameSite=Lax/i)
      await api.dispose()

      // A real browser: 127.0.0.1 counts as a secure context, so Chromium stores Secure cookies there.
      const context = await browser.newContext({ baseURL })
      const page = await context.newPage()
      await page.goto('/robots.txt')
      const status = await page.evaluate(
        async (body) =>
          (
            await fetch('/api/users/login', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            })
          ).status,
        credentials,
      )
      expect(status).toBe(200)
      const stored = (await context.cookies()).find(({ name }) => name === 'payload-token')
      expect(stored).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' })
      expect(await page.evaluate(() => document.cookie)).not.toContain('payload-token')
      await context.close()
    })
  })
})
