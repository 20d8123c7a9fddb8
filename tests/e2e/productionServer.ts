import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type ProductionServer = { url: string; output: () => string; stop: () => void }

/**
 * Starts another `next start` on the e2e build, with `env` over the environment, on a port of its
 * own; resolves once it answers.
 */
export async function startProductionServer(env: (url: string) => NodeJS.ProcessEnv): Promise<ProductionServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: root, env: env(url), detached: true },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const server: ProductionServer = {
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
