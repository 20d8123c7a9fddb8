/**
 * Pre-publish checks. Errors refuse a publish; warnings are shown to the editor and never block.
 * Pure functions over a plain description of the article, so the same rules run in hooks, in the
 * admin and in unit tests.
 */
import { withinEdits } from './nearlyEqual'

export type ArticleForChecks = {
  title: string
  seoDescription?: string | null
  /** undefined: no hero image chosen; otherwise the image's alt text (possibly empty). */
  heroImageAlt?: string | null
  hasHeroImage: boolean
  intro: string[]
  reasons: Array<{
    heading?: string | null
    causeTitle?: string | null
    causeHasSources: boolean
    paragraphs: string[]
  }>
  conclusion: string[]
}

export type CheckProblem = {
  level: 'error' | 'warning'
  code:
    | 'title-count'
    | 'duplicate-paragraph'
    | 'reason-heading'
    | 'hero-alt'
    | 'cause-sources'
    | 'seo-description'
    | 'title-length'
    | 'long-sentence'
    | 'unit-without-metric'
  message: string
  /** Field path in the admin form, where there is one. */
  path?: string
}

export const LIMITS = {
  titleLength: 70,
  seoDescriptionLength: 160,
  sentenceWords: 40,
  /** Paragraphs shorter than this may repeat ("Why?"); longer ones are copy-paste slips. */
  duplicateMinWords: 6,
} as const

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
}

/** The count a title promises at its start: "8 reasons…", "Eight signs…", "Top 10…", "The 5 best…". */
export function countPromisedByTitle(title: string): number | null {
  const match = /^\s*(?:the\s+)?(?:top\s+)?(\d{1,3}|[a-z]+)\b/i.exec(title)
  if (!match?.[1]) return null
  const token = match[1].toLowerCase()
  if (/^\d+$/.test(token)) return Number(token)
  return NUMBER_WORDS[token] ?? null
}

/** Case, whitespace and punctuation do not make a paragraph different. */
export function normaliseParagraph(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

type Located = { text: string; where: string; path: string }

function locatedParagraphs(article: ArticleForChecks): Located[] {
  return [
    ...article.intro.map((text) => ({ text, where: 'the intro', path: 'intro' })),
    ...article.reasons.flatMap((reason, index) =>
      reason.paragraphs.map((text) => ({ text, where: `reason ${index + 1}`, path: `reasons.${index}.body` })),
    ),
    ...article.conclusion.map((text) => ({ text, where: 'the conclusion', path: 'conclusion' })),
  ]
}

const preview = (text: string, words = 8) => {
  const all = text.split(/\s+/)
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : text
}

function checkTitleCount(article: ArticleForChecks): CheckProblem[] {
  const promised = countPromisedByTitle(article.title)
  if (promised === null || promised === article.reasons.length) return []
  return [
    {
      level: 'error',
      code: 'title-count',
      path: 'title',
      message: `The title promises ${promised} but the article has ${article.reasons.length} reason${
        article.reasons.length === 1 ? '' : 's'
      }.`,
    },
  ]
}

/** Typos allowed between two copies of one paragraph: about one letter in thirty, at least two. */
const slipsAllowed = (text: string) => Math.min(8, Math.max(2, Math.floor(text.length / 30)))
const digitsOf = (text: string) => text.replace(/\D+/g, ' ').trim()

/**
 * The paragraph seen before that this one repeats: the same words once case, spacing and
 * punctuation are set aside, or the same but for a slip of a letter or two. Paragraphs whose
 * numbers differ ("week 1…", "week 2…") are never repeats.
 */
function repeatOf(key: string, seen: Map<string, Located>): Located | undefined {
  const exact = seen.get(key)
  if (exact) return exact
  for (const [other, paragraph] of seen) {
    if (digitsOf(other) === digitsOf(key) && withinEdits(other, key, slipsAllowed(key))) return paragraph
  }
  return undefined
}

function checkDuplicateParagraphs(article: ArticleForChecks): CheckProblem[] {
  const seen = new Map<string, Located>()
  const problems: CheckProblem[] = []
  for (const paragraph of locatedParagraphs(article)) {
    if (wordCount(paragraph.text) < LIMITS.duplicateMinWords) continue
    const key = normaliseParagraph(paragraph.text)
    const first = repeatOf(key, seen)
    if (!first) {
      seen.set(key, paragraph)
      continue
    }
    const places =
      first.where === paragraph.where ? `twice in ${first.where}` : `in ${first.where} and in ${paragraph.where}`
    problems.push({
      level: 'error',
      code: 'duplicate-paragraph',
      path: paragraph.path,
      message: `A paragraph appears ${places}: "${preview(paragraph.text)}"`,
    })
  }
  return problems
}

function checkReasonHeadings(article: ArticleForChecks): CheckProblem[] {
  return article.reasons.flatMap((reason, index) =>
    reason.heading?.trim()
      ? []
      : [
          {
            level: 'error' as const,
            code: 'reason-heading' as const,
            path: `reasons.${index}.heading`,
            message: `Reason ${index + 1} has no heading.`,
          },
        ],
  )
}

function checkHeroAlt(article: ArticleForChecks): CheckProblem[] {
  if (!article.hasHeroImage || article.heroImageAlt?.trim()) return []
  return [{ level: 'error', code: 'hero-alt', path: 'heroImage', message: 'The hero image has no alt text.' }]
}

function checkCauseSources(article: ArticleForChecks): CheckProblem[] {
  return article.reasons.flatMap((reason, index) =>
    reason.causeTitle && !reason.causeHasSources
      ? [
          {
            level: 'warning' as const,
            code: 'cause-sources' as const,
            path: `reasons.${index}.cause`,
            message: `Reason ${index + 1} cites "${reason.causeTitle}", which has no sources yet.`,
          },
        ]
      : [],
  )
}

function checkSeoDescription(article: ArticleForChecks): CheckProblem[] {
  const description = article.seoDescription?.trim() ?? ''
  if (!description) {
    return [
      {
        level: 'warning',
        code: 'seo-description',
        path: 'meta.description',
        message: 'The SEO description is missing.',
      },
    ]
  }
  if (description.length > LIMITS.seoDescriptionLength) {
    return [
      {
        level: 'warning',
        code: 'seo-description',
        path: 'meta.description',
        message: `The SEO description has ${description.length} characters; search engines cut it after ${LIMITS.seoDescriptionLength}.`,
      },
    ]
  }
  return []
}

function checkTitleLength(article: ArticleForChecks): CheckProblem[] {
  const length = article.title.trim().length
  if (length <= LIMITS.titleLength) return []
  return [
    {
      level: 'warning',
      code: 'title-length',
      path: 'title',
      message: `The title has ${length} characters; keep it within ${LIMITS.titleLength} so search results show it whole.`,
    },
  ]
}

function checkLongSentences(article: ArticleForChecks): CheckProblem[] {
  const problems: CheckProblem[] = []
  for (const paragraph of locatedParagraphs(article)) {
    for (const sentence of sentencesOf(paragraph.text)) {
      const words = wordCount(sentence)
      if (words > LIMITS.sentenceWords) {
        problems.push({
          level: 'warning',
          code: 'long-sentence',
          path: paragraph.path,
          message: `A sentence in ${paragraph.where} has ${words} words: "${preview(sentence)}"`,
        })
      }
    }
  }
  return problems
}

/** Units readers of an English, metric publication would have to convert. */
const NON_METRIC_UNITS: Array<{ name: string; pattern: RegExp }> = [
  { name: 'catty (jin)', pattern: /\b\d[\d.,]*\s*(?:catt(?:y|ies)|jin|jīn)\b|斤/giu },
  { name: 'stone', pattern: /\b\d[\d.,]*\s*(?:stones?|st)\b/gi },
  { name: 'pounds', pattern: /\b\d[\d.,]*\s*(?:pounds?|lbs?)\b/gi },
  { name: 'ounces', pattern: /\b\d[\d.,]*\s*(?:ounces?|oz)\b/gi },
  { name: 'miles', pattern: /\b\d[\d.,]*\s*(?:miles?|mi)\b/gi },
  { name: 'yards', pattern: /\b\d[\d.,]*\s*(?:yards?|yd)\b/gi },
  { name: 'feet or inches', pattern: /\b\d[\d.,]*\s*(?:feet|foot|ft|inch(?:es)?|in\.)(?=\s|$|[,.;])/gi },
  { name: 'gallons', pattern: /\b\d[\d.,]*\s*(?:gallons?|gal)\b/gi },
  { name: 'Fahrenheit', pattern: /\b\d[\d.,]*\s*(?:°\s*F|degrees? Fahrenheit)\b/gi },
]

const METRIC_NEARBY =
  /\b\d[\d.,]*\s*(?:kg|g|kilo(?:gram)?s?|grams?|km|kilomet(?:re|er)s?|m|met(?:re|er)s?|cm|mm|l|litres?|liters?|ml|millilit(?:re|er)s?)\b|°\s*C\b|\bdegrees? Celsius\b/i

/** How far (in characters) a metric figure may be from the unit to count as its equivalent. */
const NEARBY_CHARS = 60

function checkUnits(article: ArticleForChecks): CheckProblem[] {
  const problems: CheckProblem[] = []
  const allParagraphs: Located[] = [
    { text: article.title, where: 'the title', path: 'title' },
    ...locatedParagraphs(article),
  ]
  for (const paragraph of allParagraphs) {
    for (const unit of NON_METRIC_UNITS) {
      for (const match of paragraph.text.matchAll(unit.pattern)) {
        const start = Math.max(0, (match.index ?? 0) - NEARBY_CHARS)
        const end = Math.min(paragraph.text.length, (match.index ?? 0) + match[0].length + NEARBY_CHARS)
        if (METRIC_NEARBY.test(paragraph.text.slice(start, end))) continue
        problems.push({
          level: 'warning',
          code: 'unit-without-metric',
          path: paragraph.path,
          message: `"${match[0].trim()}" in ${paragraph.where} is in ${unit.name} with no metric equivalent nearby.`,
        })
      }
    }
  }
  return problems
}

export function runEditorialChecks(article: ArticleForChecks): { errors: CheckProblem[]; warnings: CheckProblem[] } {
  const problems = [
    ...checkTitleCount(article),
    ...checkDuplicateParagraphs(article),
    ...checkReasonHeadings(article),
    ...checkHeroAlt(article),
    ...checkCauseSources(article),
    ...checkSeoDescription(article),
    ...checkTitleLength(article),
    ...checkLongSentences(article),
    ...checkUnits(article),
  ]
  return {
    errors: problems.filter((problem) => problem.level === 'error'),
    warnings: problems.filter((problem) => problem.level === 'warning'),
  }
}
