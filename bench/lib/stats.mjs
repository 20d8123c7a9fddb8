/** Small statistics for benchmark samples (milliseconds unless said otherwise). */

export function percentile(samples, p) {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]
}

export const median = (samples) => percentile(samples, 50)

/** The run whose requests/s is the median of several runs, so its latencies belong together. */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps)
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], runs: runs.map((run) => Math.round(run.rps)) }
}

export async function timed(action) {
  const started = performance.now()
  const result = await action()
  return { ms: performance.now() - started, result }
}
