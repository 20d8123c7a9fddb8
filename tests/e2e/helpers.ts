import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import net from 'node:net'
import path from 'node:path'

import { expect, type APIRequestContext, type Page } from '@playwright/test'

export const SEED_PASSWORD = 'e2e-seed-password-long-enough'
export const SERVER_SECRET = process.env.E2E_PAYLOAD_SECRET ?? 'e2e-secret-that-is-long-enough-0123456789'

/** The preview link's secret, derived from the server's PAYLOAD_SECRET the way the server does. */
export function previewUrl(
  path: string,
  secret = crypto.createHmac('sha256', SERVER_SECRET).update('legwork:preview').digest('hex'),
) {
  return `/next/preview?${new URLSearchParams({ path, secret }).toString()}`
}

/** The environment of the server under test, for commands that work on its database. */
const serverEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URL: `file:${process.env.E2E_DATABASE_FILE}`,
  MEDIA_DIR: process.env.E2E_MEDIA_DIR,
  PAYLOAD_SECRET: SERVER_SECRET,
  SEED_PASSWORD,
})

/**
 * The environment of another `next start` of the e2e build on the e2e database, at `url`: it keeps the
 * build's public address (a server refuses to start with another) and reaches itself on its own port.
 */
export const anotherInstanceEnv = (url: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...serverEnv(),
  SITE_URL: process.env.E2E_BASE_URL,
  REVALIDATE_ORIGIN: url,
  JOBS_AUTORUN: 'false',
  SEED_ON_EMPTY: 'false',
  LOG_LEVEL: 'warn',
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
})

/** Loads the demo newsroom into the e2e database through `npm run seed`, as an operator would. */
export function seedDemoContent() {
  const result = spawnSync('npm', ['run', '--silent', 'seed'], { encoding: 'utf8', env: serverEnv() })
  if (result.status !== 0) throw new Error(`seed failed:\n${result.stdout}\n${result.stderr}`)
}

/** Runs a helper script of tests/e2e/scripts with `payload run` on the server's database; its output. */
function runScript(script: string, ...args: string[]): string {
  const result = spawnSync('npx', ['payload', 'run', `tests/e2e/scripts/${script}`, ...args], {
    encoding: 'utf8',
    env: { ...serverEnv(), NODE_OPTIONS: '--conditions=development' },
  })
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

/** Queues a scheduled publish (or unpublish) the way the admin does, due in `seconds`; its job id. */
export function scheduleArticle(slug: string, seconds: number, type: 'publish' | 'unpublish' = 'publish'): number {
  const output = runScript('scheduleArticle.ts', slug, String(seconds), 'editor@legwork.test', type)
  const id = /Scheduled .* as job (\d+)/.exec(output)?.[1]
  if (!id) throw new Error(`scheduling failed:\n${output}`)
  return Number(id)
}

/** The ids of the scheduled publishes and unpublishes still queued. */
export function queuedSchedules(): number[] {
  const output = runScript('listSchedules.ts')
  const listed = /Schedules (\[.*\])/.exec(output)?.[1]
  if (!listed) throw new Error(`listing schedules failed:\n${output}`)
  return JSON.parse(listed) as number[]
}

export async function signIn(page: Page, email: string, password = SEED_PASSWORD) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Picks an option in one of Payload's relationship selects. */
export async function chooseRelation(page: Page, fieldId: string, optionText: string) {
  await page.locator(`#${fieldId} .rs__control`).click()
  await page.locator('.rs__option', { hasText: optionText }).first().click()
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type NextServer = { url: string; output: () => string; stop: () => void }

/**
 * Starts another `next start` of the e2e build on a free port, with the environment made for its
 * address; resolves once it answers, and stops it if it never does.
 */
export async function startNextServer(environment: (url: string) => NodeJS.ProcessEnv): Promise<NextServer> {
  const root = path.resolve(import.meta.dirname, '../..')
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: root, env: environment(url), detached: true },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const server: NextServer = {
    url,
    output: () => output,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // Already gone.
      }
    },
  }
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline && child.exitCode === null) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    )
    if (status > 0 && status < 500) return server
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  server.stop()
  throw new Error(`next start on ${url} did not answer within 60 s:\n${output}`)
}

/**
 * Saves `changes` to an article as a draft, takes it through review (submit, approve) and publishes
 * it over REST as the editor whose headers are given — the only way an editor publishes while
 * review is required. `base` is the origin when the request context has another one.
 */
export async function publishThroughReview(
  request: APIRequestContext,
  headers: Record<string, string>,
  id: number | string,
  changes: Record<string, unknown> = {},
  base = '',
) {
  const url = `${base}/api/articles/${id}`
  const saved = await request.patch(`${url}?draft=true`, { headers, data: changes })
  expect(saved.status(), await saved.text()).toBe(200)
  let stage = (await saved.json()).doc.stage as string
  if (stage === 'draft' || stage === 'changes_requested') {
    stage = (await (await request.patch(`${url}?draft=true`, { headers, data: { workflowAction: 'submit' } })).json())
      .doc.stage
  }
  if (stage === 'in_review') {
    const approved = await request.patch(`${url}?draft=true`, { headers, data: { workflowAction: 'approve' } })
    expect(approved.status(), await approved.text()).toBe(200)
  }
  const published = await request.patch(url, { headers, data: { _status: 'published' } })
  expect(published.status(), await published.text()).toBe(200)
}
