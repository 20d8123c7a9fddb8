/**
 * A production server checks its environment first and exits with a one-line reason instead of
 * answering requests it cannot serve; then it starts Payload, so pending migrations are applied
 * before the first visitor arrives.
 */
export async function startNodeServer(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return

  try {
    // Importing the module parses the environment; a bad one throws EnvError right here.
    await import('../env')
  } catch (error) {
    if (error instanceof Error && error.name === 'EnvError') {
      console.error(`Legwork cannot start: ${error.message}`)
      process.exit(1)
    }
    throw error
  }

  if (process.env.NODE_ENV === 'production') {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    await getPayload({ config })
  }
}
