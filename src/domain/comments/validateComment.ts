/**
 * The rules a reader's comment must meet, as a pure function: the API hook and the website form
 * both use it, so they give the same answers. Each problem names its field.
 */

export type CommentInput = {
  authorName?: unknown
  authorEmail?: unknown
  authorUrl?: unknown
  body?: unknown
}

export type CleanComment = { authorName: string; authorEmail: string; authorUrl: string | null; body: string }
export type FieldProblem = { field: keyof CleanComment; message: string }

export const LIMITS = { nameMax: 80, bodyMax: 5_000, emailMax: 254, urlMax: 2_000 } as const

// Real verification is the inbox. The rule is no looser than the one Payload's email field applies
// after the hooks: an address that passed here and failed there would already have used up the
// client's flood-control allowance, so the corrected retry would be refused as a flood.
// Dot-separated atoms before the @; host labels of letters, digits and inner hyphens; a top-level
// domain of two letters or more.
const EMAIL_LOCAL = /^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*$/
const EMAIL_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i

function isEmailAddress(text: string): boolean {
  const at = text.indexOf('@')
  return at > 0 && EMAIL_LOCAL.test(text.slice(0, at)) && EMAIL_HOST.test(text.slice(at + 1))
}

// No person types a control character (tab and line breaks aside) or half of a surrogate pair, and
// neither survives the database: PostgreSQL refuses NUL, SQLite cuts the text at it, and an unpaired
// surrogate is stored as U+FFFD. Refused, so what is stored is what was sent.
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Surrogate}/u

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** More than `max` characters (code points)? Decided from the length alone when it can be: no copying a megabyte to count it. */
const isLongerThan = (text: string, max: number) =>
  text.length > max && (text.length > 2 * max || [...text].length > max)

const unstorable = (field: keyof CleanComment): FieldProblem => ({
  field,
  message: `${field}: remove the invisible control characters or broken symbols.`,
})

export function validateComment(
  input: CommentInput,
): { ok: true; value: CleanComment } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []

  const name = asText(input.authorName)?.trim() ?? ''
  if (typeof input.authorName !== 'string' && input.authorName !== undefined && input.authorName !== null) {
    problems.push({ field: 'authorName', message: 'authorName must be text.' })
  } else if (UNSTORABLE.test(name)) problems.push(unstorable('authorName'))
  else if (!name) problems.push({ field: 'authorName', message: 'authorName: please give your name.' })
  else if (isLongerThan(name, LIMITS.nameMax)) {
    problems.push({ field: 'authorName', message: `authorName: use at most ${LIMITS.nameMax} characters.` })
  }

  const email = asText(input.authorEmail)?.trim() ?? ''
  if (input.authorEmail !== undefined && input.authorEmail !== null && typeof input.authorEmail !== 'string') {
    problems.push({ field: 'authorEmail', message: 'authorEmail must be text.' })
  } else if (!email)
    problems.push({
      field: 'authorEmail',
      message: 'authorEmail: please give your email address (it is never published).',
    })
  else if (email.length > LIMITS.emailMax || !isEmailAddress(email)) {
    problems.push({ field: 'authorEmail', message: 'authorEmail: this does not look like an email address.' })
  }

  const url = asText(input.authorUrl)?.trim() ?? ''
  if (input.authorUrl !== undefined && input.authorUrl !== null && typeof input.authorUrl !== 'string') {
    problems.push({ field: 'authorUrl', message: 'authorUrl must be text.' })
  } else if (UNSTORABLE.test(url)) problems.push(unstorable('authorUrl'))
  else if (url) {
    let isHttp = false
    try {
      const parsed = new URL(url)
      isHttp = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && Boolean(parsed.hostname)
    } catch {
      isHttp = false
    }
    if (!isHttp || url.length > LIMITS.urlMax) {
      problems.push({ field: 'authorUrl', message: 'authorUrl: give a web address starting with http:// or https://.' })
    }
  }

  const body = asText(input.body)?.trim() ?? ''
  if (typeof input.body !== 'string' && input.body !== undefined && input.body !== null) {
    problems.push({ field: 'body', message: 'body must be text.' })
  } else if (UNSTORABLE.test(body)) problems.push(unstorable('body'))
  else if (!body) problems.push({ field: 'body', message: 'body: the comment is empty.' })
  else if (isLongerThan(body, LIMITS.bodyMax)) {
    problems.push({ field: 'body', message: `body: use at most ${LIMITS.bodyMax.toLocaleString('en')} characters.` })
  }

  if (problems.length) return { ok: false, problems }
  return { ok: true, value: { authorName: name, authorEmail: email.toLowerCase(), authorUrl: url || null, body } }
}
