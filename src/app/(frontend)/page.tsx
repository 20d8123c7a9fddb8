import { ArticleList } from '@/components/ArticleList'
import { listLatestArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/settings'

export default async function HomePage() {
  const { articlesPerPage, siteName, tagline } = await getSiteSettings()
  const latest = await listLatestArticles(1, articlesPerPage)
  return (
    <>
      <div className="page-intro">
        {/* The tagline says what the site is about (Website settings). */}
        <h1>{tagline || siteName}</h1>
        <p>Why your body does what it does on the run, what the research says, and what you can do about it.</p>
      </div>
      {latest.docs.length ? (
        <ArticleList articles={latest.docs} page={1} totalPages={latest.totalPages} />
      ) : (
        <p>No articles are published yet.</p>
      )}
    </>
  )
}
