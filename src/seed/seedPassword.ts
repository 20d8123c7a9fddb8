import type { Env } from '../env'

/** Only for local demo databases; printed so the developer can sign in. */
export const DEVELOPMENT_SEED_PASSWORD = 'legwork-demo-password'

export class SeedRefusedError extends Error {
  override name = 'SeedRefusedError'
}

export function seedPassword(env: Pick<Env, 'NODE_ENV' | 'SEED_PASSWORD'>, log: (message: string) => void): string {
  if (env.SEED_PASSWORD) return env.SEED_PASSWORD
  if (env.NODE_ENV === 'production') {
    throw new SeedRefusedError(
      'SEED_PASSWORD is not set: production staff accounts need a password you chose. Set SEED_PASSWORD and run the seed again.',
    )
  }
  log(`SEED_PASSWORD is not set: demo accounts use the development password "${DEVELOPMENT_SEED_PASSWORD}".`)
  return DEVELOPMENT_SEED_PASSWORD
}
