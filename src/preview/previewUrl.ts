import { env } from '../env'
import { derivedSecret } from '../security/derivedSecret'

/** The admin's Preview button and live preview open an article through the draft-mode route. */
export function articlePreviewUrl(slug: string | null | undefined): string {
  const path = `/articles/${slug ?? ''}`
  const params = new URLSearchParams({ path, secret: derivedSecret('preview') })
  return `${env.SITE_URL}/next/preview?${params.toString()}`
}

/** Only article pages can be previewed, so the route can never redirect elsewhere. */
export function isPreviewablePath(path: string | null): path is string {
  return typeof path === 'string' && /^\/articles\/[a-z0-9-]+$/.test(path)
}
