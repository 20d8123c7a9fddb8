import type { CollectionSlug, Payload, PayloadRequest, RequestContext, Where } from 'payload'

import { COLLECTION } from '../constants'
import type { User } from '../payload-types'
import { paragraphsToLexical } from '../domain/richText'
import { ALL_READER_PAGES, revalidatePaths } from '../revalidate/revalidatePaths'
import { MAIN_ARTICLE_SLUG, SEED_ARTICLES, type SeedArticle } from './articles'
import { SEED_CAUSES } from './causes'
import { SEED_COMMENTS } from './comments'
import { drawHeroImage } from './drawHeroImage'
import { BYLINE_BY_WRITER, REVIEWER_SLUG, SEED_AUTHORS, SEED_STAFF } from './people'

export type SeedReporter = {
  start: (total: number) => void
  tick: (label: string) => void
  stop: () => void
}

export const silentReporter: SeedReporter = { start: () => {}, tick: () => {}, stop: () => {} }

export type SeedSummary = { created: number; skipped: number }

/** Seeding must neither rebuild website pages one by one nor email the newsroom. */
const SEED_CONTEXT: RequestContext = { disableRevalidate: true, disableNotifications: true }
const DAY = 24 * 60 * 60 * 1000

// SQL adapters number their rows; the generated types follow the default adapter.
type Id = number

/**
 * Loads the demo newsroom: staff, authors, causes, hero images and articles in every workflow
 * stage. Idempotent: each record is looked up by its natural key (email, slug, file name) and only
 * created when missing, so a second run changes nothing.
 */
export async function runSeed(
  payload: Payload,
  options: {
    password: string
    reporter?: SeedReporter
    /** Rebuild a running site's pages once at the end (default true). */
    revalidate?: boolean
  },
): Promise<SeedSummary> {
  const reporter = options.reporter ?? silentReporter
  const summary: SeedSummary = { created: 0, skipped: 0 }
  const count = (created: boolean) => (created ? summary.created++ : summary.skipped++)
  reporter.start(
    SEED_AUTHORS.length + SEED_STAFF.length + SEED_CAUSES.length + SEED_ARTICLES.length * 2 + SEED_COMMENTS.length,
  )

  /** The record matching `where`, created by `create` when there is none; counted either way. */
  async function ensure<T extends { id: Id }>(
    collection: CollectionSlug,
    where: Where,
    create: () => Promise<T>,
  ): Promise<{ doc: T; isNew: boolean }> {
    // draft: true so an unpublished record is found too (ignored by collections without drafts).
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, draft: true })
    const existing = docs[0] as unknown as T | undefined
    count(!existing)
    return existing ? { doc: existing, isNew: false } : { doc: await create(), isNew: true }
  }

  const authorIds = new Map<string, Id>()
  for (const author of SEED_AUTHORS) {
    const { doc } = await ensure(COLLECTION.authors, { slug: { equals: author.slug } }, () =>
      payload.create({
        collection: COLLECTION.authors,
        context: SEED_CONTEXT,
        data: {
          name: author.name,
          slug: author.slug,
          jobTitle: author.jobTitle,
          bio: paragraphsToLexical(author.bio),
          expertise: author.expertise,
          credentials: author.credentials,
          links: { website: author.website },
        },
      }),
    )
    authorIds.set(author.slug, doc.id)
    reporter.tick(`author ${author.name}`)
  }

  const staff = new Map<string, User>()
  for (const person of SEED_STAFF) {
    const { doc } = await ensure(COLLECTION.users, { email: { equals: person.email } }, () =>
      payload.create({
        collection: COLLECTION.users,
        context: SEED_CONTEXT,
        data: {
          email: person.email,
          password: options.password,
          name: person.name,
          roles: person.roles,
          author: person.authorSlug ? authorIds.get(person.authorSlug) : undefined,
        },
      }),
    )
    staff.set(person.roles[0]!, doc)
    reporter.tick(`account ${person.email}`)
  }

  const causeIds = new Map<string, Id>()
  for (const cause of SEED_CAUSES) {
    const { doc } = await ensure(COLLECTION.causes, { slug: { equals: cause.slug } }, () =>
      payload.create({
        collection: COLLECTION.causes,
        context: SEED_CONTEXT,
        data: {
          title: cause.title,
          slug: cause.slug,
          summary: cause.summary,
          body: paragraphsToLexical(cause.body),
          category: cause.category,
          sources: cause.sources,
          _status: 'published',
        },
      }),
    )
    causeIds.set(cause.slug, doc.id)
    reporter.tick(`cause ${cause.title}`)
  }

  const heroIds = new Map<string, Id>()
  for (const article of SEED_ARTICLES) {
    const filename = `hero-${article.slug}.jpg`
    const alt = `Illustration for “${article.title}”: rolling hills and a path under a bright sky`
    // Looked up by alt text: Payload renames a file whose name is taken, so the name is no key.
    const { doc } = await ensure(COLLECTION.media, { alt: { equals: alt } }, async () => {
      const data = await drawHeroImage(article.slug)
      return payload.create({
        collection: COLLECTION.media,
        context: SEED_CONTEXT,
        data: { alt, credit: 'Legwork illustration' },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
      })
    })
    heroIds.set(article.slug, doc.id)
    reporter.tick(`image ${filename}`)
  }

  const articleIds = new Map<string, Id>()
  const newlyCreated: SeedArticle[] = []
  for (const article of SEED_ARTICLES) {
    const { doc, isNew } = await ensure(COLLECTION.articles, { slug: { equals: article.slug } }, async () => ({
      id: await createArticle(payload, article, { staff, authorIds, causeIds, heroIds }),
    }))
    articleIds.set(article.slug, doc.id)
    if (isNew) newlyCreated.push(article)
    reporter.tick(`article ${article.title}`)
  }

  // Pinned related articles can only point at articles that exist, so they are set last.
  const editor = staff.get('editor')!
  for (const article of newlyCreated.filter((candidate) => candidate.relatedPinned?.length)) {
    await payload.update({
      collection: COLLECTION.articles,
      id: articleIds.get(article.slug)!,
      context: SEED_CONTEXT,
      user: editor,
      data: {
        relatedPinned: article.relatedPinned!.map((slug) => articleIds.get(slug)!).filter(Boolean),
        _status: 'published',
      },
    })
  }

  const commentIds = new Map<string, Id>()
  for (const comment of SEED_COMMENTS) {
    const articleId = articleIds.get(comment.article)!
    const where: Where = { and: [{ article: { equals: articleId } }, { body: { equals: comment.body } }] }
    const { doc } = await ensure(COLLECTION.comments, where, async () => {
      const parent = comment.replyTo ? commentIds.get(comment.replyTo) : undefined
      const parentDepth = parent
        ? ((await payload.findByID({ collection: COLLECTION.comments, id: parent, depth: 0 })).depth ?? 0)
        : -1
      return payload.create({
        collection: COLLECTION.comments,
        // Demo data bypasses screening (it would hold everything) but keeps every field a real one has.
        context: { ...SEED_CONTEXT, skipScreening: true },
        data: {
          article: articleId,
          parent,
          depth: parentDepth + 1,
          authorName: comment.authorName,
          authorEmail: comment.authorEmail,
          authorUrl: comment.authorUrl,
          body: comment.body,
          status: comment.status,
          heldFor: comment.heldFor ?? [],
          byStaff: comment.byStaff ?? false,
          staffMember: comment.byStaff ? editor.id : null,
          createdAt: new Date(Date.now() - comment.minutesAgo * 60_000).toISOString(),
        },
      })
    })
    commentIds.set(comment.key, doc.id)
    reporter.tick(`comment by ${comment.authorName}`)
  }

  reporter.stop()
  // Records were saved without rebuilding pages one by one; if a site is running, rebuild them all once.
  if (summary.created > 0 && options.revalidate !== false) await revalidatePaths(ALL_READER_PAGES, { payload })
  return summary
}

async function createArticle(
  payload: Payload,
  article: SeedArticle,
  refs: { staff: Map<string, User>; authorIds: Map<string, Id>; causeIds: Map<string, Id>; heroIds: Map<string, Id> },
): Promise<Id> {
  const writer = refs.staff.get(article.by)!
  const editor = refs.staff.get('editor')!
  const asUser = (user: User) => ({ user, context: SEED_CONTEXT })

  const data = {
    title: article.title,
    slug: article.slug,
    excerpt: article.excerpt,
    heroImage: refs.heroIds.get(article.slug),
    intro: paragraphsToLexical(article.intro),
    reasons: article.reasons.map((reason) => ({
      cause: refs.causeIds.get(reason.cause)!,
      heading: reason.heading,
      body: paragraphsToLexical(reason.body),
    })),
    conclusion: paragraphsToLexical(article.conclusion),
    author: refs.authorIds.get(BYLINE_BY_WRITER[article.by])!,
    reviewer: article.withReviewer ? refs.authorIds.get(REVIEWER_SLUG) : undefined,
    reviewedAt: article.withReviewer
      ? new Date(Date.now() - ((article.daysAgo ?? 0) + 1) * DAY).toISOString()
      : undefined,
    commentsOpen: true,
    meta: {
      title: `${article.title} · Legwork`,
      description: article.seoDescription,
      image: refs.heroIds.get(article.slug),
    },
  }

  const draft = await payload.create({
    collection: COLLECTION.articles,
    draft: true,
    data: { ...data, _status: 'draft' },
    ...asUser(writer),
  })
  const id = draft.id
  const move = (user: User, workflowAction: 'submit' | 'approve') =>
    payload.update({ collection: COLLECTION.articles, id, draft: true, data: { workflowAction }, ...asUser(user) })

  if (article.state === 'draft') return id
  if (article.by === 'writer') await move(writer, 'submit')
  if (article.state === 'in_review') {
    if (article.by !== 'writer') await move(writer, 'submit')
    return id
  }

  if (article.state === 'scheduled') {
    if (article.by !== 'writer') await move(editor, 'submit')
    await move(editor, 'approve')
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: COLLECTION.articles, value: id },
        user: { relationTo: COLLECTION.users, value: editor.id },
      },
      waitUntil: new Date(Date.now() + 2 * DAY),
      req: { user: { ...editor, collection: COLLECTION.users } } as unknown as PayloadRequest,
    })
    return id
  }

  // Review is required before publishing: an editor's own article is reviewed like any other.
  if (article.by !== 'writer') await move(editor, 'submit')
  await move(editor, 'approve')
  await payload.update({
    collection: COLLECTION.articles,
    id,
    data: { _status: 'published', publishedAt: new Date(Date.now() - (article.daysAgo ?? 0) * DAY).toISOString() },
    ...asUser(editor),
  })
  return id
}

export { MAIN_ARTICLE_SLUG }
