import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { env } from '../env'
import { FORM_TOKEN_MAX_AGE_MS, type FormToken } from './formToken'
import { connectRedis, type RedisConnection } from '../redis/connectRedis'

/**
 * Flood control per client (by keyed IP hash): one comment per `intervalSeconds` and at most
 * `hourlyLimit` an hour; and one comment per form token, remembered for as long as the token is valid.
 *
 * Without REDIS_URL the counts live in this process's memory, which is right for one server. With
 * it they live in Redis, so every instance behind the load balancer sees the same counts (the IP
 * hash is keyed by PAYLOAD_SECRET, which the instances share). When Redis cannot be reached, or
 * answers too slowly, each process counts in its own memory instead (rate-limiter-flexible's
 * insurance limiter) and says so in the log at most once a minute: a comment is never refused,
 * delayed or failed because Redis is down; a flood merely gets one allowance per instance until
 * Redis is back.
 */
export type Limits = { intervalSeconds: number; hourlyLimit: number }

export type FloodDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: string }

export type FloodControlOptions = {
  /** Where the counts are shared; unset keeps them in this process. */
  redisUrl?: string
  /** Namespace of the keys in Redis: one per deployment sharing a Redis server. */
  keyPrefix?: string
  warn?: (message: string) => void
}

export type FloodControl = {
  /** Counts one comment from `clientKey` and says whether it may be posted now. */
  takeAllowance: (clientKey: string, limits: Limits) => Promise<FloodDecision>
  /** Whether a comment was already posted with this form token (a look, recording nothing). */
  isFormTokenUsed: (token: FormToken) => Promise<boolean>
  /** Records that a comment was posted with this form token; false when one already was. */
  claimFormToken: (token: FormToken) => Promise<boolean>
  /** Closes the Redis connection, if any. */
  close: () => Promise<void>
}

export const DEFAULT_KEY_PREFIX = 'legwork:'
const FALLBACK_WARNING_EVERY_MS = 60_000

type Limiter = RateLimiterMemory | RateLimiterRedis
type LimiterOptions = { name: string; points: number; duration: number }

/** The memory limiter used while Redis is unavailable; tells when it is used. */
class FallbackLimiter extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: () => void,
  ) {
    super(options)
  }

  override consume(...args: Parameters<RateLimiterMemory['consume']>): Promise<RateLimiterRes> {
    this.onUse()
    return super.consume(...args)
  }
}

export function createFloodControl({
  redisUrl,
  keyPrefix = DEFAULT_KEY_PREFIX,
  warn = console.warn,
}: FloodControlOptions = {}): FloodControl {
  let connection: RedisConnection | undefined
  let lastWarnedAt = -Infinity

  function reportFallback() {
    if (!connection || Date.now() - lastWarnedAt < FALLBACK_WARNING_EVERY_MS) return
    lastWarnedAt = Date.now()
    warn(
      `Flood control: Redis at ${connection.address} is unavailable (${connection.lastError() ?? 'no answer in time'}); ` +
        `counting comments in this process's memory until it is back.`,
    )
  }

  function makeLimiter({ name, points, duration }: LimiterOptions): Limiter {
    if (!redisUrl) return new RateLimiterMemory({ keyPrefix: name, points, duration })
    connection ??= connectRedis(redisUrl)
    return new RateLimiterRedis({
      storeClient: connection.client,
      keyPrefix: `${keyPrefix}flood:${name}`,
      points,
      duration,
      // Not ready (connecting, reconnecting) → straight to the insurance limiter, no command sent.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new FallbackLimiter({ keyPrefix: name, points, duration }, reportFallback),
    })
  }

  // One pair per distinct setting: changing the settings starts the counts afresh, as before.
  const limiters = new Map<string, { interval: Limiter | null; hourly: Limiter }>()
  function limitersFor({ intervalSeconds, hourlyLimit }: Limits) {
    const key = `${intervalSeconds}:${hourlyLimit}`
    let pair = limiters.get(key)
    if (!pair) {
      pair = {
        interval:
          intervalSeconds > 0 ? makeLimiter({ name: `interval:${key}`, points: 1, duration: intervalSeconds }) : null,
        hourly: makeLimiter({ name: `hourly:${key}`, points: hourlyLimit, duration: 3600 }),
      }
      limiters.set(key, pair)
    }
    return pair
  }

  let formTokens: Limiter | undefined
  const formTokenLimiter = () =>
    (formTokens ??= makeLimiter({ name: 'form-token', points: 1, duration: FORM_TOKEN_MAX_AGE_MS / 1000 }))

  return {
    async isFormTokenUsed({ id }) {
      const limiter = formTokenLimiter()
      await connection?.opened()
      const used = await limiter.get(id)
      return used !== null && used.consumedPoints >= 1
    },
    async claimFormToken({ id, remainingMs }) {
      const limiter = formTokenLimiter()
      await connection?.opened()
      try {
        // Remembered until the token expires anyway, and not a moment longer.
        await limiter.consume(id, 1, { customDuration: Math.max(1, Math.ceil(remainingMs / 1000)) })
        return true
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection
        return false
      }
    },
    async takeAllowance(clientKey, limits) {
      const { interval, hourly } = limitersFor(limits)
      await connection?.opened()
      try {
        if (interval) await interval.consume(clientKey)
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection
        return refusal(rejection, `one comment every ${limits.intervalSeconds} seconds`)
      }
      try {
        await hourly.consume(clientKey)
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection
        return refusal(rejection, `at most ${limits.hourlyLimit} comments an hour`)
      }
      return { allowed: true }
    },
    async close() {
      await connection?.close()
      connection = undefined
      limiters.clear()
      formTokens = undefined
    },
  }
}

function refusal(rejection: RateLimiterRes, reason: string): FloodDecision {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), reason }
}

/**
 * This process's flood control, made on the first comment (not when the config is imported, which
 * the build and the CLI do). Kept on globalThis: Next loads this module in several bundles, and a
 * module reloaded in development must not open another connection.
 */
type ProcessFloodControl = { control?: FloodControl; options?: FloodControlOptions }
const processState = ((globalThis as { legworkFloodControl?: ProcessFloodControl }).legworkFloodControl ??= {})

const processControl = () =>
  (processState.control ??= createFloodControl({ redisUrl: env.REDIS_URL, ...processState.options }))

export const takeCommentAllowance = (clientKey: string, limits: Limits): Promise<FloodDecision> =>
  processControl().takeAllowance(clientKey, limits)

export const isFormTokenUsed = (token: FormToken): Promise<boolean> => processControl().isFormTokenUsed(token)

export const claimFormToken = (token: FormToken): Promise<boolean> => processControl().claimFormToken(token)

/**
 * Replaces this process's flood control on the next comment, over the defaults from the
 * environment (tests use it for a key prefix of their own). The current one is closed.
 */
export async function configureFloodControl(options: FloodControlOptions): Promise<void> {
  await closeFloodControl()
  processState.options = options
}

/** Closes this process's Redis connection, if any; the next comment opens it again. */
export async function closeFloodControl(): Promise<void> {
  const { control } = processState
  processState.control = undefined
  await control?.close()
}
