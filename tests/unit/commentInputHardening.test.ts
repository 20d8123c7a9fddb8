import fc from 'fast-check'
import { validations } from 'payload'
import { describe, expect, it } from 'vitest'

import { requireDataObject } from '../../collections/Comments/hooks/requireDataObject'
import { formStateFromRefusal, readCommentForm } from '../../src/comments/commentForm'
import { integerRowId } from '../../src/domain/comments/rowId'
import { validateComment } from '../../src/domain/comments/validateComment'

/** Regressions found by fuzzing comment creation (tests/int/commentFuzz*.test.ts). */

const valid = { authorName: 'Rita', authorEmail: 'rita@example.com', authorUrl: 'https://rita.example', body: 'Hi' }
const fieldsAtFault = (input: Record<string, unknown>) => {
  const result = validateComment(input)
  return result.ok ? [] : result.problems.map((problem) => problem.field)
}

describe('text a database would not store as sent', () => {
  it.each([
    ['NUL (PostgreSQL refuses it, SQLite cuts the text there)', 'a\u0000b'],
    ['another control character', 'a\u0007b'],
    ['a C1 control character', 'a\u0085b'],
    ['half of a surrogate pair (stored as U+FFFD)', 'a\ud83cb'],
    ['a lone low surrogate', '\udfffa'],
  ])('refuses %s in any field, naming that field', (_label, odd) => {
    for (const field of ['authorName', 'authorUrl', 'body'] as const) {
      const value = field === 'authorUrl' ? `https://example.com/${odd}` : odd
      expect(fieldsAtFault({ ...valid, [field]: value })).toEqual([field])
    }
    expect(fieldsAtFault({ ...valid, authorEmail: `ri${odd}ta@example.com` })).toEqual(['authorEmail'])
  })

  it('keeps tabs, line breaks, emoji, bidi and zero-width marks', () => {
    const body = 'Line one\tand a tab\r\nLine two \u{1F3C3}\u200d\u2640\ufe0f \u202ereversed\u202c zero\u200bwidth'
    expect(validateComment({ ...valid, body })).toMatchObject({ ok: true, value: { body } })
  })

  it('counts characters, astral ones included, without copying huge text to count it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', '\u{1F3C3}'), { minLength: 4_990, maxLength: 5_010 }), (units) => {
        expect(fieldsAtFault({ ...valid, body: units.join('') })).toEqual(units.length > 5_000 ? ['body'] : [])
      }),
      { numRuns: 100 },
    )
    expect(fieldsAtFault({ ...valid, body: 'x'.repeat(1_000_000), authorName: '\u{1F3C3}'.repeat(81) })).toEqual([
      'authorName',
      'body',
    ])
  })

  it('says a non-text email is not text', () => {
    const result = validateComment({ ...valid, authorEmail: { $ne: '' } })
    expect(!result.ok && result.problems).toEqual([{ field: 'authorEmail', message: 'authorEmail must be text.' }])
  })
})

describe('email addresses', () => {
  // Payload's email field validates again after the hooks, when flood control has already counted
  // the comment: an address accepted here but refused there cost the reader their next attempt.
  const payloadTakes = (email: string) =>
    validations.email(email, { req: { payload: {}, t: (key: string) => key }, required: true } as never) === true
  const emailish = fc.string({
    unit: fc.constantFrom(...'aZ09._+-@!#$%&*/=?^`{|}~ "(),:;<>[\\]é\u0000'.split('')),
    maxLength: 30,
  })

  it('accepts only what Payload’s email field accepts too', () => {
    fc.assert(
      fc.property(fc.oneof(emailish, fc.emailAddress()), (email) => {
        if (fieldsAtFault({ ...valid, authorEmail: email }).length === 0) {
          expect(payloadTakes(email.trim().toLowerCase())).toBe(true)
        }
      }),
      { numRuns: 5_000 },
    )
  })

  it('still accepts ordinary addresses, mixed case and sub-addressing included', () => {
    for (const email of ['rita@example.com', 'Rita.Runner+legs@Example.CO.uk', "o'brien@example.ie", 'x_y@a-b.example'])
      expect(fieldsAtFault({ ...valid, authorEmail: email })).toEqual([])
  })

  it.each(['a@b.c', 'a..b@example.com', '.a@example.com', 'a@-example.com', 'ö@example.com', 'a@exämple.com'])(
    'refuses %s',
    (email) => expect(fieldsAtFault({ ...valid, authorEmail: email })).toEqual(['authorEmail']),
  )
})

describe('ids of the article and the comment replied to', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['012', 12],
    [2_147_483_647, 2_147_483_647],
  ])('reads %j as row %i', (value, id) => expect(integerRowId(value)).toBe(id))

  it.each([
    0,
    -1,
    1.5,
    Number.NaN,
    Infinity,
    1e300,
    2_147_483_648,
    '1.5',
    ' 12',
    '12abc',
    '',
    null,
    true,
    { id: 1 },
    [1],
  ])('refuses %j before it reaches a query', (value) => expect(integerRowId(value)).toBeNull())
})

describe('a request body that is not an object', () => {
  const hook = (operation: string, data: unknown) =>
    requireDataObject({ args: { data }, operation } as never) as unknown as { data: unknown }

  it.each([null, 42, 'text', true, [1, 2]])('reads %j as an empty comment, so the missing fields are named', (data) => {
    expect(hook('create', data).data).toEqual({})
    expect(hook('update', data).data).toEqual({})
  })

  it('leaves objects and other operations alone', () => {
    const data = { body: 'Hi' }
    expect(hook('create', data).data).toBe(data)
    expect(hook('read', null).data).toBeNull()
  })
})

describe('the website form', () => {
  it('passes a file posted in a text field on as it is, so validation names the field', () => {
    const form = new FormData()
    form.append('body', new File(['x'], 'x.txt'))
    form.append('authorName', 'Rita')
    form.append('article', '12')
    const { values, data } = readCommentForm(form)
    expect(values.body).toBe('')
    expect(data.body).toBeInstanceOf(File)
    expect(data.article).toBe(12)
    expect(fieldsAtFault({ ...valid, body: data.body })).toEqual(['body'])
  })

  it('tells problems with the article or the reply in the message, not next to an invisible field', () => {
    const refusal = (errors: Array<{ path: string; message: string }>) => ({ status: 400, data: { errors } })
    const kept = { values: { body: 'Hi' }, formToken: 'token' }
    expect(
      formStateFromRefusal(
        refusal([{ path: 'article', message: 'article: comments are closed on this article.' }]),
        kept,
      ),
    ).toEqual({
      values: { body: 'Hi' },
      errors: {},
      message: 'Comments are closed on this article.',
      formToken: 'token',
    })
    expect(
      formStateFromRefusal(refusal([{ path: 'body', message: 'body: the comment is empty.' }]), kept),
    ).toMatchObject({
      errors: { body: 'The comment is empty.' },
      message: 'Please check the highlighted fields.',
    })
    expect(formStateFromRefusal(new Error('database down'), kept)).toBeNull()
  })
})
