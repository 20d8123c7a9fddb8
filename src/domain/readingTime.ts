import { plainTextOf, type LexicalState } from './richText'

/** Minutes to read `text` at an unhurried 220 words a minute; never less than one. */
export const WORDS_PER_MINUTE = 220

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(wordCount(text) / WORDS_PER_MINUTE))
}

type ArticleBody = {
  intro?: LexicalState
  reasons?: Array<{ body?: LexicalState }> | null
  conclusion?: LexicalState
}

/** The text a reader reads through: intro, each reason's body, conclusion (the website and the admin count alike). */
export function articleText(article: ArticleBody): string {
  return [article.intro, ...(article.reasons ?? []).map((reason) => reason.body), article.conclusion]
    .map((part) => plainTextOf(part))
    .join('\n')
}
