import { spawnSync } from 'node:child_process'

import { medianRun } from './stats.mjs'

const UNIT_MS = { us: 0.001, ms: 1, s: 1000 }

function latencyMs(text) {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text)
  return match ? Number(match[1]) * UNIT_MS[match[2]] : NaN
}

/** One wrk run: requests/s and the latency distribution it printed. */
export function wrkOnce(url, { connections = 32, threads = 2, seconds = 10 } = {}) {
  const result = spawnSync(
    'wrk',
    [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', url],
    { encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(`wrk failed on ${url}: ${result.stderr || result.stdout}`)
  const out = result.stdout
  const line = (label) => new RegExp(`^\\s*${label}\\s+(\\S+)`, 'm').exec(out)?.[1]
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0)
  const socketErrors = /Socket errors: (.*)/.exec(out)?.[1]
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p50: latencyMs(line('50%')),
    p99: latencyMs(line('99%')),
    errors,
    socketErrors: socketErrors ?? null,
  }
}

/** Warm up, then `runs` measured runs; the median run by requests/s. */
export function wrkMedian(url, { runs = 3, seconds = 10, connections = 32 } = {}) {
  wrkOnce(url, { seconds: 2, connections })
  const results = Array.from({ length: runs }, () => wrkOnce(url, { seconds, connections }))
  return medianRun(results)
}
