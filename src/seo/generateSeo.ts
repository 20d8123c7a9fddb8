/** Suggestions for the SEO plugin's "Auto-generate" buttons: the article's own title and excerpt. */
type Doc = { title?: string | null; excerpt?: string | null }

export const seoTitle = ({ doc }: { doc: Doc }) => (doc?.title ? `${doc.title} · Legwork` : '')

export const seoDescription = ({ doc }: { doc: Doc }) => {
  const excerpt = doc?.excerpt?.trim() ?? ''
  return excerpt.length > 160 ? `${excerpt.slice(0, 157).trimEnd()}…` : excerpt
}
