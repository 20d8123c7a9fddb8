import type { PayloadRequest } from 'payload'

import { readSiteSettings } from '../settings/readSiteSettings'

/** Suggestions for the SEO plugin's "Auto-generate" buttons: the article's own title and excerpt. */
type Doc = { title?: string | null; excerpt?: string | null }

/** "Title · Site name", with the name from Website settings. */
export const seoTitle = async ({ doc, req }: { doc: Doc; req: PayloadRequest }) => {
  if (!doc?.title) return ''
  const { siteName } = await readSiteSettings(req.payload, req)
  return `${doc.title} · ${siteName}`
}

export const seoDescription = ({ doc }: { doc: Doc }) => {
  const excerpt = doc?.excerpt?.trim() ?? ''
  return excerpt.length > 160 ? `${excerpt.slice(0, 157).trimEnd()}…` : excerpt
}
