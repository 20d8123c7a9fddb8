import type { Payload } from 'payload'

import { env } from '../env'
import { afterResponse } from '../server/afterResponse'

export const CACHE_TIER_REFRESH_HEADER = 'x-legwork-refresh'

/**
 * Replaces pages in the caching proxy in front of the site (CACHE_TIER_URL). The proxy has no purge
 * command of its own (plain nginx), so each page is fetched through it with the refresh secret, which
 * makes it skip its copy, ask Next for the page — rebuilt because it was just revalidated — and
 * store the answer. Readers keep getting the old copy until the new one is stored, never a miss.
 *
 * Route patterns ("/page/[n]") cannot be fetched; those pages follow within the proxy's own expiry.
 */
export async function refreshCacheTier(paths: string[], payload: Pick<Payload, 'logger'>): Promise<void> {
  if (!env.CACHE_TIER_URL || !env.CACHE_TIER_SECRET) return
  const concrete = [...new Set(paths)].filter((path) => !path.includes('['))
  // The proxy keeps a gzip-compressed and a plain copy of each page: refresh both.
  const requests = concrete.flatMap((path) => ['gzip', 'identity'].map((encoding) => ({ path, encoding })))
  const results = await Promise.allSettled(
    requests.map(async ({ path, encoding }) => {
      const response = await fetch(new URL(path, env.CACHE_TIER_URL), {
        headers: { [CACHE_TIER_REFRESH_HEADER]: env.CACHE_TIER_SECRET!, 'accept-encoding': encoding },
        signal: AbortSignal.timeout(10_000),
      })
      // The body must be read for the proxy to finish storing it.
      await response.arrayBuffer()
      if (response.status >= 500) throw new Error(`${path} answered ${response.status}`)
    }),
  )
  const failed = results.filter((result) => result.status === 'rejected') as PromiseRejectedResult[]
  if (failed.length)
    payload.logger.warn(
      `Cache tier refresh failed for ${failed.length} of ${requests.length} page copies: ${(failed[0]!.reason as Error).message}`,
    )
}

/**
 * Runs the refresh once the current response has been sent: Next applies `revalidatePath` at the end
 * of the request, and a refresh that arrived earlier would store the old page again.
 */
export async function refreshCacheTierAfterResponse(paths: string[], payload: Pick<Payload, 'logger'>): Promise<void> {
  if (!env.CACHE_TIER_URL) return
  await afterResponse(() => refreshCacheTier(paths, payload))
}
