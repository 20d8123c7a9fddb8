import { listLatestArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/settings'
import { env } from '@/env'

export const dynamic = 'force-static'

const FEED_SIZE = 20

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!)

/** RSS 2.0 with the latest 20 published articles; rebuilt when an article is published or changed. */
export async function GET() {
  const { docs } = await listLatestArticles(1, FEED_SIZE)
  const { siteName, tagline } = await getSiteSettings()
  const items = docs
    .map((article) => {
      const link = `${env.SITE_URL}/articles/${article.slug}`
      const author = typeof article.author === 'object' && article.author ? article.author.name : null
      return [
        '<item>',
        `<title>${escapeXml(article.title)}</title>`,
        `<link>${escapeXml(link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        article.publishedAt ? `<pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>` : '',
        article.excerpt ? `<description>${escapeXml(article.excerpt)}</description>` : '',
        author ? `<dc:creator>${escapeXml(author)}</dc:creator>` : '',
        '</item>',
      ].join('')
    })
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${escapeXml(siteName)}</title>
<link>${escapeXml(env.SITE_URL)}/</link>
<description>${escapeXml(tagline || siteName)}</description>
<language>en</language>
<atom:link href="${escapeXml(env.SITE_URL)}/feed.xml" rel="self" type="application/rss+xml"/>
${docs[0]?.publishedAt ? `<lastBuildDate>${new Date(docs[0].publishedAt).toUTCString()}</lastBuildDate>` : ''}
${items}
</channel>
</rss>`
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
