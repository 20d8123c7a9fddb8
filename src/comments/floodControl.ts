import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Flood control per client (by IP hash): one comment per `intervalSeconds` and at most `hourlyLimit`
 * an hour. In memory, which is right for one server process; several instances need a shared store
 * (see docs/scaling.md once it exists).
 */
type Limits = { intervalSeconds: number; hourlyLimit: number }

const limiters = new Map<string, { interval: RateLimiterMemory | null; hourly: RateLimiterMemory }>()

function limitersFor({ intervalSeconds, hourlyLimit }: Limits) {
  const key = `${intervalSeconds}:${hourlyLimit}`
  let pair = limiters.get(key)
  if (!pair) {
    pair = {
      interval:
        intervalSeconds > 0
          ? new RateLimiterMemory({ keyPrefix: `interval:${key}`, points: 1, duration: intervalSeconds })
          : null,
      hourly: new RateLimiterMemory({ keyPrefix: `hourly:${key}`, points: hourlyLimit, duration: 3600 }),
    }
    limiters.set(key, pair)
  }
  return pair
}

export type FloodDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: string }

export async function takeCommentAllowance(clientKey: string, limits: Limits): Promise<FloodDecision> {
  const { interval, hourly } = limitersFor(limits)
  try {
    if (interval) await interval.consume(clientKey)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      reason: `one comment every ${limits.intervalSeconds} seconds`,
    }
  }
  try {
    await hourly.consume(clientKey)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      reason: `at most ${limits.hourlyLimit} comments an hour`,
    }
  }
  return { allowed: true }
}
