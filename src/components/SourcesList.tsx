import type { Cause } from '../payload-types'

const DOI = /^(?:doi:\s*)?(10\.\d{4,9}\/\S+)$/i

/** A source's address as a link: DOIs through doi.org, web addresses as they are. */
function sourceHref(url: string | null | undefined): string | null {
  if (!url) return null
  const doi = DOI.exec(url.trim())
  if (doi) return `https://doi.org/${doi[1]}`
  return /^https?:\/\//.test(url) ? url : null
}

type Props = { sources: Cause['sources']; headingId: string; headingLevel?: 'h2' | 'h3' }

export function SourcesList({ sources, headingId, headingLevel: Heading = 'h3' }: Props) {
  if (!sources?.length) return null
  return (
    <div className="sources">
      <Heading id={headingId} className="sources__heading">
        Sources
      </Heading>
      <ul aria-labelledby={headingId}>
        {sources.map((source, index) => {
          const href = sourceHref(source.url)
          const title = href ? (
            <a href={href} rel="noopener">
              {source.title}
            </a>
          ) : (
            source.title
          )
          return (
            <li key={source.id ?? index}>
              {title}
              {source.publisher ? (
                <>
                  , <cite>{source.publisher}</cite>
                </>
              ) : null}
              {source.year ? ` (${source.year})` : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
