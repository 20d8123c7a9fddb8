import { describe, expect, it } from 'vitest'

import { approvedTextOf, changedParts } from '../../src/domain/approvedText'
import { articleText, readingMinutes, wordCount } from '../../src/domain/readingTime'
import { paragraphsToLexical } from '../../src/domain/richText'

const article = {
  title: '3 reasons your calves cramp',
  excerpt: 'Cramp has causes you can fix.',
  intro: paragraphsToLexical(['Cramp stops a run in its tracks.']),
  reasons: [{ cause: 7, heading: 'Dehydration', body: paragraphsToLexical(['Drink before you are thirsty.']) }],
  conclusion: paragraphsToLexical(['Most cramp is preventable.']),
}

const changed = (edit: Partial<typeof article>) =>
  changedParts(approvedTextOf(article), approvedTextOf({ ...article, ...edit }))

describe('what an approval covers', () => {
  it('names each part whose words changed', () => {
    expect(changed({ title: '4 reasons your calves cramp' })).toEqual(['title'])
    expect(changed({ intro: paragraphsToLexical(['Cramp stops a run in its tracks!']) })).toEqual(['intro'])
    expect(changed({ reasons: [] })).toEqual(['reasons'])
    expect(changed({ reasons: [{ ...article.reasons[0]!, cause: 8 }] })).toEqual(['reasons'])
    expect(changed({ reasons: [{ ...article.reasons[0]!, heading: 'Thirst' }] })).toEqual(['reasons'])
  })

  it('ignores what does not change the reading: spacing, a populated cause, formatting', () => {
    expect(changed({ title: ' 3 reasons  your calves cramp ' })).toEqual([])
    expect(changed({ reasons: [{ ...article.reasons[0]!, cause: { id: 7 } as never }] })).toEqual([])
    const bold = paragraphsToLexical(['Cramp stops a run in its tracks.'])
    ;(bold.root.children[0]!.children[0] as { format: number }).format = 1
    expect(changed({ intro: bold })).toEqual([])
  })

  it('counts a changed link address as a change', () => {
    const withLink = (url: string) => ({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'link', fields: { url }, children: [{ type: 'text', text: 'the study' }] }],
          },
        ],
      },
    })
    expect(
      changedParts(
        approvedTextOf({ ...article, conclusion: withLink('https://a.example/1') }),
        approvedTextOf({ ...article, conclusion: withLink('https://a.example/2') }),
      ),
    ).toEqual(['conclusion'])
  })
})

describe('the article’s words, as the website and the admin count them', () => {
  it('counts the intro, each reason’s body and the conclusion, not the headings', () => {
    const text = articleText(article)
    expect(wordCount(text)).toBe(7 + 5 + 4)
    expect(readingMinutes(text)).toBe(1)
  })
})
