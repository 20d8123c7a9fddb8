import Link from 'next/link'

import type { ArticleCardData } from '../data/articles'
import { formatDate } from './formatDate'
import { ResponsiveImage } from './ResponsiveImage'

type Props = { article: ArticleCardData; why?: string; headingLevel?: 'h2' | 'h3' }

export function ArticleCard({ article, why, headingLevel: Heading = 'h2' }: Props) {
  return (
    <article className="card">
      <ResponsiveImage
        image={article.heroImage}
        crop="card"
        sizes="(min-width: 56rem) 18rem, 100vw"
        className="card__image"
      />
      <div className="card__body">
        {why ? <p className="card__why">{why}</p> : null}
        <Heading className="card__title">
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
        </Heading>
        {article.excerpt ? <p className="card__excerpt">{article.excerpt}</p> : null}
        {article.publishedAt ? (
          <p className="card__meta">
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          </p>
        ) : null}
      </div>
    </article>
  )
}
