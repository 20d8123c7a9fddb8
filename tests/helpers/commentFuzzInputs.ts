/**
 * Generators of hostile and ordinary comment submissions for the fuzz tests: odd Unicode, huge and
 * borderline strings, wrong types, nested objects with `__proto__`/`constructor` keys, unknown and
 * server-only fields, bad article and reply ids, bad tokens — mixed with plausible comments, so that
 * a good share is accepted.
 */
import fc from 'fast-check'

import { type FuzzWorld, type Hop, TokenWish } from './commentFuzz'

// ── Text ───────────────────────────────────────────────────────────────────────────────────────

const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code))

/** One unit of odd text: mostly printable graphemes, with every kind of troublemaker mixed in. */
const oddUnit = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: char(0x00, 0x1f) },
  { weight: 1, arbitrary: char(0x7f, 0x9f) },
  // Bidirectional marks, overrides and isolates.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u200e',
      '\u200f',
      '\u061c',
      '\u202a',
      '\u202b',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2069',
    ),
  },
  // Zero-width and invisible formatting.
  { weight: 1, arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f') },
  // Half of a surrogate pair (JSON can carry it; a form cannot).
  { weight: 1, arbitrary: char(0xd800, 0xdfff) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u1680', '\u2028', '\u2029', '\u3000') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u{1F3C3}\u200d\u2640\ufe0f',
      '\u{1F469}\u{1F3FD}\u200d\u{1F680}',
      '\u{1D518}',
      '\u{10FFFF}',
      '\ufffd',
      '\uffff',
      'e\u0301\u0301\u0301',
      '<script>alert(1)</script>',
      '"',
      '\\',
      '%00',
      '${x}',
      '{{x}}',
      "' OR 1=1 --",
    ),
  },
)

export const oddText = fc.string({ unit: oddUnit, maxLength: 40 })

/** A short piece repeated into a string far past every limit: mostly tens of kilobytes, now and then a megabyte. */
export const hugeText = fc
  .tuple(
    fc.string({ unit: oddUnit, minLength: 1, maxLength: 4 }),
    fc.oneof({ weight: 60, arbitrary: fc.integer({ min: 1_500, max: 8_000 }) }, fc.constant(250_000)),
  )
  .map(([piece, times]) => piece.repeat(times))

/** Strings at and just past each limit, counted in characters, not bytes. */
const around = (limit: number) =>
  fc
    .tuple(fc.constantFrom('x', 'é', '\u{1F3C3}', '李'), fc.integer({ min: limit - 1, max: limit + 1 }), fc.boolean())
    .map(([unit, count, padded]) => (padded ? `  ${unit.repeat(count)}\n` : unit.repeat(count)))

// ── Other JSON values ──────────────────────────────────────────────────────────────────────────

/** Builds an object whose keys are all its own, `__proto__` included (as JSON.parse would). */
export function ownObject(pairs: Array<[string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [key, value] of pairs) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return object
}

const trickyKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'id',
    'value',
    'relationTo',
    '$ne',
    '$gt',
    'equals',
    'in',
    'and',
    'or',
  ),
  fc.string({ maxLength: 8 }),
)

const scalar = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(0, -1, 1.5, 1e300, 2 ** 31, 2 ** 53, -0),
  oddText,
)

/** Nested objects and arrays with tricky keys, a few levels deep. */
export const nested: fc.Arbitrary<unknown> = fc.letrec<{ tree: unknown; node: unknown; list: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('node'), tie('list')),
  node: fc.array(fc.tuple(trickyKey, tie('tree')), { maxLength: 4 }).map(ownObject),
  list: fc.array(tie('tree'), { maxLength: 4 }),
})).tree

/** A value of the wrong type for a text field. */
export const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(oddText, { maxLength: 3 }),
  nested,
)

// ── Plausible values ───────────────────────────────────────────────────────────────────────────

const plausibleName = fc.oneof(
  fc.constantFrom('Rita Runner', 'José Ñúñez', '李雷', 'Ørjan Ås', "Siobhán O'Brien", 'محمد', 'Zoë \u{1F3C3}', 'K'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
)
const plausibleEmail = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('rita@example.com', 'Rita.Runner+legs@Example.CO.uk', 'x_y@sub.example.org', ' spaced@example.net '),
)
const plausibleUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('https://example.com', 'http://localhost:3000/blog', ' https://run.example/a?b=c#d ', ''),
)
const plausibleBody = fc.oneof(
  fc.lorem({ maxCount: 40 }),
  fc.constantFrom(
    'Great explanation, thank you!',
    'Line one\nLine two\n\n<b>not bold</b>',
    'See https://a.example and https://b.example for more.',
    'Iron deficiency was my problem too \u{1F3C3}\u200d\u2640\ufe0f',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
)

/** Near misses a person makes, and values a person never would. */
const oddEmail = fc.constantFrom(
  'not-an-email',
  'a@b',
  'a@b.c',
  'a..b@example.com',
  '.a@example.com',
  'a.@example.com',
  'a@-example.com',
  'a@example-.com',
  'a@example..com',
  'ö@exämple.com',
  'rita@example.com\u0000',
  '"quoted"@example.com',
  'a b@example.com',
  'a@b@example.com',
  `${'a'.repeat(64)}@${'b'.repeat(185)}.com`,
  `${'a'.repeat(64)}@${'b'.repeat(186)}.com`,
)
const oddUrl = fc.constantFrom(
  'javascript:alert(1)',
  'ftp://example.com',
  'https://',
  'example.com',
  '//example.com',
  'http:example.com',
  'data:text/html,<b>x</b>',
  'https://exa mple.com',
  'https://example.com/\u0000',
  'https://ex\u202eample.com',
  `https://example.com/${'a'.repeat(1_980)}`,
  `https://example.com/${'a'.repeat(1_981)}`,
)

const FIELD_VALUES = {
  authorName: { plausible: plausibleName, limit: around(80) },
  authorEmail: { plausible: plausibleEmail, limit: oddEmail },
  authorUrl: { plausible: plausibleUrl, limit: oddUrl },
  body: { plausible: plausibleBody, limit: around(5_000) },
} as const

/** Any value for a text field, from plausible to absurd; `undefined` leaves the field out. */
const textFieldValue = (field: keyof typeof FIELD_VALUES) =>
  fc.oneof(
    { weight: 3, arbitrary: FIELD_VALUES[field].plausible },
    { weight: 2, arbitrary: FIELD_VALUES[field].limit },
    { weight: 2, arbitrary: oddText },
    { weight: 1, arbitrary: hugeText },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )

// ── Ids ────────────────────────────────────────────────────────────────────────────────────────

/** Article values: the open articles spelled several ways, shut ones, and ids that name nothing. */
export function articleValue(world: FuzzWorld) {
  const open = fc.constantFrom(...world.openArticles)
  return fc.oneof(
    { weight: 6, arbitrary: open },
    { weight: 1, arbitrary: open.map(String) },
    { weight: 1, arbitrary: open.map((id) => `0${id}`) },
    { weight: 1, arbitrary: open.map((id) => ({ id })) },
    { weight: 1, arbitrary: open.map((id) => [id]) },
    { weight: 2, arbitrary: fc.constantFrom(...world.shutArticles) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 3_000_000_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e300, 2 ** 31, 2 ** 31 - 1, 2 ** 53, 'null', 'none', '') },
    { weight: 1, arbitrary: oddText },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )
}

/** Reply values: each approved comment (at every depth, on either article), pending ones, junk. */
export function parentValue(world: FuzzWorld) {
  const approved = fc.constantFrom(...world.approved.keys())
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: approved },
    { weight: 1, arbitrary: approved.map(String) },
    { weight: 1, arbitrary: approved.map((id) => ({ id })) },
    { weight: 1, arbitrary: fc.constantFrom(...world.pending) },
    { weight: 1, arbitrary: fc.constantFrom(null, '', 'null', 0, -3, 2.5, 1e300, 2 ** 31, false, true) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 ** 31 - 1 }) },
    { weight: 1, arbitrary: oddText },
    { weight: 1, arbitrary: nested },
  )
}

export const tokenValue = fc.oneof(
  { weight: 12, arbitrary: fc.constant(new TokenWish('aged')) },
  { weight: 1, arbitrary: fc.constant(new TokenWish('fresh')) },
  { weight: 1, arbitrary: fc.constant(new TokenWish('forged')) },
  { weight: 1, arbitrary: fc.constant(new TokenWish('expired')) },
  { weight: 1, arbitrary: fc.constant(new TokenWish('reused')) },
  { weight: 1, arbitrary: fc.oneof(oddText, wrongType, fc.constant(undefined)) },
)

/** A reader's form token: mostly one of its own, sometimes one a stored comment already used. */
const readersToken = fc.oneof(
  { weight: 9, arbitrary: fc.constant(new TokenWish('aged')) },
  { weight: 1, arbitrary: fc.constant(new TokenWish('reused')) },
)

const honeypotValue = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('ACME Ltd', '   ', '\u200b') },
  { weight: 1, arbitrary: fc.oneof(oddText, wrongType, fc.constant(undefined)) },
)

/** Fields no client may write, fields nobody has, and prototype keys, with any value. */
const extraPair = fc.tuple(
  fc.oneof(
    fc.constantFrom(
      'status',
      'heldFor',
      'ipHash',
      'userAgent',
      'depth',
      'moderatedBy',
      'moderatedAt',
      'id',
      'createdAt',
      'updatedAt',
      '_status',
      '__proto__',
      'constructor',
      'prototype',
    ),
    fc.string({ maxLength: 12 }),
  ),
  fc.oneof(nested, fc.constantFrom('approved', 'spam', '1999-01-01T00:00:00.000Z', 1, 999_999, ['x'], { id: 1 }, null)),
)

export const hop: fc.Arbitrary<Hop> = fc.record({
  shape: fc.constantFrom<Hop['shape']>('direct', 'direct', 'spoofed', 'real-ip'),
  // What a client may claim to be: flood control must not believe it.
  spoof: fc.oneof(fc.ipV4(), fc.constantFrom('unknown', '127.0.0.1', '::1', '', 'evil.example')),
})

/** User agents as browsers and bots send them: Latin-1 text of any length, or none. */
export const userAgent = fc.option(
  fc.oneof(
    fc.constantFrom('Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', 'curl/8.5.0', ''),
    fc.string({ unit: char(0x20, 0xff), maxLength: 400 }),
  ),
  { nil: null, freq: 4 },
)

// ── Whole submissions ──────────────────────────────────────────────────────────────────────────

export type Entries = Array<[string, unknown]>

/**
 * The fields of one comment: a plausible comment with some of them replaced by odd values and
 * extra keys added; one in `oneUntouchedIn` stays as it was.
 */
export function commentEntries(
  world: FuzzWorld,
  { oneUntouchedIn }: { oneUntouchedIn: number },
): fc.Arbitrary<Entries> {
  const plausible = fc.record({
    article: fc.constantFrom(...world.openArticles),
    authorName: plausibleName,
    authorEmail: plausibleEmail,
    authorUrl: fc.option(plausibleUrl, { nil: undefined }),
    body: plausibleBody,
    formToken: readersToken,
  })
  const replacements = fc.record(
    {
      article: articleValue(world),
      parent: parentValue(world),
      authorName: textFieldValue('authorName'),
      authorEmail: textFieldValue('authorEmail'),
      authorUrl: textFieldValue('authorUrl'),
      body: textFieldValue('body'),
      formToken: tokenValue,
      company: honeypotValue,
    },
    { requiredKeys: [] },
  )
  return fc
    .tuple(
      plausible,
      fc.oneof({ weight: 1, arbitrary: fc.constant({}) }, { weight: oneUntouchedIn - 1, arbitrary: replacements }),
      fc.array(extraPair, { maxLength: 3 }),
    )
    .map(([base, replaced, extras]) => {
      const fields: Record<string, unknown> = { ...base, ...replaced }
      const entries: Entries = Object.entries(fields).filter(([, value]) => value !== undefined)
      return [...entries, ...extras]
    })
}

// ── Website form posts ─────────────────────────────────────────────────────────────────────────

/** A file where the form expects text: what a hand-made multipart post can carry. */
export class FileWish {
  constructor(readonly content: string) {}
  toString() {
    return `<file of ${this.content.length} characters>`
  }
}

const fileValue = fc.string({ maxLength: 20 }).map((content) => new FileWish(content))

/** Any text a form field can carry (forms carry no types: a browser sends text, or a file). */
const formText = (plausible: fc.Arbitrary<string>, limit: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 2, arbitrary: limit },
    { weight: 2, arbitrary: oddText },
    { weight: 1, arbitrary: hugeText },
    { weight: 1, arbitrary: fileValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )

const formSlug = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('why-your-legs-feel-heavy', '7-reasons-runners-cramp') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '..',
      '../../admin',
      '//evil.example',
      'a\r\nLocation: https://evil.example',
      '?x=1',
    ),
  },
  { weight: 1, arbitrary: oddText },
  { weight: 1, arbitrary: fileValue },
)

/**
 * The entries of one website form post: the form as the page renders it, with some values replaced
 * by odd ones, entries repeated or left out, and names the form never has.
 */
export function formEntries(world: FuzzWorld, { oneUntouchedIn }: { oneUntouchedIn: number }): fc.Arbitrary<Entries> {
  const openId = fc.constantFrom(...world.openArticles)
  const approved = fc.constantFrom(...world.approved.keys())
  const plausible = fc.record({
    article: openId.map(String),
    slug: fc.constant('why-your-legs-feel-heavy'),
    parent: fc.constant(''),
    formToken: readersToken,
    body: plausibleBody,
    authorName: plausibleName,
    authorEmail: plausibleEmail,
    authorUrl: fc.oneof(fc.constant(''), plausibleUrl),
    company: fc.constant(''),
  })
  const replacements = fc.record(
    {
      article: fc.oneof(
        { weight: 3, arbitrary: openId.map(String) },
        { weight: 1, arbitrary: openId.map((id) => ` ${id} `) },
        { weight: 1, arbitrary: openId.map((id) => `0x${id.toString(16)}`) },
        { weight: 2, arbitrary: fc.constantFrom(...world.shutArticles).map(String) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('', '0', '-1', '1.5', '1e300', 'NaN', 'Infinity', '2147483648', 'abc'),
        },
        { weight: 1, arbitrary: oddText },
        { weight: 1, arbitrary: fileValue },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
      parent: fc.oneof(
        { weight: 4, arbitrary: fc.constant('') },
        { weight: 3, arbitrary: approved.map(String) },
        { weight: 1, arbitrary: fc.constantFrom(...world.pending).map(String) },
        { weight: 1, arbitrary: fc.constantFrom(' ', '0', 'abc', '1.5', '1e300', '-2', 'null', '2147483648') },
        { weight: 1, arbitrary: oddText },
        { weight: 1, arbitrary: fileValue },
      ),
      slug: formSlug,
      formToken: fc.oneof(
        { weight: 12, arbitrary: tokenValue.filter((value) => value instanceof TokenWish) },
        { weight: 1, arbitrary: fc.oneof(oddText, fileValue, fc.constant(undefined)) },
      ),
      body: formText(plausibleBody, around(5_000)),
      authorName: formText(plausibleName, around(80)),
      authorEmail: formText(plausibleEmail, oddEmail),
      authorUrl: formText(plausibleUrl, oddUrl),
      company: fc.oneof(
        { weight: 8, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom('ACME Ltd', ' ') },
        { weight: 1, arbitrary: fc.oneof(oddText, fileValue, fc.constant(undefined)) },
      ),
    },
    { requiredKeys: [] },
  )
  const extra = fc.tuple(
    fc.constantFrom('__proto__', 'constructor', 'status', 'id', 'createdAt', '$ACTION_ID_0', 'body', 'article', 'x'),
    fc.oneof(oddText, fileValue),
  )
  return fc
    .tuple(
      plausible,
      fc.oneof({ weight: 1, arbitrary: fc.constant({}) }, { weight: oneUntouchedIn - 1, arbitrary: replacements }),
      fc.array(extra, { maxLength: 2 }),
    )
    .map(([base, replaced, extras]) => {
      const fields: Record<string, unknown> = { ...base, ...replaced }
      const entries: Entries = Object.entries(fields).filter(([, value]) => value !== undefined)
      return [...entries, ...extras]
    })
}
