import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'
import Parser from 'rss-parser'

import { publishThroughReview, SEED_PASSWORD, seedDemoContent } from './helpers'

const MAIN = '/articles/8-reasons-why-you-feel-your-legs-heavy-when-you-run'
const PAGES = {
  home: '/',
  article: MAIN,
  author: '/authors/sam-okafor',
  causes: '/causes',
  cause: '/causes/iron-deficiency',
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  seedDemoContent()
})

async function editorToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', {
    data: { email: 'editor@legwork.test', password: SEED_PASSWORD },
  })
  expect(response.ok()).toBe(true)
  return (await response.json()).token
}

async function publishedSlugs(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/articles?limit=50&depth=0&select[slug]=true')
  return (await response.json()).docs.map((doc: { slug: string }) => doc.slug)
}

test('every reader route answers, and each page has one h1', async ({ page }) => {
  for (const [name, path] of Object.entries(PAGES)) {
    const response = await page.goto(path)
    expect(response?.status(), name).toBe(200)
    await expect(page.locator('h1'), name).toHaveCount(1)
  }
})

test('the article page reads top to bottom as the old site did, without its defects', async ({ page }) => {
  await page.goto(MAIN)
  await expect(page.locator('h1')).toHaveText('8 reasons why you feel your legs heavy when you run')
  await expect(page.locator('.article__byline')).toContainText('By Sam Okafor')
  await expect(page.locator('.article__byline')).toContainText('min read')
  await expect(page.locator('.article__reviewed')).toContainText('Dr Lena Hart')
  await expect(page.locator('.toc li')).toHaveCount(8)
  await expect(page.locator('section.reason')).toHaveCount(8)
  await expect(page.locator('section.reason h2').nth(2)).toContainText('3. You are overtraining')
  await expect(page.locator('section.reason').first().locator('.sources li')).not.toHaveCount(0)
  await expect(page.getByRole('link', { name: /share on whatsapp/i })).toHaveAttribute('href', /wa\.me/)
  await expect(page.locator('.author-box')).toContainText('Website editor')
  await expect(page.locator('.related li')).toHaveCount(3)
  await expect(page.locator('.related .card__why').first()).toHaveText('Recommended by our editors')
  await expect(page.locator('#comments')).toBeVisible()
  // The numbered list links to its sections.
  await page.locator('.toc a').nth(6).click()
  await expect(page).toHaveURL(/#reason-7-/)
})

test('an article reads completely with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(MAIN)
  await expect(page.locator('section.reason')).toHaveCount(8)
  await expect(page.locator('.prose').first()).toContainText('first kilometre')
  await expect(page.locator('img').first()).toHaveAttribute('srcset', /\d+w/)
  await context.close()
})

test('reader pages come from the cache, not a fresh render', async ({ request }) => {
  for (const path of Object.values(PAGES)) {
    await request.get(path)
    const response = await request.get(path)
    expect(response.headers()['x-nextjs-cache'], path).toMatch(/HIT|STALE/)
  }
})

test('an unknown or unpublished slug is a real 404 with a way back', async ({ page }) => {
  for (const path of [
    '/articles/no-such-article',
    '/articles/sleep-and-running',
    '/authors/nobody',
    '/causes/nothing',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { name: 'We can’t find that page' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Read the latest articles' })).toBeVisible()
  }
})

test('publishing shows the article on the next request, unpublishing takes it down, no restart', async ({
  request,
}) => {
  const token = await editorToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const path = '/articles/why-your-calves-burn-on-hills'
  expect((await request.get(path)).status()).toBe(404)

  const found = await request.get(
    '/api/articles?where[slug][equals]=why-your-calves-burn-on-hills&draft=true&depth=0',
    { headers },
  )
  const id = (await found.json()).docs[0].id
  await publishThroughReview(request, headers, id)

  const live = await request.get(path)
  expect(live.status()).toBe(200)
  expect(await live.text()).toContain('Why your calves burn on hills')
  expect(await (await request.get('/')).text()).toContain('Why your calves burn on hills')

  await publishThroughReview(request, headers, id, { excerpt: 'Freshly edited excerpt for the test.' })
  expect(await (await request.get('/')).text()).toContain('Freshly edited excerpt for the test.')

  const unpublished = await request.patch(`/api/articles/${id}`, { headers, data: { _status: 'draft' } })
  expect(unpublished.status()).toBe(200)
  expect((await request.get(path)).status()).toBe(404)
  expect(await (await request.get('/')).text()).not.toContain('Why your calves burn on hills')
})

test('the feed is valid RSS 2.0 with the latest articles', async ({ request }) => {
  const response = await request.get('/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const feed = await new Parser().parseString(await response.text())
  expect(feed.title).toBe('Legwork')
  const slugs = await publishedSlugs(request)
  expect(feed.items.length).toBe(Math.min(20, slugs.length))
  expect(feed.items[0]!.link).toMatch(/\/articles\/[a-z0-9-]+$/)
  expect(feed.items.every((item) => item.pubDate && item.title)).toBe(true)
})

test('the sitemap lists exactly the published articles, and robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const articleUrls = [...xml.matchAll(/<loc>[^<]*\/articles\/([^<]+)<\/loc>/g)].map((match) => match[1]).sort()
  expect(articleUrls).toEqual((await publishedSlugs(request)).sort())
  expect(xml).toContain('/authors/sam-okafor')
  expect(xml).toContain('/causes/iron-deficiency')
  expect(xml).toMatch(/<lastmod>/)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
})

test('SEO: title, description, canonical, social cards and JSON-LD', async ({ page }) => {
  await page.goto(MAIN)
  await expect(page).toHaveTitle(/8 reasons why you feel your legs heavy/)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Eight common causes/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${MAIN}$`))
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /\.jpg/)
  await expect(page.locator('meta[property="og:image:width"]').first()).toHaveAttribute('content', '1200')
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const data = blocks.flatMap((block) => JSON.parse(block) as Array<Record<string, any>>)
  const article = data.find((item) => item['@type'] === 'Article')!
  expect(article.headline).toBe('8 reasons why you feel your legs heavy when you run')
  expect(article.author).toMatchObject({ '@type': 'Person', name: 'Sam Okafor' })
  expect(article.author.url).toMatch(/\/authors\/sam-okafor$/)
  expect(article.reviewedBy).toMatchObject({ '@type': 'Person', name: 'Dr Lena Hart' })
  expect(article.datePublished).toBeTruthy()
  expect(article.dateModified).toBeTruthy()
  expect(article.image[0]).toMatch(/^http/)
  expect(data.find((item) => item['@type'] === 'BreadcrumbList')!.itemListElement).toHaveLength(2)

  await page.goto(PAGES.author)
  const person = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  expect(person).toMatchObject({ '@type': 'Person', name: 'Sam Okafor', jobTitle: 'Website editor' })
})

test('no commenter-facing page exposes staff or draft data', async ({ request }) => {
  const html = await (await request.get(MAIN)).text()
  expect(html).not.toContain('@legwork.test')
  expect(html).not.toContain('sleep-and-running')
})

for (const [name, path] of Object.entries(PAGES)) {
  test(`axe finds no accessibility violations on the ${name} page`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
  })
}

test('screenshots at 375 px and 1280 px', async ({ browser }, testInfo) => {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(path)
      // Kept as files in the test's output folder (tests/.tmp/test-results/…) and attached to the report.
      const file = testInfo.outputPath(`${name}-${width}.png`)
      await page.screenshot({ path: file, fullPage: true })
      await testInfo.attach(`${name}-${width}.png`, { path: file, contentType: 'image/png' })
    }
    await page.close()
  }
})
