import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { listsToRows, rowsToLists, type WordLists, type WordRow } from '../data/wordLists'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "site_settings" ADD COLUMN "site_name" varchar DEFAULT 'Legwork' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "tagline" varchar DEFAULT 'Running and health, explained';
  ALTER TABLE "site_settings" ADD COLUMN "logo_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "timezone" varchar DEFAULT 'Europe/London' NOT NULL;
  ALTER TABLE "discussion_settings" ADD COLUMN "moderation_words" varchar;
  ALTER TABLE "discussion_settings" ADD COLUMN "disallowed_words" varchar;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_logo_idx" ON "site_settings" USING btree ("logo_id");`)
  // Data: the words, one row each, become one line each of the new columns, before their table goes.
  const { rows } = await db.execute(sql`SELECT "parent_id", "path", "text", "order" FROM "discussion_settings_texts";`)
  for (const lists of rowsToLists(rows as WordRow[])) {
    await db.execute(
      sql`UPDATE "discussion_settings" SET "moderation_words" = ${lists.moderation_words}, "disallowed_words" = ${lists.disallowed_words} WHERE "id" = ${lists.id};`,
    )
  }
  await db.execute(sql`
  ALTER TABLE "discussion_settings_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "discussion_settings_texts" CASCADE;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "discussion_settings_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_logo_id_media_id_fk";
  
  DROP INDEX "site_settings_logo_idx";
  ALTER TABLE "discussion_settings_texts" ADD CONSTRAINT "discussion_settings_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."discussion_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "discussion_settings_texts_order_parent" ON "discussion_settings_texts" USING btree ("order","parent_id");`)
  // Data: each line of a list becomes a row again.
  const { rows } = await db.execute(sql`SELECT "id", "moderation_words", "disallowed_words" FROM "discussion_settings";`)
  for (const row of listsToRows(rows as WordLists[])) {
    await db.execute(
      sql`INSERT INTO "discussion_settings_texts" ("order", "parent_id", "path", "text") VALUES (${row.order}, ${row.parent_id}, ${row.path}, ${row.text});`,
    )
  }
  await db.execute(sql`
  ALTER TABLE "site_settings" DROP COLUMN "site_name";
  ALTER TABLE "site_settings" DROP COLUMN "tagline";
  ALTER TABLE "site_settings" DROP COLUMN "logo_id";
  ALTER TABLE "site_settings" DROP COLUMN "timezone";
  ALTER TABLE "discussion_settings" DROP COLUMN "moderation_words";
  ALTER TABLE "discussion_settings" DROP COLUMN "disallowed_words";`)
}
