/** The route group every reader page lives in (src/app/(frontend)). */
const READER_ROUTE_GROUP = '/(frontend)'

/**
 * Marks pages for a rebuild on their next request, through Next's `revalidatePath`; throws outside a
 * Next request. A path names one page (`/articles/some-slug`); a route pattern (`/articles/[slug]`)
 * names every page of that route. Next tags those by the route's file path, route group included,
 * so a pattern without the group would match nothing.
 */
export async function revalidateNow(paths: string[]): Promise<void> {
  const { revalidatePath } = await import('next/cache')
  for (const path of paths) {
    if (path.includes('[')) revalidatePath(`${READER_ROUTE_GROUP}${path}`, 'page')
    else revalidatePath(path)
  }
}
