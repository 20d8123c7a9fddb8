/**
 * The expected access of every operation on every collection and global, as data: target →
 * operation → variant (which document, field or endpoint) → the actors for whom it succeeds. Every
 * actor left out must fail. `accessSweep.test.ts` tries each cell through every door that reaches
 * the operation (REST by id and in bulk, GraphQL) and judges it by its effect: a read succeeds when
 * the document's marker is in the response, a write when the database shows the change.
 *
 * Roles come from ARCHITECTURE.md ("Roles"). Payload's own collections keep Payload's defaults,
 * which the rows below spell out so that a change to them is seen.
 */

/**
 * The weakest first: writes are tried in this order, so a change that a stronger role is allowed to
 * make (unpublishing, say) never prepares the ground for a weaker one.
 */
export const ACTORS = ['anonymous', 'writer', 'moderator', 'editor', 'admin'] as const
export type Actor = (typeof ACTORS)[number]

const ALL: readonly Actor[] = ACTORS
const STAFF: readonly Actor[] = ['admin', 'editor', 'writer', 'moderator']
const CREATORS: readonly Actor[] = ['admin', 'editor', 'writer']
const EDITORS: readonly Actor[] = ['admin', 'editor']
const MODERATION: readonly Actor[] = ['admin', 'editor', 'moderator']
const ADMINS: readonly Actor[] = ['admin']
const NOBODY: readonly Actor[] = []

/**
 * - read: find, findByID and count (and their `draft` forms where drafts exist), REST and GraphQL;
 *   a variant names a document, or a private field of a document that is otherwise readable.
 * - queryByField: `where` on a private field, which must not answer more than reading it would.
 * - readVersions: versions list and version by id; restoreVersion: restore an older version.
 * - create / update / delete / duplicate: REST (by id and bulk with `where`) and GraphQL; an update
 *   saves the document itself (its main row), `saveDraft` saves a new draft of it.
 * - docAccess: the per-document permissions Payload reports (`update` permission), which must agree
 *   with what `update` really allows, since the admin decides what to offer from it.
 * - publish: saving with `_status: 'published'`.
 * - writeField: writing a field that only the server or some roles may write.
 * - endpoint: custom and auth endpoints, keyed by method and path as in the config.
 */
export type Operation =
  | 'read'
  | 'queryByField'
  | 'readVersions'
  | 'create'
  | 'update'
  | 'saveDraft'
  | 'delete'
  | 'duplicate'
  | 'restoreVersion'
  | 'docAccess'
  | 'publish'
  | 'writeField'
  | 'endpoint'

export type TargetRows = Partial<Record<Operation, Record<string, readonly Actor[]>>>

/** Every collection and global of the config, plus `api` for the endpoints at the API's root (plugins' included). */
export const MATRIX: Record<string, TargetRows> = {
  articles: {
    read: {
      published: ALL,
      'workflow history of published': STAFF,
      "the writer's draft": STAFF,
      "another writer's draft": STAFF,
      // A newer draft of a published article: readers keep seeing the published text, even with ?draft=true.
      "the writer's revision of a published article": STAFF,
    },
    queryByField: { 'workflow history of published': STAFF },
    readVersions: { "the writer's draft": STAFF, published: STAFF },
    // Published on creation: only an admin skipping review, with a note.
    create: { draft: CREATORS, published: ADMINS },
    update: {
      "the writer's draft": CREATORS,
      "another writer's draft": EDITORS,
      "the writer's article in review": EDITORS,
      // A change to live text goes through review: saved as the main row, it is refused for everyone.
      "the writer's published article": NOBODY,
      // The writer may revise it, but only as a draft: saving it would change or unpublish what is live.
      "the writer's published article, sent back for changes": EDITORS,
    },
    saveDraft: {
      "the writer's draft": CREATORS,
      "another writer's draft": EDITORS,
      "the writer's published article, sent back for changes": CREATORS,
    },
    delete: { draft: EDITORS },
    // The copy is a draft of the one who made it; writers may start articles.
    duplicate: { published: CREATORS },
    restoreVersion: {
      "the writer's draft": CREATORS,
      "the writer's published article": EDITORS,
      "the writer's published article, sent back for changes": EDITORS,
    },
    docAccess: {
      "the writer's draft": CREATORS,
      "another writer's draft": EDITORS,
      "the writer's article in review": EDITORS,
    },
    // Only approved text goes live (the editorial setting's default).
    publish: { "the writer's draft": NOBODY, "the writer's approved article": EDITORS },
    // Stage, history and creator are written by hooks only, whoever asks.
    writeField: {
      'stage on update': NOBODY,
      'stage on create': NOBODY,
      'history on update': NOBODY,
      'createdBy on update': NOBODY,
      'createdBy on create': NOBODY,
    },
    endpoint: { 'GET /:id/checks': STAFF },
  },
  causes: {
    read: { published: ALL, draft: STAFF },
    readVersions: { draft: STAFF, published: STAFF },
    create: { draft: EDITORS, published: EDITORS },
    update: { published: EDITORS, draft: EDITORS },
    saveDraft: { published: EDITORS },
    delete: { published: EDITORS },
    duplicate: { published: EDITORS },
    restoreVersion: { draft: EDITORS },
    docAccess: { published: EDITORS },
  },
  authors: {
    read: { profile: ALL },
    // Versions are off: the endpoints exist but must give nothing away.
    readVersions: { profile: NOBODY },
    create: { profile: EDITORS },
    update: { "the writer's own profile": CREATORS, "someone else's profile": EDITORS },
    delete: { profile: EDITORS },
    duplicate: { profile: EDITORS },
    restoreVersion: { profile: NOBODY },
    docAccess: { "the writer's own profile": CREATORS, "someone else's profile": EDITORS },
  },
  comments: {
    read: {
      approved: ALL,
      pending: MODERATION,
      "pending on the writer's article": [...MODERATION, 'writer'],
      'email of approved': MODERATION,
      'ip hash of approved': MODERATION,
      'user agent of approved': MODERATION,
      'why held of approved': MODERATION,
      'moderation time of approved': MODERATION,
    },
    queryByField: { 'email of approved': MODERATION, 'ip hash of approved': MODERATION },
    readVersions: { approved: NOBODY },
    // Anyone may comment; what is stored is screened (writeField below).
    create: { comment: ALL },
    // Payload's bulk PATCH and DELETE with `where` are off for comments (disableBulkEdit,
    // disableBulkDelete): the admin moderates one comment per request, with Undo.
    update: { pending: MODERATION, 'pending, in bulk': NOBODY },
    // Only from the trash: nobody deletes an approved or pending comment directly.
    delete: { pending: NOBODY, trashed: MODERATION, 'trashed, in bulk': NOBODY },
    // Off: a copy kept the original's private email under the copier's text (collections/Comments).
    duplicate: { approved: NOBODY },
    restoreVersion: { approved: NOBODY },
    docAccess: { pending: MODERATION },
    writeField: {
      'status on update (moderation)': MODERATION,
      'body on update': NOBODY,
      'email on update': NOBODY,
      'moderatedBy on update': NOBODY,
      'status on create': NOBODY,
      'ip hash on create': NOBODY,
      // The "Staff" badge: what moderators, editors and admins write is the newsroom's, by rule;
      // nobody else gets it by asking, and nobody names another staff member as the writer.
      'byStaff on create': MODERATION,
      'staffMember on create': NOBODY,
      'byStaff on update': NOBODY,
      'previousStatus on update': NOBODY,
    },
    endpoint: { 'GET /form-token': ALL },
  },
  media: {
    read: { image: ALL },
    readVersions: { image: NOBODY },
    create: { image: CREATORS },
    // A writer changes only their own uploads that no published article shows (alt text and file
    // of a live image are live content); editors review, so they change any.
    update: {
      image: EDITORS,
      "the writer's unused image": CREATORS,
      "the writer's image on a published article": EDITORS,
    },
    delete: { image: EDITORS },
    duplicate: { image: CREATORS },
    restoreVersion: { image: NOBODY },
    docAccess: {
      image: EDITORS,
      "the writer's unused image": CREATORS,
      "the writer's image on a published article": EDITORS,
    },
    endpoint: {
      'GET /file/:filename': ALL,
      // Pasting from a URL is off: no one may make the server fetch an address.
      'GET /paste-url/:id?': NOBODY,
    },
  },
  users: {
    read: {
      // For anonymous, "own" is the writer's account, which it may not read either.
      'own account': STAFF,
      'another account': EDITORS,
      // Sessions are readable by their owner only, whatever the role.
      'sessions of another account': NOBODY,
    },
    readVersions: { 'another account': NOBODY },
    create: { account: ADMINS },
    update: { 'own account': STAFF, 'another account': ADMINS },
    delete: { 'another account': ADMINS },
    restoreVersion: { 'another account': NOBODY },
    docAccess: { 'own account': STAFF, 'another account': ADMINS },
    writeField: {
      'roles of own account': ADMINS,
      'author profile of own account': ADMINS,
      // When an invitation was sent and used: the server writes these, nobody else.
      'invitation dates of own account': NOBODY,
    },
    endpoint: {
      'GET /me': STAFF,
      'POST /refresh-token': STAFF,
      'POST /logout': STAFF,
      'POST /unlock': ADMINS,
      // Whether anyone has registered yet: public, the admin's first screen needs it.
      'GET /init': ALL,
      'POST /first-register': NOBODY,
      // Anyone may ask; the token goes to the account's mailbox only.
      'POST /forgot-password': ALL,
      // Adding people is for admins, as creating accounts is.
      'POST /invite': ADMINS,
      'POST /:id/invite': ADMINS,
    },
  },
  'payload-kv': {
    read: { entry: NOBODY },
    readVersions: { entry: NOBODY },
    create: { entry: NOBODY },
    update: { entry: NOBODY },
    delete: { entry: NOBODY },
    duplicate: { entry: NOBODY },
    restoreVersion: { entry: NOBODY },
    docAccess: { entry: NOBODY },
  },
  // Jobs carry the user they run as: nobody writes them through the API (scheduling goes through
  // the admin's drawer, which queues with the Local API); editors may run the queue.
  'payload-jobs': {
    read: { 'queued job': NOBODY },
    readVersions: { 'queued job': NOBODY },
    create: { job: NOBODY },
    update: { 'queued job': NOBODY },
    delete: { 'queued job': NOBODY },
    duplicate: { 'queued job': NOBODY },
    restoreVersion: { 'queued job': NOBODY },
    docAccess: { 'queued job': NOBODY },
    endpoint: { 'GET /run': EDITORS, 'GET /handle-schedules': EDITORS },
  },
  // The server takes a lock for whoever opens a document (collections/system/lockedDocuments.ts);
  // through the API every signed-in user sees locks, releases them and takes one over for themselves,
  // and nobody creates one, moves one to another document or hands one to someone else.
  'payload-locked-documents': {
    read: { "the editor's lock": STAFF },
    readVersions: { "the editor's lock": NOBODY },
    create: { lock: NOBODY },
    update: { "the editor's lock": NOBODY },
    delete: { "the editor's lock": STAFF },
    duplicate: { "the editor's lock": NOBODY },
    restoreVersion: { "the editor's lock": NOBODY },
    // Whether one may take over depends on what one sends: no permission without it.
    docAccess: { "the editor's lock": NOBODY },
    writeField: {
      "user of the editor's lock, to oneself": STAFF,
      "user of the editor's lock, to another": NOBODY,
      'user on create, another': NOBODY,
    },
  },
  'payload-preferences': {
    read: { 'own preference': STAFF, "the bootstrap admin's preference": NOBODY },
    readVersions: { 'own preference': NOBODY },
    create: { 'own preference': STAFF },
    update: { 'own preference': STAFF, "the bootstrap admin's preference": NOBODY },
    delete: { 'own preference': STAFF, "the bootstrap admin's preference": NOBODY },
    duplicate: { 'own preference': STAFF },
    restoreVersion: { 'own preference': NOBODY },
    docAccess: { 'own preference': STAFF, "the bootstrap admin's preference": NOBODY },
    // Keyed by the signed-in user: these only ever reach one's own preferences.
    endpoint: { 'GET /:key': STAFF, 'POST /:key': STAFF, 'DELETE /:key': STAFF },
  },
  // `endpoints: false` and no GraphQL: the standard REST routes must find nothing to serve.
  'payload-migrations': {
    read: { migration: NOBODY },
    create: { migration: NOBODY },
    update: { migration: NOBODY },
    delete: { migration: NOBODY },
  },
  'site-settings': {
    read: { settings: ALL },
    readVersions: { settings: NOBODY },
    update: { settings: EDITORS },
    restoreVersion: { settings: NOBODY },
    docAccess: { settings: EDITORS },
  },
  'editorial-settings': {
    // Whether publishing needs approval: staff see it (the admin decides what to offer), admins set it.
    read: { settings: STAFF },
    readVersions: { settings: NOBODY },
    update: { settings: ADMINS },
    restoreVersion: { settings: NOBODY },
    docAccess: { settings: ADMINS },
  },
  'discussion-settings': {
    read: {
      // What the website needs to show comments: thread depth, page size, closing age.
      settings: ALL,
      // A spammer who could read these would write around them.
      'moderation words': MODERATION,
      'disallowed words': MODERATION,
      'anti-spam limits': MODERATION,
    },
    readVersions: { settings: NOBODY },
    update: { settings: EDITORS },
    restoreVersion: { settings: NOBODY },
    docAccess: { settings: EDITORS },
  },
  api: {
    endpoint: {
      // Everyone may ask what they may do; the answer is about themselves.
      'GET /access': ALL,
      // Payload's Open Graph image for admin pages (added by @payloadcms/next): switched off
      // (`admin.meta.defaultOGImageType`), it answers 400 to everyone.
      'GET /og': NOBODY,
      // The SEO tab's "Auto-generate" buttons, for an article the caller may read: staff only.
      'POST /plugin-seo/generate-title': STAFF,
      'POST /plugin-seo/generate-description': STAFF,
      'POST /plugin-seo/generate-url': STAFF,
      'POST /plugin-seo/generate-image': STAFF,
    },
  },
}

/**
 * GraphQL operations the sweep calls (so that they are covered and their answers searched for
 * leaks) but cannot judge, with the reason.
 */
export const UNJUDGED: Record<string, string> = {
  'GraphQL docAccess':
    'Payload 3.90.1 resolves permissions as booleans where its GraphQL schema expects { permission }: every such query errors, for everyone; REST POST /access is judged instead',
  'GraphQL Access': 'the same defect as docAccess; REST GET /access is judged instead',
}

/** Endpoints and GraphQL operations the sweep leaves to other tests, with the reason. */
export const NOT_SWEPT: Record<string, string> = {
  'users POST /login': 'authentication, not authorisation: tests/int/auth.test.ts (lockout included)',
  'users POST /reset-password': 'needs the token mailed by forgot-password; only its holder gets one',
  'users POST /verify/:id': 'email verification is off for staff accounts',
  'GraphQL loginUser': 'authentication, not authorisation: tests/int/auth.test.ts',
  'GraphQL resetPasswordUser': 'needs the token mailed by forgot-password; only its holder gets one',
  'GraphQL verifyEmailUser': 'email verification is off for staff accounts',
  'GraphQL createMedia': 'GraphQL cannot carry a file upload; REST covers creating media',
  // Payload's preferences define GET and DELETE /:key, which answer these paths first (swept as endpoints).
  'payload-preferences GET /:id': 'answered by GET /:key, swept as an endpoint',
  'payload-preferences DELETE /:id': 'answered by DELETE /:key, swept as an endpoint',
  'payload-preferences GET /count': 'answered by GET /:key (the key "count"), swept as an endpoint',
}
