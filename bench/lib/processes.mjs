import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

export async function waitForHttp(url, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      await response.arrayBuffer()
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Starts a command in its own process group, so stopping it stops everything it started. */
export function startGroup(command, args, { cwd, env, logFile }) {
  const log = fs.openSync(logFile, 'a')
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log], detached: true })
  return {
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        try {
          process.kill(-child.pid, 'SIGTERM')
        } catch {
          resolve()
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL')
          } catch {
            // Gone.
          }
        }, 5_000).unref()
      }),
  }
}

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(rootPid) {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
  const inTree = new Set([rootPid])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, ppid] of table)
      if (inTree.has(ppid) && !inTree.has(pid)) {
        inTree.add(pid)
        grew = true
      }
  }
  const kb = table.filter(([pid]) => inTree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0)
  return Math.round(kb / 1024)
}

export function ensureTools() {
  const missing = ['wrk', 'nginx'].filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`], { stdio: 'ignore' })
      return false
    } catch {
      return true
    }
  })
  if (!missing.length) return
  if (process.getuid?.() !== 0) {
    console.error(`Benchmarks need ${missing.join(' and ')}: apt-get install ${missing.join(' ')}`)
    process.exit(1)
  }
  console.log(`Installing ${missing.join(' and ')} from Debian…`)
  execFileSync(
    'sh',
    ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`],
    {
      stdio: 'inherit',
    },
  )
}

export const NGINX = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'

/**
 * nginx in the foreground with everything (pid, logs, temp files) under `dir`: the static-file
 * ceiling and the cache tier from docs/deploy/nginx-cache.conf with its placeholders filled in.
 */
export function startNginx({ dir, staticPort, staticRoot, cachePort, upstream, refreshSecret, root }) {
  const cacheDir = path.join(dir, 'cache')
  fs.mkdirSync(cacheDir, { recursive: true })
  const tier = fs
    .readFileSync(path.join(root, 'docs/deploy/nginx-cache.conf'), 'utf8')
    .replaceAll('__UPSTREAM__', upstream)
    .replaceAll('__LISTEN__', `127.0.0.1:${cachePort}`)
    .replaceAll('__CACHE_DIR__', cacheDir)
    .replaceAll('__REFRESH_SECRET__', refreshSecret)
  fs.writeFileSync(path.join(dir, 'legwork-cache.conf'), tier)
  const user = process.getuid?.() === 0 ? 'user root root;' : ''
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${user}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  types { text/html html; text/css css; application/javascript js; }
  server {
    listen 127.0.0.1:${staticPort};
    root ${staticRoot};
    gzip_static on;
    location / { try_files $uri $uri/index.html =404; }
  }
  include ${dir}/legwork-cache.conf;
}
`,
  )
  return startGroup(
    NGINX,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'],
    {
      cwd: dir,
      env: process.env,
      logFile: path.join(dir, 'nginx.out'),
    },
  )
}
