import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { listsToRows, rowsToLists, type WordLists, type WordRow } from '../data/wordLists'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`site_name\` text DEFAULT 'Legwork' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`tagline\` text DEFAULT 'Running and health, explained';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`timezone\` text DEFAULT 'Europe/London' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`ALTER TABLE \`discussion_settings\` ADD \`moderation_words\` text;`)
  await db.run(sql`ALTER TABLE \`discussion_settings\` ADD \`disallowed_words\` text;`)
  // Data: the words, one row each, become one line each of the new columns, before their table goes.
  const rows = await db.all<WordRow>(sql`SELECT \`parent_id\`, \`path\`, \`text\`, \`order\` FROM \`discussion_settings_texts\`;`)
  for (const lists of rowsToLists(rows)) {
    await db.run(
      sql`UPDATE \`discussion_settings\` SET \`moderation_words\` = ${lists.moderation_words}, \`disallowed_words\` = ${lists.disallowed_words} WHERE \`id\` = ${lists.id};`,
    )
  }
  await db.run(sql`DROP TABLE \`discussion_settings_texts\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`discussion_settings_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`discussion_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`discussion_settings_texts_order_parent\` ON \`discussion_settings_texts\` (\`order\`,\`parent_id\`);`)
  // Data: each line of a list becomes a row again.
  const lists = await db.all<WordLists>(sql`SELECT \`id\`, \`moderation_words\`, \`disallowed_words\` FROM \`discussion_settings\`;`)
  for (const row of listsToRows(lists)) {
    await db.run(
      sql`INSERT INTO \`discussion_settings_texts\` (\`order\`, \`parent_id\`, \`path\`, \`text\`) VALUES (${row.order}, ${row.parent_id}, ${row.path}, ${row.text});`,
    )
  }
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`related_count\` numeric DEFAULT 3 NOT NULL,
  	\`articles_per_page\` numeric DEFAULT 12 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "related_count", "articles_per_page", "updated_at", "created_at") SELECT "id", "related_count", "articles_per_page", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`discussion_settings\` DROP COLUMN \`moderation_words\`;`)
  await db.run(sql`ALTER TABLE \`discussion_settings\` DROP COLUMN \`disallowed_words\`;`)
}
