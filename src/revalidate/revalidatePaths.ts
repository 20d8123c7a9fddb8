import type { Payload, RequestContext } from 'payload'

import { env } from '../env'
import { derivedSecret } from '../security/derivedSecret'
import { refreshCacheTierAfterResponse } from './refreshCacheTier'
import { revalidateNow } from './revalidateNow'

export const REVALIDATE_ROUTE = '/next/revalidate'

/** Every reader page, for changes that touch them all (the seed; site settings, whose name and logo are in every page's layout). */
export const ALL_READER_PAGES = [
  '/',
  '/page/[n]',
  '/articles/[slug]',
  '/articles/[slug]/comments/[n]',
  '/articles/[slug]/reply/[commentId]',
  '/authors/[slug]',
  '/causes',
  '/causes/[slug]',
  '/privacy',
  '/feed.xml',
  '/sitemap.xml',
]

/**
 * Marks website pages for a rebuild on their next request. Inside a Next request (admin, REST,
 * GraphQL) `revalidatePath` works directly. The jobs runner publishes on a timer, outside any
 * request, where Next refuses; then we ask our own server to do it through an internal route.
 */
export async function revalidatePaths(
  paths: string[],
  { payload, context }: { payload: Payload; context?: RequestContext },
) {
  if (context?.disableRevalidate || paths.length === 0) return
  const unique = [...new Set(paths)]
  try {
    await revalidateNow(unique)
  } catch {
    // The internal route refreshes the cache tier itself, once its own revalidation has applied.
    await revalidateOverHttp(unique, payload)
    return
  }
  await refreshCacheTierAfterResponse(unique, payload)
}

async function revalidateOverHttp(paths: string[], payload: Payload) {
  // Tests and scripts run without a website server to call.
  if (env.NODE_ENV === 'test' || !env.REVALIDATE_ORIGIN) return
  try {
    const response = await fetch(new URL(REVALIDATE_ROUTE, env.REVALIDATE_ORIGIN), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': derivedSecret('revalidate') },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) payload.logger.warn(`Revalidation request answered ${response.status} for ${paths.join(', ')}`)
  } catch (error) {
    // Usually no site is running (a script on its own); one line is enough.
    payload.logger.warn(
      `Could not ask ${env.REVALIDATE_ORIGIN} to rebuild ${paths.length} page(s): ${(error as Error).message}`,
    )
  }
}
