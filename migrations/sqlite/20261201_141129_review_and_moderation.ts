import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editorial_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`review_required\` integer DEFAULT true,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approval_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approval_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`by_staff\` integer;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`staff_member_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`previous_status\` text;`)
  await db.run(sql`CREATE INDEX \`comments_staff_member_idx\` ON \`comments\` (\`staff_member_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`editorial_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`parent_id\` integer,
  	\`depth\` numeric DEFAULT 0,
  	\`author_name\` text NOT NULL,
  	\`author_email\` text NOT NULL,
  	\`author_url\` text,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending',
  	\`moderated_by_id\` integer,
  	\`moderated_at\` text,
  	\`ip_hash\` text,
  	\`user_agent\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comments\`("id", "article_id", "parent_id", "depth", "author_name", "author_email", "author_url", "body", "status", "moderated_by_id", "moderated_at", "ip_hash", "user_agent", "updated_at", "created_at") SELECT "id", "article_id", "parent_id", "depth", "author_name", "author_email", "author_url", "body", "status", "moderated_by_id", "moderated_at", "ip_hash", "user_agent", "updated_at", "created_at" FROM \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_author_email_idx\` ON \`comments\` (\`author_email\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_moderated_by_idx\` ON \`comments\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_ip_hash_idx\` ON \`comments\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`article_status_createdAt_idx\` ON \`comments\` (\`article_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_createdAt_idx\` ON \`comments\` (\`status\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`approval_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_approval_fingerprint\`;`)
}
