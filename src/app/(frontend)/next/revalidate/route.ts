import { payloadClient } from '@/data/payload'
import { refreshCacheTierAfterResponse } from '@/revalidate/refreshCacheTier'
import { revalidateNow } from '@/revalidate/revalidateNow'
import { isDerivedSecret } from '@/security/derivedSecret'

/**
 * Internal: rebuilds pages when content changed outside a request (scheduled publishing). Only the
 * server itself knows the secret, derived from PAYLOAD_SECRET.
 */
export async function POST(request: Request) {
  if (!isDerivedSecret('revalidate', request.headers.get('x-revalidate-secret'))) {
    return Response.json({ error: 'Not allowed.' }, { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as { paths?: unknown } | null
  const paths = Array.isArray(body?.paths)
    ? body.paths.filter((path): path is string => typeof path === 'string' && path.startsWith('/'))
    : []
  if (!paths.length) return Response.json({ error: 'paths: give at least one path starting with /.' }, { status: 400 })
  await revalidateNow(paths)
  await refreshCacheTierAfterResponse(paths, await payloadClient())
  return Response.json({ revalidated: paths })
}
