/**
 * What happens to a valid comment: approved, held for a moderator, or marked as spam — always with
 * the reasons, so a moderator sees why ("3 links", "moderation word: casino"). WordPress's discussion
 * settings are the model.
 */

export type ApprovalMode = 'hold_all' | 'approve_returning'

export type ModerationSettings = {
  approvalMode: ApprovalMode
  /** Hold a comment with this many links or more. */
  linkLimit: number
  moderationWords: string[]
  disallowedWords: string[]
  minSecondsToPost: number
}

export type ModerationSignals = {
  body: string
  authorName: string
  authorEmail: string
  authorUrl: string | null
  /** The hidden field a person never sees was filled in. */
  isHoneypotFilled: boolean
  /** Seconds between showing the form and posting it; null when the form token was missing or forged. */
  secondsToPost: number | null
  /** The same email already has an approved comment. */
  hasApprovedComment: boolean
  /**
   * The email is a staff account's. Anyone can type it, so it never makes a returning reader: an
   * impostor would otherwise be published at once under the newsroom's own name.
   */
  usesStaffEmail: boolean
}

export type ModerationResult = { status: 'approved' | 'pending' | 'spam'; reasons: string[] }

export function countLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/gi) ?? []).length
}

/** Whole-word, case-insensitive match of any listed word or phrase. */
function findWord(haystack: string, words: string[]): string | null {
  const lower = haystack.toLowerCase()
  for (const raw of words) {
    const word = raw.trim().toLowerCase()
    if (!word) continue
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(lower)) return word
  }
  return null
}

export function moderateComment(signals: ModerationSignals, settings: ModerationSettings): ModerationResult {
  const searchable = [signals.body, signals.authorName, signals.authorEmail, signals.authorUrl ?? ''].join('\n')

  // Bots are marked as spam without being told.
  const spam: string[] = []
  if (signals.isHoneypotFilled) spam.push('honeypot')
  if (signals.secondsToPost === null) spam.push('form token missing or invalid')
  else if (signals.secondsToPost < settings.minSecondsToPost) {
    spam.push(`posted ${signals.secondsToPost.toFixed(1)} s after the form was shown`)
  }
  const disallowed = findWord(searchable, settings.disallowedWords)
  if (disallowed) spam.push(`disallowed word: ${disallowed}`)
  if (spam.length) return { status: 'spam', reasons: spam }

  const held: string[] = []
  const links = countLinks(signals.body)
  if (settings.linkLimit > 0 && links >= settings.linkLimit) held.push(`${links} link${links === 1 ? '' : 's'}`)
  const moderationWord = findWord(searchable, settings.moderationWords)
  if (moderationWord) held.push(`moderation word: ${moderationWord}`)
  if (held.length) return { status: 'pending', reasons: held }

  if (settings.approvalMode === 'hold_all')
    return { status: 'pending', reasons: ['every comment is held for approval'] }
  if (signals.usesStaffEmail) return { status: 'pending', reasons: ['the email of a staff account'] }
  if (signals.hasApprovedComment) return { status: 'approved', reasons: [] }
  return { status: 'pending', reasons: ['first comment from this address'] }
}
