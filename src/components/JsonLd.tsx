/**
 * Structured data for search engines. JSON is not executed, so the Content-Security-Policy need not
 * allow it; `<` is escaped so no text inside can close the script element.
 */
export function JsonLd({ data }: { data: Record<string, unknown> | Array<Record<string, unknown>> }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
