import { spawn } from 'node:child_process'
import net from 'node:net'

import { expect, test } from '@playwright/test'

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** Starts the built server with the given secret and returns how it ended within 30 s. */
async function startWithSecret(
  secret: string | undefined,
  extra: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${process.env.E2E_DATABASE_FILE}`,
    ...extra,
  }
  delete env.PAYLOAD_SECRET
  if (secret !== undefined) env.PAYLOAD_SECRET = secret
  const child = spawn('npx', ['next', 'start', '-p', String(await freePort()), '-H', '127.0.0.1'], {
    env,
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL')
      resolve(null)
    }, 30_000)
    child.on('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  return { code, output }
}

test('production refuses to start without PAYLOAD_SECRET and says how to set it', async () => {
  const { code, output } = await startWithSecret(undefined)
  expect(code).not.toBe(0)
  expect(code).not.toBeNull()
  expect(output).toContain('PAYLOAD_SECRET is not set')
  expect(output).toContain('openssl rand -hex 32')
})

test('production refuses to start with a secret shorter than 32 characters', async () => {
  const { code, output } = await startWithSecret('too-short')
  expect(code).not.toBe(0)
  expect(code).not.toBeNull()
  expect(output).toContain('needs at least 32')
})

test('production refuses to start with another SITE_URL than the build was made for, saying both', async () => {
  const { code, output } = await startWithSecret('a-secret-that-is-long-enough-0123456789', {
    SITE_URL: 'https://elsewhere.example',
  })
  expect(code).not.toBe(0)
  expect(code).not.toBeNull()
  expect(output).toContain(
    `Legwork cannot start: SITE_URL is https://elsewhere.example, but this build was made for ${process.env.E2E_BASE_URL}.`,
  )
})
