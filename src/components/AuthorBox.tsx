import Link from 'next/link'

import type { Author } from '../payload-types'
import { ResponsiveImage } from './ResponsiveImage'
import { RichText } from './RichText'

/** The byline's profile under an article. */
export function AuthorBox({ author }: { author: Author }) {
  return (
    <aside className="author-box" aria-labelledby="author-box-name">
      <ResponsiveImage image={author.avatar} crop="thumbnail" sizes="5rem" className="author-box__avatar" />
      <div>
        <p className="author-box__label">Written by</p>
        <h2 id="author-box-name" className="author-box__name">
          {author.name}
        </h2>
        {author.jobTitle ? <p className="author-box__job">{author.jobTitle}</p> : null}
        <RichText data={author.bio} className="author-box__bio" />
        <p>
          <Link href={`/authors/${author.slug}`}>All articles by {author.name}</Link>
        </p>
      </div>
    </aside>
  )
}
