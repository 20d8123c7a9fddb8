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
/** Articles first: the page an editor just changed is the one readers come for. */
const byUrgency = (path: string) => (path.startsWith('/articles/') ? 0 : path === '/' ? 1 : 2)
/** Pages rebuilt at once: each refresh makes the site render a page, and readers share its CPU. */
const PARALLEL_PAGES = 2

export async function refreshCacheTier(paths: string[], payload: Pick<Payload, 'logger'>): Promise<void> {
  if (!env.CACHE_TIER_URL || !env.CACHE_TIER_SECRET) return
  const queue = [...new Set(paths)].filter((path) => !path.includes('[')).sort((a, b) => byUrgency(a) - byUrgency(b))
  const failures: string[] = []
  const refreshCopy = async (path: string, encoding: string) => {
    const response = await fetch(new URL(path, env.CACHE_TIER_URL), {
      headers: { [CACHE_TIER_REFRESH_HEADER]: env.CACHE_TIER_SECRET!, 'accept-encoding': encoding },
      signal: AbortSignal.timeout(10_000),
    })
    // The body must be read for the proxy to finish storing it.
    await response.arrayBuffer()
    if (response.status >= 500) throw new Error(`${path} answered ${response.status}`)
  }
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      // The proxy keeps a gzip-compressed and a plain copy of each page. The first request renders
      // the page; the second finds it in Next's cache.
      for (const encoding of ['gzip', 'identity']) {
        try {
          await refreshCopy(path, encoding)
        } catch (error) {
          failures.push(`${path} (${encoding}): ${(error as Error).message}`)
        }
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker))
  if (failures.length)
    payload.logger.warn(`Cache tier refresh failed for ${failures.length} page copies, first: ${failures[0]}`)
}

/**
 * Runs the refresh once the current response has been sent: Next applies `revalidatePath` at the end
 * of the request, and a refresh that arrived earlier would store the old page again.
 */
export async function refreshCacheTierAfterResponse(paths: string[], payload: Pick<Payload, 'logger'>): Promise<void> {
  if (!env.CACHE_TIER_URL) return
  await afterResponse(() => refreshCacheTier(paths, payload))
}
