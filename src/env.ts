import { z } from 'zod'

/**
 * The one place that reads process.env. Everything else imports `env` (or calls `parseEnv` in
 * tests) so a misconfigured server fails at start-up with a message, not at the first request.
 */

export const ACCEPTED_DATABASE_SCHEMES = [
  'file:',
  'postgres://',
  'postgresql://',
  'mongodb://',
  'mongodb+srv://',
] as const

export const DEFAULT_DATABASE_URL = 'file:./data/legwork.db'
export const MIN_SECRET_LENGTH = 32

/** Only for `npm run dev` and tests; production refuses to start with it. */
const DEVELOPMENT_SECRET = 'legwork-development-secret-do-not-use-in-production'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export class EnvError extends Error {
  override name = 'EnvError'
}

/** Maps a DATABASE_URL to the adapter that serves it, or throws one line naming the accepted schemes. */
export function databaseKindOf(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
  throw new EnvError(
    `DATABASE_URL scheme "${scheme}" is not supported; use one of ${ACCEPTED_DATABASE_SCHEMES.join(', ')}`,
  )
}

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optionalText,
  PAYLOAD_SECRET: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  SMTP_HOST: optionalText,
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  SMTP_USER: optionalText,
  SMTP_PASS: optionalText,
  EMAIL_FROM_ADDRESS: z.email().default('newsroom@legwork.test'),
  EMAIL_FROM_NAME: z.string().default('Legwork'),
  MEDIA_DIR: z.string().default('media'),
  /** Where the server reaches itself to rebuild pages after a scheduled publish; defaults to SITE_URL. */
  REVALIDATE_ORIGIN: optionalText,
  CRON_SECRET: optionalText,
  JOBS_AUTORUN: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Croner syntax; six fields means seconds first. Every minute by default. */
  JOBS_AUTORUN_CRON: z.string().default('* * * * *'),
  SEED_PASSWORD: optionalText,
  /**
   * A Redis shared by every instance of this deployment (flood control counts); unset keeps them in
   * each process's memory, which is right for a single server.
   */
  REDIS_URL: optionalText.pipe(
    z
      .url({ protocol: /^rediss?$/, error: 'use redis://[user:password@]host:6379[/db] or rediss://… (TLS)' })
      .optional(),
  ),
  /** PostgreSQL read replicas, comma-separated connection strings (see docs/scaling.md). */
  DATABASE_READ_REPLICA_URLS: optionalText.transform((value) =>
    value
      ? value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean)
      : [],
  ),
  /** Connections each server process keeps to PostgreSQL; instances × this must fit max_connections. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * How many proxies in front of the site append to X-Forwarded-For; 0 (nothing in front) uses the
   * socket's peer address and ignores the header (see src/comments/clientKey.ts).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /**
   * A caching reverse proxy in front of the site (docs/deploy/nginx-cache.conf). When set, every page
   * the server rebuilds is also fetched through it with CACHE_TIER_SECRET, which replaces the cached copy.
   */
  CACHE_TIER_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  CACHE_TIER_SECRET: optionalText,
  /** `npm run dev` on an empty database loads the demo newsroom unless this is false. */
  SEED_ON_EMPTY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
})

export type Env = Omit<z.output<typeof schema>, 'DATABASE_URL' | 'PAYLOAD_SECRET' | 'REVALIDATE_ORIGIN'> & {
  REVALIDATE_ORIGIN: string
  DATABASE_URL: string
  DATABASE_KIND: DatabaseKind
  PAYLOAD_SECRET: string
  /** True while `next build` runs: there is no server to protect yet. */
  IS_BUILD: boolean
}

type RawEnv = Record<string, string | undefined>

/** Next loads this module in several bundles; a warning is said once per process. */
function warnOncePerProcess(message: string): void {
  const globals = globalThis as { legworkWarnings?: Set<string> }
  globals.legworkWarnings ??= new Set()
  if (globals.legworkWarnings.has(message)) return
  globals.legworkWarnings.add(message)
  console.warn(message)
}

export function parseEnv(raw: RawEnv = process.env, warn: (message: string) => void = warnOncePerProcess): Env {
  const result = schema.safeParse(raw)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new EnvError(`Invalid environment: ${problems.join('; ')}`)
  }
  const parsed = result.data
  const isBuild = raw.NEXT_PHASE === 'phase-production-build'
  const notPostgres = parsed.DATABASE_READ_REPLICA_URLS.find((url) => !/^postgres(ql)?:\/\//.test(url))
  if (notPostgres !== undefined) {
    throw new EnvError('DATABASE_READ_REPLICA_URLS: read replicas are PostgreSQL connection strings (postgres://…)')
  }
  if (parsed.CACHE_TIER_URL && (parsed.CACHE_TIER_SECRET ?? '').length < 16) {
    throw new EnvError(
      'CACHE_TIER_SECRET: set a random value of at least 16 characters, the same as in the cache tier configuration, when CACHE_TIER_URL is set',
    )
  }
  const databaseUrl = parsed.DATABASE_URL ?? DEFAULT_DATABASE_URL

  return {
    ...parsed,
    REVALIDATE_ORIGIN: parsed.REVALIDATE_ORIGIN ?? parsed.SITE_URL,
    DATABASE_URL: databaseUrl,
    DATABASE_KIND: databaseKindOf(databaseUrl),
    PAYLOAD_SECRET: resolveSecret({ secret: parsed.PAYLOAD_SECRET, nodeEnv: parsed.NODE_ENV, isBuild, warn }),
    IS_BUILD: isBuild,
  }
}

function resolveSecret(args: {
  secret: string | undefined
  nodeEnv: Env['NODE_ENV']
  isBuild: boolean
  warn: (message: string) => void
}): string {
  const { secret, nodeEnv, isBuild, warn } = args
  const isServingProduction = nodeEnv === 'production' && !isBuild
  if (isServingProduction) {
    if (!secret) {
      throw new EnvError(
        `PAYLOAD_SECRET is not set. Production needs a random secret of at least ${MIN_SECRET_LENGTH} characters: ` +
          `generate one with \`openssl rand -hex 32\` and set PAYLOAD_SECRET in the environment or .env.`,
      )
    }
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new EnvError(
        `PAYLOAD_SECRET is ${secret.length} characters long; production needs at least ${MIN_SECRET_LENGTH}. ` +
          `Generate one with \`openssl rand -hex 32\` and set PAYLOAD_SECRET in the environment or .env.`,
      )
    }
    return secret
  }
  if (secret) return secret
  if (nodeEnv === 'development') {
    warn('PAYLOAD_SECRET is not set: using a development-only secret. Never run production like this.')
  }
  return DEVELOPMENT_SECRET
}

/** Parsed once per process. */
export const env: Env = parseEnv()
