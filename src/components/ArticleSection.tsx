import type { ArticleCardData } from '../data/articles'
import { ArticleCard } from './ArticleCard'

type Props = { id: string; heading: string; articles: ArticleCardData[]; emptyText: string }

/** A headed grid of article cards, or a sentence saying there are none yet. */
export function ArticleSection({ id, heading, articles, emptyText }: Props) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {articles.length ? (
        <ul className="card-grid">
          {articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} headingLevel="h3" />
            </li>
          ))}
        </ul>
      ) : (
        <p>{emptyText}</p>
      )}
    </section>
  )
}
