import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_contacts_preferred_channel" AS ENUM('email', 'sms', 'app-io', 'posta');
  CREATE TYPE "public"."enum_citizen_sessions_login_method" AS ENUM('spid', 'cie');
  CREATE TABLE "citizens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiscal_code" varchar NOT NULL,
  	"given_name" varchar NOT NULL,
  	"family_name" varchar NOT NULL,
  	"birth_date" varchar,
  	"birth_place" varchar,
  	"idp_email" varchar,
  	"idp_phone" varchar,
  	"contacts_email" varchar,
  	"contacts_phone" varchar,
  	"contacts_address" varchar,
  	"contacts_postal_code" varchar,
  	"contacts_city" varchar,
  	"contacts_preferred_channel" "enum_citizens_contacts_preferred_channel" DEFAULT 'email',
  	"pending_email_address" varchar,
  	"pending_email_token_hash" varchar,
  	"pending_email_expires_at" timestamp(3) with time zone,
  	"last_login_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "citizen_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"session_id" varchar NOT NULL,
  	"secret_hash" varchar NOT NULL,
  	"citizen_id" integer NOT NULL,
  	"login_method" "enum_citizen_sessions_login_method" NOT NULL,
  	"last_active_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizens_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizen_sessions_id" integer;
  ALTER TABLE "citizen_sessions" ADD CONSTRAINT "citizen_sessions_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "citizens_fiscal_code_idx" ON "citizens" USING btree ("fiscal_code");
  CREATE INDEX "citizens_updated_at_idx" ON "citizens" USING btree ("updated_at");
  CREATE INDEX "citizens_created_at_idx" ON "citizens" USING btree ("created_at");
  CREATE UNIQUE INDEX "citizen_sessions_session_id_idx" ON "citizen_sessions" USING btree ("session_id");
  CREATE INDEX "citizen_sessions_citizen_idx" ON "citizen_sessions" USING btree ("citizen_id");
  CREATE INDEX "citizen_sessions_expires_at_idx" ON "citizen_sessions" USING btree ("expires_at");
  CREATE INDEX "citizen_sessions_updated_at_idx" ON "citizen_sessions" USING btree ("updated_at");
  CREATE INDEX "citizen_sessions_created_at_idx" ON "citizen_sessions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizen_sessions_fk" FOREIGN KEY ("citizen_sessions_id") REFERENCES "public"."citizen_sessions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_citizens_id_idx" ON "payload_locked_documents_rels" USING btree ("citizens_id");
  CREATE INDEX "payload_locked_documents_rels_citizen_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("citizen_sessions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citizen_sessions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citizens" CASCADE;
  DROP TABLE "citizen_sessions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizens_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizen_sessions_fk";
  
  DROP INDEX "payload_locked_documents_rels_citizens_id_idx";
  DROP INDEX "payload_locked_documents_rels_citizen_sessions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizens_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizen_sessions_id";
  DROP TYPE "public"."enum_citizens_contacts_preferred_channel";
  DROP TYPE "public"."enum_citizen_sessions_login_method";`)
}
