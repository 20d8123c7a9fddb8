#!/usr/bin/env node
// End-to-end run: `next build` and `next start` in production mode on a fresh SQLite database,
// then Playwright in the system's Chromium. Set E2E_SKIP_BUILD=1 to reuse the last build.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const tmp = path.join(root, 'tests/.tmp')

const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium'
if (!fs.existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}: install Debian's (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH.`,
  )
  process.exit(1)
}

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

fs.mkdirSync(tmp, { recursive: true })
const databaseFile = path.join(tmp, `e2e-${Date.now()}.db`)
const mediaDir = path.join(tmp, `e2e-media-${Date.now()}`)
// A server refuses to start with another SITE_URL than its build's, so a reused build is served on the
// port it was built for (remembered next to the test databases).
const portFile = path.join(tmp, 'e2e-build-port')
const reusedPort = process.env.E2E_SKIP_BUILD && fs.existsSync(portFile) ? fs.readFileSync(portFile, 'utf8').trim() : ''
const port = Number(process.env.E2E_PORT || reusedPort || (await freePort()))
const baseURL = `http://127.0.0.1:${port}`
// Email goes to a real SMTP server on this port, which the specs that read mail start themselves
// (tests/helpers/smtpServer.ts); while none listens, sending fails fast and the app logs it.
const smtpPort = process.env.E2E_SMTP_PORT || String(await freePort())
const serverEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${databaseFile}`,
  MEDIA_DIR: mediaDir,
  PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET || 'e2e-secret-that-is-long-enough-0123456789',
  SITE_URL: baseURL,
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  NEXT_TELEMETRY_DISABLED: '1',
  SEED_ON_EMPTY: 'false',
  // As behind nginx: the tests play many readers by writing X-Forwarded-For. The default (0, nothing
  // in front) is proved by tests/e2e/clientAddress.spec.ts on a server of its own.
  TRUSTED_PROXY_HOPS: '1',
  // The scheduled-publishing test should not wait a whole minute for the jobs runner.
  JOBS_AUTORUN_CRON: '*/5 * * * * *',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: smtpPort,
}

const removeDatabase = () => {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(databaseFile + suffix, { force: true })
  fs.rmSync(mediaDir, { recursive: true, force: true })
}

if (!process.env.E2E_SKIP_BUILD) {
  console.log('── next build ──')
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', cwd: root, env: serverEnv })
  if (build.status !== 0) {
    removeDatabase()
    process.exit(build.status ?? 1)
  }
  fs.writeFileSync(portFile, String(port))
}

// Pages the last run's server rendered and kept, and its revalidations, describe the last run's
// database: a reused build starts from what the build itself prerendered, as a fresh build would.
if (process.env.E2E_SKIP_BUILD) {
  const serverDir = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'server')
  for (const runtimeState of ['route-cache', 'legwork-revalidations.log']) {
    fs.rmSync(path.join(serverDir, runtimeState), { recursive: true, force: true })
  }
}

console.log(`── next start on ${baseURL} ──`)
const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: root,
  env: serverEnv,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
})
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}
process.on('exit', () => {
  stopServer()
  removeDatabase()
})
process.on('SIGINT', () => process.exit(130))

const deadline = Date.now() + 60_000
let ready = false
while (Date.now() < deadline && server.exitCode === null) {
  try {
    const response = await fetch(`${baseURL}/`)
    if (response.status < 500) {
      ready = true
      break
    }
  } catch {
    // Not listening yet.
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
if (!ready) {
  console.error('The production server did not answer within 60 s.')
  process.exit(1)
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: {
    ...process.env,
    E2E_BASE_URL: baseURL,
    PLAYWRIGHT_CHROMIUM_PATH: chromium,
    E2E_DATABASE_FILE: databaseFile,
    E2E_MEDIA_DIR: mediaDir,
    E2E_PAYLOAD_SECRET: serverEnv.PAYLOAD_SECRET,
    E2E_SMTP_PORT: smtpPort,
  },
})
process.exit(result.status ?? 1)
