import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isPreviewablePath } from '@/preview/previewUrl'
import { staffFromHeaders } from '@/preview/staffFromHeaders'
import { isDerivedSecret } from '@/security/derivedSecret'

/**
 * Turns on Next's draft mode for a signed-in staff member and opens the article. The secret alone is
 * not enough: without an admin login the answer is 401, so a leaked preview link shows nothing.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path')
  if (!isDerivedSecret('preview', url.searchParams.get('secret')) || !isPreviewablePath(path)) {
    return new Response('This preview link is not valid.', { status: 403 })
  }
  if (!(await staffFromHeaders(request.headers))) {
    return new Response('Sign in to the newsroom (/admin) to preview drafts.', { status: 401 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
