import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_comments_previous_status" AS ENUM('pending', 'approved', 'spam', 'trash');
  CREATE TABLE "editorial_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_required" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "approval_fingerprint" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_fingerprint" jsonb;
  ALTER TABLE "comments" ADD COLUMN "by_staff" boolean;
  ALTER TABLE "comments" ADD COLUMN "staff_member_id" integer;
  ALTER TABLE "comments" ADD COLUMN "previous_status" "enum_comments_previous_status";
  ALTER TABLE "comments" ADD CONSTRAINT "comments_staff_member_id_users_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "comments_staff_member_idx" ON "comments" USING btree ("staff_member_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editorial_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "editorial_settings" CASCADE;
  ALTER TABLE "comments" DROP CONSTRAINT "comments_staff_member_id_users_id_fk";
  
  DROP INDEX "comments_staff_member_idx";
  ALTER TABLE "articles" DROP COLUMN "approval_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_fingerprint";
  ALTER TABLE "comments" DROP COLUMN "by_staff";
  ALTER TABLE "comments" DROP COLUMN "staff_member_id";
  ALTER TABLE "comments" DROP COLUMN "previous_status";
  DROP TYPE "public"."enum_comments_previous_status";`)
}
