import Link from 'next/link'

import type { ArticleCardData } from '../data/articles'
import { ArticleCard } from './ArticleCard'

type Props = { articles: ArticleCardData[]; page?: number; totalPages?: number }

const pageHref = (page: number) => (page <= 1 ? '/' : `/page/${page}`)

/** A grid of article cards with previous/next links when there is more than one page. */
export function ArticleList({ articles, page = 1, totalPages = 1 }: Props) {
  return (
    <>
      <ul className="card-grid">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
      {totalPages > 1 ? (
        <nav className="pagination" aria-label="Pages">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev">
              ← Newer articles
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {totalPages}
          </span>
          {page < totalPages ? (
            <Link href={pageHref(page + 1)} rel="next">
              Older articles →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  )
}
