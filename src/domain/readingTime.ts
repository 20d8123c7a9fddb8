/** Minutes to read `text` at an unhurried 220 words a minute; never less than one. */
export const WORDS_PER_MINUTE = 220

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
