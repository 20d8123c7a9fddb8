import { describe, expect, it } from 'vitest'

import {
  type ArticleForChecks,
  countPromisedByTitle,
  normaliseParagraph,
  runEditorialChecks,
} from '../../src/domain/editorialChecks'
import { withinEdits } from '../../src/domain/nearlyEqual'

let reasonCounter = 0
const reason = (
  heading: string | null,
  paragraphs: string[] = [`A paragraph about reason number ${++reasonCounter} and why it matters.`],
) => ({
  heading,
  causeTitle: heading ?? 'Some cause',
  causeHasSources: true,
  paragraphs,
})

function article(overrides: Partial<ArticleForChecks> = {}): ArticleForChecks {
  return {
    title: '3 reasons your legs feel heavy',
    seoDescription: 'Why your legs feel heavy when you run and what to do about it.',
    hasHeroImage: true,
    heroImageAlt: 'A runner resting on a bench',
    intro: ['Heavy legs are common and usually have a cause you can find.'],
    reasons: [
      reason('Overtraining'),
      reason('Iron deficiency', ['Low iron means less oxygen reaches your muscles.']),
      reason('Dehydration', ['Water loss thickens the blood and tires the legs.']),
    ],
    conclusion: ['Find your cause and fix it.'],
    ...overrides,
  }
}

const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code)

describe('pre-publish checks', () => {
  it('passes a clean article with no errors and no warnings', () => {
    expect(runEditorialChecks(article())).toEqual({ errors: [], warnings: [] })
  })

  describe('count in the title', () => {
    it.each([
      ['8 reasons why you feel your legs heavy', 8],
      ['Eight reasons why your legs feel heavy', 8],
      ['Top 10 stretches after a run', 10],
      ['The 5 best shoes for flat feet', 5],
      ['Why your legs feel heavy', null],
      ['Running in the heat', null],
    ])('reads "%s" as %s', (title, count) => {
      expect(countPromisedByTitle(title)).toBe(count)
    })

    it('refuses a title whose count differs from the reasons, naming both numbers', () => {
      const { errors } = runEditorialChecks(article({ title: '8 reasons your legs feel heavy' }))
      expect(codes(errors)).toEqual(['title-count'])
      expect(errors[0]!.message).toBe('The title promises 8 but the article has 3 reasons.')
    })

    it('accepts a number word that matches', () => {
      expect(runEditorialChecks(article({ title: 'Three reasons your legs feel heavy' })).errors).toEqual([])
    })
  })

  describe('duplicate paragraphs', () => {
    it('refuses a paragraph printed twice, ignoring case, spacing and punctuation', () => {
      const repeated = 'Stretching for ten minutes after a run helps the muscles recover.'
      const { errors } = runEditorialChecks(
        article({
          reasons: [
            reason('Overtraining', [repeated]),
            reason('Iron deficiency'),
            reason('No stretching', ['  stretching for TEN minutes after a run, helps the muscles recover! ']),
          ],
        }),
      )
      expect(codes(errors)).toEqual(['duplicate-paragraph'])
      expect(errors[0]!.message).toContain('in reason 1 and in reason 3')
    })

    it('refuses a repeat with a slip of a letter, as an exact repeat', () => {
      const { errors } = runEditorialChecks(
        article({
          intro: ['Stretching for ten minutes after a run helps the muscles recover.'],
          conclusion: ['Stretching for ten minutes after a run helps the muscels recover'],
        }),
      )
      expect(codes(errors)).toEqual(['duplicate-paragraph'])
      expect(errors[0]!.message).toContain('in the intro and in the conclusion')
    })

    it('lets paragraphs that differ in their numbers or in a word or more stand', () => {
      const { errors } = runEditorialChecks(
        article({
          intro: [
            'In week 1, run three easy sessions of thirty minutes each.',
            'In week 2, run three easy sessions of thirty minutes each.',
            'Stretching for ten minutes after a run helps the muscles recover.',
            'Walking for ten minutes after a run helps the legs wind down.',
          ],
        }),
      )
      expect(errors).toEqual([])
    })

    it('lets short phrases repeat', () => {
      const { errors } = runEditorialChecks(article({ intro: ['Why?', 'Why?'] }))
      expect(errors).toEqual([])
    })

    it('normalises text the same way regardless of punctuation', () => {
      expect(normaliseParagraph('Hello,   World!')).toBe(normaliseParagraph('hello world'))
    })
  })

  it('refuses a reason without a heading, naming its position', () => {
    const { errors } = runEditorialChecks(
      article({ reasons: [reason('Overtraining'), reason('  '), reason('Dehydration')] }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'reason-heading',
        message: 'Reason 2 has no heading.',
        path: 'reasons.1.heading',
      }),
    ])
  })

  it('refuses a hero image without alt text, but not a missing hero image', () => {
    expect(codes(runEditorialChecks(article({ heroImageAlt: '' })).errors)).toEqual(['hero-alt'])
    expect(runEditorialChecks(article({ hasHeroImage: false, heroImageAlt: null })).errors).toEqual([])
  })

  describe('warnings', () => {
    it('warns when a cited cause has no source', () => {
      const noSources = { ...reason('Worn-out shoes'), causeTitle: 'Worn-out shoes', causeHasSources: false }
      const { errors, warnings } = runEditorialChecks(
        article({ reasons: [reason('A'), noSources, reason('C', ['Other text for the third reason here.'])] }),
      )
      expect(errors).toEqual([])
      expect(warnings[0]!.message).toBe('Reason 2 cites "Worn-out shoes", which has no sources yet.')
    })

    it('warns about a missing or overlong SEO description', () => {
      expect(codes(runEditorialChecks(article({ seoDescription: '' })).warnings)).toEqual(['seo-description'])
      const long = runEditorialChecks(article({ seoDescription: 'x'.repeat(161) })).warnings
      expect(long[0]!.message).toContain('161 characters')
    })

    it('warns about a title over 70 characters', () => {
      const title = `3 reasons ${'very '.repeat(14)}heavy legs`
      expect(codes(runEditorialChecks(article({ title })).warnings)).toContain('title-length')
    })

    it('warns about a sentence over 40 words', () => {
      const sentence = `${Array.from({ length: 45 }, (_, index) => `word${index}`).join(' ')}.`
      const { warnings } = runEditorialChecks(article({ conclusion: [sentence] }))
      expect(warnings).toEqual([expect.objectContaining({ code: 'long-sentence' })])
      expect(warnings[0]!.message).toContain('45 words')
    })

    it.each([
      ['I gained 5 catty over the winter.', true],
      ['I gained 5 jin over the winter.', true],
      ['She lost 2 stone before the marathon.', true],
      ['He weighs 12 stone (76 kg) now.', false],
      ['A 5 mile run, about 8 km, is plenty.', false],
      ['Drink 500 ml of water.', false],
    ])('warns about non-metric units with no metric nearby: "%s" → %s', (text, warns) => {
      const { warnings } = runEditorialChecks(article({ intro: [text] }))
      expect(codes(warnings).includes('unit-without-metric')).toBe(warns)
    })
  })

  it('never lets a warning block: warnings are separate from errors', () => {
    const { errors, warnings } = runEditorialChecks(article({ seoDescription: null, title: `3 ${'x'.repeat(80)}` }))
    expect(errors).toEqual([])
    expect(warnings.length).toBeGreaterThan(0)
  })
})

describe('edit distance within a bound', () => {
  it('counts insertions, deletions and substitutions up to the bound', () => {
    expect(withinEdits('muscles', 'muscels', 2)).toBe(true)
    expect(withinEdits('muscles', 'muscle', 1)).toBe(true)
    expect(withinEdits('recover', 'recovery time', 2)).toBe(false)
    expect(withinEdits('abcdef', 'fedcba', 3)).toBe(false)
    expect(withinEdits('', 'ab', 2)).toBe(true)
  })
})
