/**
 * A server stamps each request with its socket's peer address (flood control's client with no proxy in
 * front), then checks its environment and exits with a one-line reason instead of answering
 * requests it cannot serve. Then it starts Payload with its jobs runner, so scheduled publishes
 * fire with nobody visiting and, in production, pending migrations run before the first visitor.
 * A development server on an empty database also loads the demo content.
 */
export async function startNodeServer(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  // First, before anything that waits: every request from now on carries its socket's address.
  const { stampPeerAddresses } = await import('../security/peerAddress')
  stampPeerAddresses()

  let env: typeof import('../env').env
  try {
    // Importing the module parses the environment; a bad one throws EnvError right here.
    ;({ env } = await import('../env'))
  } catch (error) {
    if (error instanceof Error && error.name === 'EnvError') {
      console.error(`Legwork cannot start: ${error.message}`)
      process.exit(1)
    }
    throw error
  }

  if (env.NODE_ENV === 'production') {
    const { buildSiteUrlProblem } = await import('./checkBuildSiteUrl')
    // Replaced by the build with the address it was made for (next.config.mjs `env`).
    const problem = buildSiteUrlProblem(env.SITE_URL, process.env.LEGWORK_BUILD_SITE_URL)
    if (problem) {
      console.error(`Legwork cannot start: ${problem}`)
      process.exit(1)
    }
  }

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, cron: true })

  if (env.NODE_ENV === 'development' && env.SEED_ON_EMPTY) {
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs === 0) {
      const { runSeed } = await import('../seed/runSeed')
      const { progressReporter } = await import('../seed/progressReporter')
      const { seedPassword } = await import('../seed/seedPassword')
      // The server is still starting and renders every page on demand in development: nothing to rebuild.
      const summary = await runSeed(payload, {
        password: seedPassword(env, console.log),
        reporter: progressReporter(),
        revalidate: false,
      })
      console.log(`Empty database: loaded ${summary.created} demo records. Sign in as editor@legwork.test.`)
    }
  }
}
