import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_builds_kind" AS ENUM('completa', 'incrementale');
  ALTER TABLE "site_builds" ADD COLUMN "kind" "enum_site_builds_kind";
  ALTER TABLE "site_builds" ADD COLUMN "rendered" numeric;
  ALTER TABLE "site_builds" ADD COLUMN "removed" numeric;
  ALTER TABLE "site_builds" ADD COLUMN "changed_paths" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" DROP COLUMN "kind";
  ALTER TABLE "site_builds" DROP COLUMN "rendered";
  ALTER TABLE "site_builds" DROP COLUMN "removed";
  ALTER TABLE "site_builds" DROP COLUMN "changed_paths";
  DROP TYPE "public"."enum_site_builds_kind";`)
}
