import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_status" AS ENUM('da-confermare', 'ricevuta', 'in-lavorazione', 'risolta', 'chiusa');
  CREATE TYPE "public"."enum_reports_close_reason" AS ENUM('duplicata', 'non-competenza', 'non-riscontrata', 'non-pertinente', 'altro');
  CREATE TYPE "public"."enum_reports_moderation" AS ENUM('in-attesa', 'approvata', 'nascosta');
  CREATE TYPE "public"."enum_reports_location_source" AS ENUM('mappa', 'indirizzo', 'dispositivo', 'foto');
  CREATE TYPE "public"."enum_reports_channel" AS ENUM('web', 'open311', 'ufficio');
  CREATE TYPE "public"."enum_report_photos_moderation" AS ENUM('in-attesa', 'approvata', 'nascosta');
  CREATE TYPE "public"."enum_re_kind" AS ENUM('inviata', 'email-confermata', 'assegnata', 'stato', 'risposta', 'nota', 'riassegnata', 'unita', 'moderata', 'seguita');
  CREATE TYPE "public"."enum_re_status" AS ENUM('da-confermare', 'ricevuta', 'in-lavorazione', 'risolta', 'chiusa');
  CREATE TYPE "public"."enum_assistance_status" AS ENUM('nuova', 'in-lavorazione', 'risposta', 'chiusa');
  CREATE TYPE "public"."enum_assistance_topic" AS ENUM('servizi-online', 'pratica', 'pagamenti', 'appuntamenti', 'certificati', 'informazioni', 'altro');
  CREATE TABLE "report_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"office_id" integer NOT NULL,
  	"target_days" numeric DEFAULT 15 NOT NULL,
  	"active" boolean DEFAULT true,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "streets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"area" varchar NOT NULL,
  	"latitude" numeric NOT NULL,
  	"longitude" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"status" "enum_reports_status" DEFAULT 'da-confermare' NOT NULL,
  	"close_reason" "enum_reports_close_reason",
  	"category_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"assignee_id" integer,
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"public_text" varchar,
  	"moderation" "enum_reports_moderation" DEFAULT 'in-attesa' NOT NULL,
  	"latitude" numeric NOT NULL,
  	"longitude" numeric NOT NULL,
  	"address" varchar,
  	"area" varchar,
  	"location_source" "enum_reports_location_source",
  	"public_answer" varchar,
  	"target_date" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"solved_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"merged_into_id" integer,
  	"followers_count" numeric DEFAULT 0,
  	"reporter_name" varchar NOT NULL,
  	"reporter_email" varchar NOT NULL,
  	"citizen_id" integer,
  	"channel" "enum_reports_channel" DEFAULT 'web' NOT NULL,
  	"request_key" varchar,
  	"version" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"position" numeric NOT NULL,
  	"stored_name" varchar NOT NULL,
  	"width" numeric NOT NULL,
  	"height" numeric NOT NULL,
  	"bytes" numeric NOT NULL,
  	"sha256" varchar NOT NULL,
  	"moderation" "enum_report_photos_moderation" DEFAULT 'in-attesa' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"kind" "enum_re_kind" NOT NULL,
  	"status" "enum_re_status",
  	"public" boolean DEFAULT false,
  	"text" varchar,
  	"other_report_id" integer,
  	"other_office_id" integer,
  	"actor_id" integer,
  	"actor_label" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_followers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"citizen_id" integer,
  	"reporter" boolean DEFAULT false,
  	"confirmed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assistance_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"status" "enum_assistance_status" DEFAULT 'nuova' NOT NULL,
  	"office_id" integer NOT NULL,
  	"topic" "enum_assistance_topic" NOT NULL,
  	"service_id" integer,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"citizen_id" integer,
  	"message" varchar NOT NULL,
  	"reply" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"replied_by_id" integer,
  	"request_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "streets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_photos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_followers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assistance_requests_id" integer;
  ALTER TABLE "report_categories" ADD CONSTRAINT "report_categories_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_category_id_report_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."report_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_merged_into_id_reports_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_photos" ADD CONSTRAINT "report_photos_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_photos" ADD CONSTRAINT "report_photos_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_events" ADD CONSTRAINT "report_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_events" ADD CONSTRAINT "report_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_events" ADD CONSTRAINT "report_events_other_report_id_reports_id_fk" FOREIGN KEY ("other_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_events" ADD CONSTRAINT "report_events_other_office_id_offices_id_fk" FOREIGN KEY ("other_office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_events" ADD CONSTRAINT "report_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_followers" ADD CONSTRAINT "report_followers_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_followers" ADD CONSTRAINT "report_followers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_followers" ADD CONSTRAINT "report_followers_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_replied_by_id_users_id_fk" FOREIGN KEY ("replied_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "report_categories_slug_idx" ON "report_categories" USING btree ("slug");
  CREATE INDEX "report_categories_office_idx" ON "report_categories" USING btree ("office_id");
  CREATE INDEX "report_categories_updated_at_idx" ON "report_categories" USING btree ("updated_at");
  CREATE INDEX "report_categories_created_at_idx" ON "report_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "streets_name_idx" ON "streets" USING btree ("name");
  CREATE INDEX "streets_area_idx" ON "streets" USING btree ("area");
  CREATE INDEX "streets_updated_at_idx" ON "streets" USING btree ("updated_at");
  CREATE INDEX "streets_created_at_idx" ON "streets" USING btree ("created_at");
  CREATE UNIQUE INDEX "reports_code_idx" ON "reports" USING btree ("code");
  CREATE INDEX "reports_status_idx" ON "reports" USING btree ("status");
  CREATE INDEX "reports_category_idx" ON "reports" USING btree ("category_id");
  CREATE INDEX "reports_office_idx" ON "reports" USING btree ("office_id");
  CREATE INDEX "reports_assignee_idx" ON "reports" USING btree ("assignee_id");
  CREATE INDEX "reports_moderation_idx" ON "reports" USING btree ("moderation");
  CREATE INDEX "reports_latitude_idx" ON "reports" USING btree ("latitude");
  CREATE INDEX "reports_longitude_idx" ON "reports" USING btree ("longitude");
  CREATE INDEX "reports_area_idx" ON "reports" USING btree ("area");
  CREATE INDEX "reports_target_date_idx" ON "reports" USING btree ("target_date");
  CREATE INDEX "reports_confirmed_at_idx" ON "reports" USING btree ("confirmed_at");
  CREATE INDEX "reports_merged_into_idx" ON "reports" USING btree ("merged_into_id");
  CREATE INDEX "reports_citizen_idx" ON "reports" USING btree ("citizen_id");
  CREATE UNIQUE INDEX "reports_request_key_idx" ON "reports" USING btree ("request_key");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "status_category_idx" ON "reports" USING btree ("status","category_id");
  CREATE INDEX "report_photos_report_idx" ON "report_photos" USING btree ("report_id");
  CREATE INDEX "report_photos_office_idx" ON "report_photos" USING btree ("office_id");
  CREATE UNIQUE INDEX "report_photos_stored_name_idx" ON "report_photos" USING btree ("stored_name");
  CREATE INDEX "report_photos_updated_at_idx" ON "report_photos" USING btree ("updated_at");
  CREATE INDEX "report_photos_created_at_idx" ON "report_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "report_position_idx" ON "report_photos" USING btree ("report_id","position");
  CREATE INDEX "report_events_report_idx" ON "report_events" USING btree ("report_id");
  CREATE INDEX "report_events_office_idx" ON "report_events" USING btree ("office_id");
  CREATE INDEX "report_events_other_report_idx" ON "report_events" USING btree ("other_report_id");
  CREATE INDEX "report_events_other_office_idx" ON "report_events" USING btree ("other_office_id");
  CREATE INDEX "report_events_actor_idx" ON "report_events" USING btree ("actor_id");
  CREATE INDEX "report_events_updated_at_idx" ON "report_events" USING btree ("updated_at");
  CREATE INDEX "report_events_created_at_idx" ON "report_events" USING btree ("created_at");
  CREATE INDEX "report_followers_report_idx" ON "report_followers" USING btree ("report_id");
  CREATE INDEX "report_followers_office_idx" ON "report_followers" USING btree ("office_id");
  CREATE INDEX "report_followers_email_idx" ON "report_followers" USING btree ("email");
  CREATE INDEX "report_followers_citizen_idx" ON "report_followers" USING btree ("citizen_id");
  CREATE INDEX "report_followers_updated_at_idx" ON "report_followers" USING btree ("updated_at");
  CREATE INDEX "report_followers_created_at_idx" ON "report_followers" USING btree ("created_at");
  CREATE UNIQUE INDEX "report_email_idx" ON "report_followers" USING btree ("report_id","email");
  CREATE UNIQUE INDEX "assistance_requests_code_idx" ON "assistance_requests" USING btree ("code");
  CREATE INDEX "assistance_requests_status_idx" ON "assistance_requests" USING btree ("status");
  CREATE INDEX "assistance_requests_office_idx" ON "assistance_requests" USING btree ("office_id");
  CREATE INDEX "assistance_requests_service_idx" ON "assistance_requests" USING btree ("service_id");
  CREATE INDEX "assistance_requests_citizen_idx" ON "assistance_requests" USING btree ("citizen_id");
  CREATE INDEX "assistance_requests_replied_by_idx" ON "assistance_requests" USING btree ("replied_by_id");
  CREATE UNIQUE INDEX "assistance_requests_request_key_idx" ON "assistance_requests" USING btree ("request_key");
  CREATE INDEX "assistance_requests_updated_at_idx" ON "assistance_requests" USING btree ("updated_at");
  CREATE INDEX "assistance_requests_created_at_idx" ON "assistance_requests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_categories_fk" FOREIGN KEY ("report_categories_id") REFERENCES "public"."report_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_streets_fk" FOREIGN KEY ("streets_id") REFERENCES "public"."streets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_photos_fk" FOREIGN KEY ("report_photos_id") REFERENCES "public"."report_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_events_fk" FOREIGN KEY ("report_events_id") REFERENCES "public"."report_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_followers_fk" FOREIGN KEY ("report_followers_id") REFERENCES "public"."report_followers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assistance_requests_fk" FOREIGN KEY ("assistance_requests_id") REFERENCES "public"."assistance_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_report_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("report_categories_id");
  CREATE INDEX "payload_locked_documents_rels_streets_id_idx" ON "payload_locked_documents_rels" USING btree ("streets_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_report_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("report_photos_id");
  CREATE INDEX "payload_locked_documents_rels_report_events_id_idx" ON "payload_locked_documents_rels" USING btree ("report_events_id");
  CREATE INDEX "payload_locked_documents_rels_report_followers_id_idx" ON "payload_locked_documents_rels" USING btree ("report_followers_id");
  CREATE INDEX "payload_locked_documents_rels_assistance_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("assistance_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "streets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_photos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_followers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assistance_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_categories" CASCADE;
  DROP TABLE "streets" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "report_photos" CASCADE;
  DROP TABLE "report_events" CASCADE;
  DROP TABLE "report_followers" CASCADE;
  DROP TABLE "assistance_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_streets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_photos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_followers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assistance_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_report_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_streets_id_idx";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_report_photos_id_idx";
  DROP INDEX "payload_locked_documents_rels_report_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_report_followers_id_idx";
  DROP INDEX "payload_locked_documents_rels_assistance_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "streets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_photos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_followers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assistance_requests_id";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum_reports_close_reason";
  DROP TYPE "public"."enum_reports_moderation";
  DROP TYPE "public"."enum_reports_location_source";
  DROP TYPE "public"."enum_reports_channel";
  DROP TYPE "public"."enum_report_photos_moderation";
  DROP TYPE "public"."enum_re_kind";
  DROP TYPE "public"."enum_re_status";
  DROP TYPE "public"."enum_assistance_status";
  DROP TYPE "public"."enum_assistance_topic";`)
}
