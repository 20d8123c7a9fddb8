import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "editorial_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_required" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "approval_fingerprint" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_fingerprint" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "editorial_settings" CASCADE;
  ALTER TABLE "articles" DROP COLUMN "approval_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_fingerprint";`)
}
