/**
 * Next's own page cache — process memory and the build folder, one instance — with two additions:
 *
 * - It remembers revalidations across restarts. Next records them in memory only, while the pages
 *   stay on disk: a page revalidated (an article unpublished, a comment trashed) and not requested
 *   again before a restart would come back, old, as a fresh page. Each revalidation is appended to
 *   a journal in the server folder, read back when the process starts. `next build` replaces the
 *   folder, and with it every page the journal is about.
 * - It says whether a page is on disk, for the page cache's rule on 404s (./pageCacheHandler.mjs).
 *
 * Plain JavaScript: Next imports it with Node's `import`, unbundled.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
/** Where Next records, per tag, when it was revalidated; its file-system cache reads it for every page. */
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

export const JOURNAL_FILE = 'legwork-revalidations.log'
/**
 * Tags kept by name. Past that, the oldest are folded into the root layout's tag, which every page
 * carries: pages older than the newest folded revalidation are rebuilt once after a restart.
 */
const MAX_JOURNAL_TAGS = 20_000
const EVERY_PAGE_TAG = '_N_T_/layout'
/** A journal appended to past this is compacted (MAX_JOURNAL_TAGS lines take less than half). */
const MAX_JOURNAL_BYTES = 4 * 1024 * 1024
/** Next's response-cache keys end in `/$` and the page's path (getRouteCacheKey). */
const PATH_MARKER = '/$/'
/** Journals read by this process, however many times Next loads this module. */
const RESTORED = Symbol.for('legwork.restoredRevalidations')

/**
 * Where Next keeps a key's page on disk: its own path, written at run time, and for a page the
 * build prerendered, the plain path of that page (Next reads it when the first is absent).
 *
 * @param {string} key
 */
export function diskKeysOf(key) {
  const marker = key.indexOf(PATH_MARKER)
  return marker === -1 ? [key] : [key, key.slice(marker + PATH_MARKER.length - 1)]
}

/**
 * The latest revalidation time of each tag in a journal (`<ms> <tag>` lines), at most
 * MAX_JOURNAL_TAGS of them.
 *
 * @param {string} text
 * @returns {Map<string, number>}
 */
export function readJournal(text) {
  /** @type {Map<string, number>} */
  const times = new Map()
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ')
    const time = Number(line.slice(0, space))
    const tag = line.slice(space + 1)
    if (space > 0 && Number.isFinite(time) && tag) times.set(tag, Math.max(times.get(tag) ?? 0, time))
  }
  if (times.size <= MAX_JOURNAL_TAGS) return times
  const newestFirst = [...times].sort((a, b) => b[1] - a[1])
  const kept = new Map(newestFirst.slice(0, MAX_JOURNAL_TAGS - 1))
  const folded = newestFirst.slice(MAX_JOURNAL_TAGS - 1).reduce((latest, [, time]) => Math.max(latest, time), 0)
  kept.set(EVERY_PAGE_TAG, Math.max(kept.get(EVERY_PAGE_TAG) ?? 0, folded))
  return kept
}

/** @param {Map<string, number>} times */
const journalText = (times) => [...times].map(([tag, time]) => `${time} ${tag}\n`).join('')

/**
 * Rewrites a journal with one line per tag; returns what it holds.
 *
 * @param {string} journal
 */
function compact(journal) {
  let text
  try {
    text = fs.readFileSync(journal, 'utf8')
  } catch {
    return new Map()
  }
  const times = readJournal(text)
  const rewritten = `${journal}.${process.pid}.tmp`
  try {
    fs.writeFileSync(rewritten, journalText(times))
    fs.renameSync(rewritten, journal)
  } catch (error) {
    warnJournal(journal, error)
  }
  return times
}

/**
 * A journal that cannot be written (a read-only build folder) costs only what it protects against:
 * revalidations are then forgotten on restart, as Next forgets them. Pages keep being served.
 *
 * @param {string} journal
 * @param {unknown} error
 */
function warnJournal(journal, error) {
  console.warn(
    `[page cache] Cannot write ${journal} (${error instanceof Error ? error.message : String(error)}): ` +
      'pages revalidated and not requested again before a restart may be served old after it.',
  )
}

/**
 * Puts a journal's revalidations back into Next's record, once per process.
 *
 * @param {string} journal
 */
function restoreOnce(journal) {
  const holder = /** @type {Record<symbol, Set<string> | undefined>} */ (/** @type {unknown} */ (globalThis))
  const restored = (holder[RESTORED] ??= new Set())
  if (restored.has(journal)) return
  restored.add(journal)
  for (const [tag, time] of compact(journal)) {
    const recorded = tagsManifest.get(tag)
    if ((recorded?.expired ?? 0) < time) tagsManifest.set(tag, { ...recorded, expired: time })
  }
}

export class LocalPageCache extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(ctx)
    this.journal = ctx.serverDistDir && ctx.flushToDisk && !ctx.dev ? path.join(ctx.serverDistDir, JOURNAL_FILE) : ''
    if (this.journal) restoreOnce(this.journal)
  }

  /**
   * @param {string | string[]} tags
   * @param {any} durations
   */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    // With durations a tag is only marked stale (served once more while it rebuilds): nothing to keep.
    const list = typeof tags === 'string' ? [tags] : tags
    if (!this.journal || durations || list.length === 0) return
    // Taken after Next's own time: a page written in between is rebuilt once more, never kept stale.
    const now = Date.now()
    try {
      await fs.promises.appendFile(this.journal, list.map((tag) => `${now} ${tag}\n`).join(''))
      if ((await fs.promises.stat(this.journal)).size > MAX_JOURNAL_BYTES) compact(this.journal)
    } catch (error) {
      warnJournal(this.journal, error)
    }
  }

  /** @param {string} key */
  hasPageOnDisk(key) {
    return diskKeysOf(key).some((diskKey) => fs.existsSync(this.getFilePath(`${diskKey}.html`, 'APP_PAGE')))
  }
}
