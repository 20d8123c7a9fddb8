'use client'
import { useFormFields } from '@payloadcms/ui'

import type { LexicalState } from '@/domain/richText'
import { articleText, readingMinutes, wordCount } from '@/domain/readingTime'

/**
 * Words and reading time of what is in the form now (typed, not yet saved included), counted as the
 * website counts its "min read".
 */
export function WordCount() {
  const text = useFormFields(([fields]) => {
    const bodies = Object.keys(fields)
      .filter((path) => /^reasons\.\d+\.body$/.test(path))
      .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
      .map((path) => ({ body: fields[path]?.value as LexicalState }))
    return articleText({
      intro: fields.intro?.value as LexicalState,
      reasons: bodies,
      conclusion: fields.conclusion?.value as LexicalState,
    })
  })
  const words = wordCount(text)
  return (
    <p className="legwork-workflow__count" aria-live="polite">
      {words === 0
        ? 'No text yet'
        : `${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'} · ${readingMinutes(text)} min read`}
    </p>
  )
}
