/**
 * Next.js calls this once when a server starts. The work itself is Node-only, so it lives in a
 * module the Edge runtime never loads.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startNodeServer } = await import('./startup/startNodeServer')
    await startNodeServer()
  }
}
