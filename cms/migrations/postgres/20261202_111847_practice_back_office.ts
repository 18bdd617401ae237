import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_term_unit" AS ENUM('calendario', 'lavorativi');
  CREATE TYPE "public"."enum__services_v_version_term_unit" AS ENUM('calendario', 'lavorativi');
  CREATE TYPE "public"."enum_practices_term_unit" AS ENUM('calendario', 'lavorativi');
  CREATE TYPE "public"."enum_payload_query_presets_access_read_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers');
  CREATE TYPE "public"."enum_payload_query_presets_access_update_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers');
  CREATE TYPE "public"."enum_payload_query_presets_access_delete_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers');
  CREATE TYPE "public"."enum_payload_query_presets_related_collection" AS ENUM('practices');
  CREATE TABLE "payload_query_presets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"is_shared" boolean DEFAULT false,
  	"access_read_constraint" "enum_payload_query_presets_access_read_constraint" DEFAULT 'onlyMe',
  	"access_update_constraint" "enum_payload_query_presets_access_update_constraint" DEFAULT 'onlyMe',
  	"access_delete_constraint" "enum_payload_query_presets_access_delete_constraint" DEFAULT 'onlyMe',
  	"where" jsonb,
  	"columns" jsonb,
  	"group_by" varchar,
  	"related_collection" "enum_payload_query_presets_related_collection" NOT NULL,
  	"is_temp" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_query_presets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "services" ADD COLUMN "term_unit" "enum_services_term_unit" DEFAULT 'calendario';
  ALTER TABLE "_services_v" ADD COLUMN "version_term_unit" "enum__services_v_version_term_unit" DEFAULT 'calendario';
  ALTER TABLE "practices" ADD COLUMN "form_snapshot" jsonb;
  ALTER TABLE "practices" ADD COLUMN "term_days" numeric;
  ALTER TABLE "practices" ADD COLUMN "term_unit" "enum_practices_term_unit";
  ALTER TABLE "practices" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "practices" ADD COLUMN "suspended_since" timestamp(3) with time zone;
  ALTER TABLE "practices" ADD COLUMN "suspensions" jsonb;
  ALTER TABLE "practices" ADD COLUMN "decided_at" timestamp(3) with time zone;
  ALTER TABLE "payload_query_presets_rels" ADD CONSTRAINT "payload_query_presets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_query_presets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_query_presets_rels" ADD CONSTRAINT "payload_query_presets_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_query_presets_updated_at_idx" ON "payload_query_presets" USING btree ("updated_at");
  CREATE INDEX "payload_query_presets_created_at_idx" ON "payload_query_presets" USING btree ("created_at");
  CREATE INDEX "payload_query_presets_rels_order_idx" ON "payload_query_presets_rels" USING btree ("order");
  CREATE INDEX "payload_query_presets_rels_parent_idx" ON "payload_query_presets_rels" USING btree ("parent_id");
  CREATE INDEX "payload_query_presets_rels_path_idx" ON "payload_query_presets_rels" USING btree ("path");
  CREATE INDEX "payload_query_presets_rels_users_id_idx" ON "payload_query_presets_rels" USING btree ("users_id");
  CREATE INDEX "practices_due_at_idx" ON "practices" USING btree ("due_at");
  CREATE INDEX "practices_decided_at_idx" ON "practices" USING btree ("decided_at");
  ALTER TABLE "practices" DROP COLUMN "message_to_citizen";
  ALTER TABLE "practices" DROP COLUMN "internal_note";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_query_presets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_query_presets_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_query_presets" CASCADE;
  DROP TABLE "payload_query_presets_rels" CASCADE;
  DROP INDEX "practices_due_at_idx";
  DROP INDEX "practices_decided_at_idx";
  ALTER TABLE "practices" ADD COLUMN "message_to_citizen" varchar;
  ALTER TABLE "practices" ADD COLUMN "internal_note" varchar;
  ALTER TABLE "services" DROP COLUMN "term_unit";
  ALTER TABLE "_services_v" DROP COLUMN "version_term_unit";
  ALTER TABLE "practices" DROP COLUMN "form_snapshot";
  ALTER TABLE "practices" DROP COLUMN "term_days";
  ALTER TABLE "practices" DROP COLUMN "term_unit";
  ALTER TABLE "practices" DROP COLUMN "due_at";
  ALTER TABLE "practices" DROP COLUMN "suspended_since";
  ALTER TABLE "practices" DROP COLUMN "suspensions";
  ALTER TABLE "practices" DROP COLUMN "decided_at";
  DROP TYPE "public"."enum_services_term_unit";
  DROP TYPE "public"."enum__services_v_version_term_unit";
  DROP TYPE "public"."enum_practices_term_unit";
  DROP TYPE "public"."enum_payload_query_presets_access_read_constraint";
  DROP TYPE "public"."enum_payload_query_presets_access_update_constraint";
  DROP TYPE "public"."enum_payload_query_presets_access_delete_constraint";
  DROP TYPE "public"."enum_payload_query_presets_related_collection";`)
}
