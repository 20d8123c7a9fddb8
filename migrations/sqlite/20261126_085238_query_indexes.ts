import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_publishedAt_createdAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_version_createdAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`article_status_createdAt_idx\` ON \`comments\` (\`article_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_createdAt_idx\` ON \`comments\` (\`status\`,\`created_at\`);`)
  // Written by hand (Payload's config cannot name an index on an array's table): "articles citing
  // these causes" for related articles, answered from the index alone.
  await db.run(sql`CREATE INDEX \`articles_reasons_cause_parent_idx\` ON \`articles_reasons\` (\`cause_id\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`article_status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_reasons_cause_parent_idx\`;`)
}
