/**
 * "You may also like": which published articles to suggest under an article, and why.
 *
 * Pinned articles come first, in the editor's order. The rest are ranked by the causes they share
 * with the article, each shared cause weighted by its rarity across the archive (inverse document
 * frequency: a cause cited by three articles says more than one cited by all of them); ties go to
 * articles sharing a cause category, then to the newer. When nothing is shared, the latest fill in.
 */

export type RelatedCandidate = {
  id: string
  publishedAt: string
  causeIds: string[]
  categories: string[]
}

export type RankInput = {
  article: { id: string; causeIds: string[]; categories: string[]; pinnedIds: string[] }
  candidates: RelatedCandidate[]
  /** How many published articles cite each cause (document frequency). */
  causeFrequency: Map<string, number>
  /** Published articles in the archive. */
  totalArticles: number
  causeTitles: Map<string, string>
  categoryLabels: Map<string, string>
  limit: number
}

export type RankedArticle = { id: string; why: string }

/** Rarer causes weigh more; +1 keeps a cause cited everywhere from counting as nothing. */
export function causeWeight(frequency: number, totalArticles: number): number {
  return Math.log((totalArticles + 1) / (frequency + 1)) + 1
}

export function rankRelated(input: RankInput): RankedArticle[] {
  const { article, limit } = input
  const byId = new Map(input.candidates.map((candidate) => [candidate.id, candidate]))
  const chosen: RankedArticle[] = []
  const taken = new Set<string>([article.id])

  for (const id of article.pinnedIds) {
    if (chosen.length >= limit) break
    if (taken.has(id) || !byId.has(id)) continue
    chosen.push({ id, why: 'Recommended by our editors' })
    taken.add(id)
  }

  const ownCauses = new Set(article.causeIds)
  const ownCategories = new Set(article.categories)
  const scored = input.candidates
    .filter((candidate) => !taken.has(candidate.id))
    .map((candidate) => {
      const shared = [...new Set(candidate.causeIds)].filter((id) => ownCauses.has(id))
      const weights = shared.map((id) => ({
        id,
        weight: causeWeight(input.causeFrequency.get(id) ?? 0, input.totalArticles),
      }))
      const sharedCategories = [...new Set(candidate.categories)].filter((category) => ownCategories.has(category))
      return {
        candidate,
        causeScore: weights.reduce((sum, { weight }) => sum + weight, 0),
        rarestShared: weights.sort((a, b) => b.weight - a.weight)[0]?.id,
        sharedCategories,
      }
    })
    .sort(
      (a, b) =>
        b.causeScore - a.causeScore ||
        b.sharedCategories.length - a.sharedCategories.length ||
        b.candidate.publishedAt.localeCompare(a.candidate.publishedAt),
    )

  for (const entry of scored) {
    if (chosen.length >= limit) break
    let why = 'Recently published'
    if (entry.rarestShared) {
      why = `Also about ${(input.causeTitles.get(entry.rarestShared) ?? 'this topic').toLowerCase()}`
    } else if (entry.sharedCategories[0]) {
      why = `More on ${(input.categoryLabels.get(entry.sharedCategories[0]) ?? entry.sharedCategories[0]).toLowerCase()}`
    }
    chosen.push({ id: entry.candidate.id, why })
    taken.add(entry.candidate.id)
  }
  return chosen
}
