/**
 * The Discussion settings' word lists, kept as WordPress keeps "Comment Moderation" and "Disallowed
 * Comment Keys": one word or phrase per line of a text box. Whatever was typed (or sent by an older
 * API client as an array), the same rule reads it: lines are trimmed, runs of spaces inside a phrase
 * become one, blank lines are dropped and a repeated entry counts once, whatever its case (the first
 * spelling is kept).
 */
export function wordsOf(list: string | readonly string[] | null | undefined): string[] {
  const lines = (Array.isArray(list) ? list : [list ?? '']).flatMap((entry) => String(entry ?? '').split(/\r\n|\r|\n/))
  const seen = new Set<string>()
  const words: string[] = []
  for (const line of lines) {
    const word = line.replace(/\s+/g, ' ').trim()
    const key = word.toLowerCase()
    if (!word || seen.has(key)) continue
    seen.add(key)
    words.push(word)
  }
  return words
}

/** The stored form: one entry per line, or null for an empty list. */
export function wordListText(list: string | readonly string[] | null | undefined): string | null {
  const words = wordsOf(list)
  return words.length ? words.join('\n') : null
}
