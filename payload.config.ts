import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { depthLimit } from '@graphile/depth-limit'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import type { Config, SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Causes } from './collections/Causes'
import { Comments } from './collections/Comments'
import { DiscussionSettings } from './collections/globals/DiscussionSettings'
import { EditorialSettings } from './collections/globals/EditorialSettings'
import { SiteSettings } from './collections/globals/SiteSettings'
import { Media } from './collections/Media'
import { withRequestRules } from './collections/shared/requestRules'
import { guardDocumentLocks } from './collections/system/lockedDocuments'
import { Users } from './collections/Users'
import { SET_PASSWORD_VIEW } from './collections/Users/invitations/setPasswordLink'
import { MARK_PATH } from './src/admin/branding/mark'
import { MAX_UPLOAD_BYTES } from './src/constants'
import { createDatabaseAdapter } from './src/db/createDatabaseAdapter'
import { keepPoolAlive } from './src/db/keepPoolAlive'
import { useWriteAheadLog } from './src/db/useWriteAheadLog'
import { createEmailAdapter } from './src/email/createEmailAdapter'
import { env } from './src/env'
import { answerUnavailableDatabase } from './src/errors/databaseUnavailable'
import { explainRefusal } from './src/errors/explainRefusal'
import { jobsConfig } from './src/jobs/jobsConfig'
import { articlePreviewUrl } from './src/preview/previewUrl'
import { graphqlCostRule } from './src/security/graphqlCost'
import { accessQueryWithAdminFlag } from './src/server/graphqlAccessQuery'
import { seoTitle, seoDescription } from './src/seo/generateSeo'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Ten selection sets deep at most, four nested lists, and a type may hold itself only twice
 * (article → related articles → their related articles). An ordinary query — articles with their
 * author's avatar sizes and their reasons' sources — needs six.
 */
export const GRAPHQL_LIMITS = { maxDepth: 10, maxListDepth: 4, maxSelfReferentialDepth: 2 } as const
const GRAPHQL_DEPTH_LIMIT = depthLimit({ ...GRAPHQL_LIMITS, revealDetails: true })

type ConfigOptions = {
  databaseUrl: string
  /** Schema push in development; tests of migrations switch it off. */
  push?: boolean
}

export function createConfig({ databaseUrl, push = true }: ConfigOptions): Promise<SanitizedConfig> {
  const config: Config = {
    serverURL: env.SITE_URL,
    // `depth` beyond this is lowered to it, in every API: the website reads at most 2 levels deep.
    maxDepth: 3,
    secret: env.PAYLOAD_SECRET,
    telemetry: false,
    admin: {
      user: Users.slug,
      // Gravatar needs the internet; the newsroom must work without it.
      avatar: 'default',
      // Every admin page says Legwork, in the title, the favicon and link previews; never Payload.
      // (Payload puts a space between a page's title and the suffix.)
      meta: {
        // Payload's generated link-preview image draws `graphics.Icon` from an import map that API
        // routes do not load (500 until an admin page has been rendered), and admin pages are private
        // anyway: no image.
        defaultOGImageType: 'off',
        title: 'Legwork',
        titleSuffix: '· Legwork',
        description: 'The Legwork newsroom: write, review, publish and moderate.',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: MARK_PATH }],
        openGraph: {
          siteName: 'Legwork',
          title: 'Legwork newsroom',
          description: 'The Legwork newsroom: write, review, publish and moderate.',
        },
      },
      livePreview: {
        collections: [Articles.slug],
        url: ({ data }) => articlePreviewUrl(data?.slug as string | undefined),
        breakpoints: [
          { label: 'Phone', name: 'phone', width: 375, height: 812 },
          { label: 'Desktop', name: 'desktop', width: 1280, height: 900 },
        ],
      },
      components: {
        graphics: { Logo: '@/admin/branding/Logo#Logo', Icon: '@/admin/branding/Icon#Icon' },
        views: {
          // Public: where invitations and password resets land (/set-password/<token>; the view checks
          // the token itself). Payload counts a custom view as public only by its literal path prefix,
          // so the path has no `:token` parameter: the view reads the token from the URL's segments.
          setPassword: {
            Component: '@/admin/people/SetPasswordView#SetPasswordView',
            path: SET_PASSWORD_VIEW,
            meta: { title: 'Choose your password' },
          },
          // Signed-in staff; the form is for admins (the view says so to everyone else).
          invite: {
            Component: '@/admin/people/InviteView#InviteView',
            path: '/invite',
            exact: true,
            meta: { title: 'Invite a colleague' },
          },
        },
        beforeDashboard: ['@/admin/dashboard/HomeDashboard#HomeDashboard'],
        afterNavLinks: [
          '@/admin/comments/PendingCommentsNavLink#PendingCommentsNavLink',
          '@/admin/nav/OpenNavOnWideScreens#OpenNavOnWideScreens',
        ],
      },
      importMap: { baseDir: path.resolve(dirname, 'src') },
    },
    collections: [Articles, Causes, Authors, Comments, Media, Users].map(withRequestRules),
    globals: [SiteSettings, DiscussionSettings, EditorialSettings],
    db: createDatabaseAdapter({
      url: databaseUrl,
      push,
      readReplicas: env.DATABASE_READ_REPLICA_URLS,
      poolSize: env.DATABASE_POOL_SIZE,
    }),
    editor: lexicalEditor(),
    email: createEmailAdapter(env),
    graphQL: {
      disablePlaygroundInProduction: true,
      disableIntrospectionInProduction: true,
      // Payload's own rule (1 per field, 10 per relationship, lists not multiplied) always runs;
      // set high, it leaves the decision to graphqlCostRule, which multiplies by what lists hold.
      maxComplexity: 1_000_000,
      // Cost alone lets a narrow query nest relationships endlessly (article → author → avatar →
      // …), so depth is limited too. `revealDetails` names the limit that was hit: it is no secret.
      validationRules: (args) => [GRAPHQL_DEPTH_LIMIT, graphqlCostRule(args.variableValues)],
      queries: accessQueryWithAdminFlag,
    },
    hooks: { afterError: [answerUnavailableDatabase, explainRefusal] },
    logger: { options: { level: env.LOG_LEVEL } },
    onInit: async (payload) => {
      keepPoolAlive(payload)
      await useWriteAheadLog(payload)
    },
    jobs: jobsConfig,
    plugins: [
      seoPlugin({
        collections: [Articles.slug],
        uploadsCollection: Media.slug,
        tabbedUI: true,
        generateTitle: seoTitle,
        generateDescription: seoDescription,
      }),
    ],
    sharp,
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
    csrf: [env.SITE_URL],
  }
  return buildConfig(config).then(guardDocumentLocks)
}

export default createConfig({ databaseUrl: env.DATABASE_URL })
