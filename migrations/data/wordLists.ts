/**
 * Data steps of the `site_identity_and_word_lists` migrations (SQLite and PostgreSQL alike): the
 * Discussion settings' word lists move from one row per word (`discussion_settings_texts`, the
 * storage of a `hasMany` text field) to one text per list, one entry per line. Kept here, frozen,
 * rather than importing the application's rules, so the migration does the same thing forever.
 */
export type WordRow = { parent_id: number | string; path: string; text: string | null; order: number | string }
export type WordLists = { id: number | string; moderation_words: string | null; disallowed_words: string | null }

export const WORD_LIST_COLUMNS = { moderationWords: 'moderation_words', disallowedWords: 'disallowed_words' } as const

/** Rows (in any order) → one text per settings row and list; entries in their order, blank ones dropped. */
export function rowsToLists(rows: WordRow[]): WordLists[] {
  const byParent = new Map<string, WordLists>()
  const sorted = [...rows].sort((a, b) => Number(a.order) - Number(b.order))
  for (const row of sorted) {
    const column = WORD_LIST_COLUMNS[row.path as keyof typeof WORD_LIST_COLUMNS]
    const entry = (row.text ?? '').trim()
    if (!column || !entry) continue
    const key = String(row.parent_id)
    const lists = byParent.get(key) ?? { id: row.parent_id, moderation_words: null, disallowed_words: null }
    lists[column] = lists[column] === null ? entry : `${lists[column]}\n${entry}`
    byParent.set(key, lists)
  }
  return [...byParent.values()]
}

/** The way back: one row per line, numbered from 1 as Payload numbers them. */
export function listsToRows(lists: WordLists[]): WordRow[] {
  const rows: WordRow[] = []
  for (const settings of lists) {
    for (const [path, column] of Object.entries(WORD_LIST_COLUMNS)) {
      const entries = (settings[column] ?? '')
        .split(/\r\n|\r|\n/)
        .map((entry) => entry.trim())
        .filter(Boolean)
      entries.forEach((text, index) => rows.push({ parent_id: settings.id, path, text, order: index + 1 }))
    }
  }
  return rows
}
