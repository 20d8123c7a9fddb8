import { markSvg } from '@/admin/branding/mark'

export const dynamic = 'force-static'

/** The favicon of the admin and the website, drawn from the same data as the inline mark. */
export function GET() {
  return new Response(markSvg(), {
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
  })
}
