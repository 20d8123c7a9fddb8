import { describe, expect, it } from 'vitest'

import { causeWeight, rankRelated, type RankInput, type RelatedCandidate } from '../../src/domain/relatedRanking'

const candidate = (
  id: string,
  causeIds: string[],
  publishedAt: string,
  categories: string[] = [],
): RelatedCandidate => ({
  id,
  causeIds,
  publishedAt,
  categories,
})

function input(overrides: Partial<RankInput> = {}): RankInput {
  return {
    article: { id: 'self', causeIds: ['iron', 'hydration'], categories: ['health'], pinnedIds: [] },
    candidates: [],
    causeFrequency: new Map([
      ['iron', 3],
      ['hydration', 90],
    ]),
    totalArticles: 100,
    causeTitles: new Map([
      ['iron', 'Iron deficiency'],
      ['hydration', 'Dehydration'],
    ]),
    categoryLabels: new Map([['health', 'Health']]),
    limit: 3,
    ...overrides,
  }
}

describe('related articles ranking', () => {
  it('weighs a rare cause above a common one', () => {
    expect(causeWeight(3, 100)).toBeGreaterThan(causeWeight(90, 100))
  })

  it('ranks an article sharing a rare cause above one sharing a common cause, even if older', () => {
    const ranked = rankRelated(
      input({
        candidates: [candidate('common', ['hydration'], '2026-11-20'), candidate('rare', ['iron'], '2026-01-01')],
      }),
    )
    expect(ranked.map((entry) => entry.id)).toEqual(['rare', 'common'])
    expect(ranked[0]!.why).toBe('Also about iron deficiency')
  })

  it('puts pinned articles first, in the editor’s order', () => {
    const ranked = rankRelated(
      input({
        article: { id: 'self', causeIds: ['iron'], categories: [], pinnedIds: ['p2', 'p1'] },
        candidates: [
          candidate('rare', ['iron'], '2026-11-01'),
          candidate('p1', [], '2020-01-01'),
          candidate('p2', [], '2020-01-01'),
        ],
      }),
    )
    expect(ranked.map((entry) => entry.id)).toEqual(['p2', 'p1', 'rare'])
    expect(ranked[0]!.why).toBe('Recommended by our editors')
  })

  it('never suggests the article itself, even when pinned or offered as a candidate', () => {
    const ranked = rankRelated(
      input({
        article: { id: 'self', causeIds: ['iron'], categories: [], pinnedIds: ['self'] },
        candidates: [candidate('self', ['iron'], '2026-11-01'), candidate('other', ['iron'], '2026-10-01')],
      }),
    )
    expect(ranked.map((entry) => entry.id)).toEqual(['other'])
  })

  it('ignores a pinned article that is not among the published candidates (a draft)', () => {
    const ranked = rankRelated(
      input({
        article: { id: 'self', causeIds: [], categories: [], pinnedIds: ['draft'] },
        candidates: [candidate('a', [], '2026-01-01')],
      }),
    )
    expect(ranked.map((entry) => entry.id)).toEqual(['a'])
  })

  it('breaks ties by shared category, then by date', () => {
    const ranked = rankRelated(
      input({
        article: { id: 'self', causeIds: [], categories: ['health'], pinnedIds: [] },
        candidates: [
          candidate('new', [], '2026-11-01'),
          candidate('same-category', [], '2025-01-01', ['health']),
          candidate('old', [], '2024-01-01'),
        ],
      }),
    )
    expect(ranked.map((entry) => entry.id)).toEqual(['same-category', 'new', 'old'])
    expect(ranked[0]!.why).toBe('More on health')
    expect(ranked[1]!.why).toBe('Recently published')
  })

  it('falls back to the latest when nothing is shared, and respects the limit', () => {
    const ranked = rankRelated(
      input({
        limit: 2,
        candidates: [
          candidate('a', [], '2026-01-01'),
          candidate('b', [], '2026-03-01'),
          candidate('c', [], '2026-02-01'),
        ],
      }),
    )
    expect(ranked.map((entry) => entry.id)).toEqual(['b', 'c'])
  })
})
