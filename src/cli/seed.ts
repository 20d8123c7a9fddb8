/**
 * `npm run seed`: loads the demo newsroom. Idempotent. With NODE_ENV=production Payload applies
 * pending migrations when it connects, then the seed runs on the migrated schema; production also
 * requires SEED_PASSWORD.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '../env'
import { progressReporter } from '../seed/progressReporter'
import { runSeed } from '../seed/runSeed'
import { seedPassword, SeedRefusedError } from '../seed/seedPassword'

async function main() {
  let password: string
  try {
    password = seedPassword(env, (message) => console.log(message))
  } catch (error) {
    if (error instanceof SeedRefusedError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  const payload = await getPayload({ config })
  const summary = await runSeed(payload, { password, reporter: progressReporter() })
  console.log(`Demo content: ${summary.created} created, ${summary.skipped} already there.`)
  console.log('Sign in at /admin as admin@, editor@, writer@ or moderator@legwork.test.')
  process.exit(0)
}

// `payload run` exits once this module has been evaluated, so wait for the work here.
await main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
