/** `https://legwork.example/` and `https://legwork.example` are one address. */
function normalised(url: string): string {
  try {
    return new URL(url).href.replace(/\/$/, '')
  } catch {
    return url
  }
}

/**
 * Why a production server must not start with this SITE_URL, or undefined when it may. Prerendered
 * pages, the feed, the sitemap and the security headers (HSTS, upgrade-insecure-requests) are
 * written with the SITE_URL of `next build`; a server started with another one would serve canonical
 * links, share links and feeds pointing at the wrong site, with the wrong headers.
 */
export function buildSiteUrlProblem(runtimeSiteUrl: string, buildSiteUrl: string | undefined): string | undefined {
  if (!buildSiteUrl || normalised(buildSiteUrl) === normalised(runtimeSiteUrl)) return undefined
  return (
    `SITE_URL is ${runtimeSiteUrl}, but this build was made for ${buildSiteUrl}. ` +
    `Run \`npm run build\` again with SITE_URL=${runtimeSiteUrl}, or start with SITE_URL=${buildSiteUrl}.`
  )
}
