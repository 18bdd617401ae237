import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_form_steps_fields_type" AS ENUM('text', 'textarea', 'email', 'tel', 'date', 'number', 'select', 'radio', 'checkbox', 'fiscalCode');
  CREATE TYPE "public"."enum_services_form_steps_fields_prefill" AS ENUM('givenName', 'familyName', 'fiscalCode', 'email', 'phone', 'birthDate', 'birthPlace', 'address');
  CREATE TYPE "public"."enum_services_form_attachments_types" AS ENUM('pdf', 'jpeg', 'png');
  CREATE TYPE "public"."enum__services_v_version_form_steps_fields_type" AS ENUM('text', 'textarea', 'email', 'tel', 'date', 'number', 'select', 'radio', 'checkbox', 'fiscalCode');
  CREATE TYPE "public"."enum__services_v_version_form_steps_fields_prefill" AS ENUM('givenName', 'familyName', 'fiscalCode', 'email', 'phone', 'birthDate', 'birthPlace', 'address');
  CREATE TYPE "public"."enum__services_v_version_form_attachments_types" AS ENUM('pdf', 'jpeg', 'png');
  CREATE TYPE "public"."enum_practices_status" AS ENUM('bozza', 'presentata', 'in-lavorazione', 'in-attesa-cittadino', 'accolta', 'respinta', 'chiusa');
  CREATE TYPE "public"."enum_practice_events_kind" AS ENUM('creata', 'presentata', 'stato', 'assegnazione', 'nota-interna', 'messaggio', 'richiesta-integrazioni', 'integrazioni');
  CREATE TYPE "public"."enum_pe_from" AS ENUM('bozza', 'presentata', 'in-lavorazione', 'in-attesa-cittadino', 'accolta', 'respinta', 'chiusa');
  CREATE TYPE "public"."enum_pe_to" AS ENUM('bozza', 'presentata', 'in-lavorazione', 'in-attesa-cittadino', 'accolta', 'respinta', 'chiusa');
  CREATE TYPE "public"."enum_practice_events_actor_type" AS ENUM('cittadino', 'operatore', 'sistema');
  CREATE TYPE "public"."enum_practice_attachments_source" AS ENUM('domanda', 'integrazione');
  CREATE TABLE "services_form_steps_fields_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "services_form_steps_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum_services_form_steps_fields_type" DEFAULT 'text',
  	"prefill" "enum_services_form_steps_fields_prefill",
  	"required" boolean DEFAULT false,
  	"help" varchar,
  	"min" numeric,
  	"max" numeric,
  	"max_length" numeric,
  	"show_if_field" varchar,
  	"show_if_equals" varchar
  );
  
  CREATE TABLE "services_form_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar
  );
  
  CREATE TABLE "services_form_attachments_types" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_services_form_attachments_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_form_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT false,
  	"max_mb" numeric DEFAULT 10,
  	"show_if_field" varchar,
  	"show_if_equals" varchar
  );
  
  CREATE TABLE "_services_v_version_form_steps_fields_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_form_steps_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum__services_v_version_form_steps_fields_type" DEFAULT 'text',
  	"prefill" "enum__services_v_version_form_steps_fields_prefill",
  	"required" boolean DEFAULT false,
  	"help" varchar,
  	"min" numeric,
  	"max" numeric,
  	"max_length" numeric,
  	"show_if_field" varchar,
  	"show_if_equals" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_form_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_form_attachments_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_form_attachments_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_form_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"help" varchar,
  	"required" boolean DEFAULT false,
  	"max_mb" numeric DEFAULT 10,
  	"show_if_field" varchar,
  	"show_if_equals" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"protocol_number" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"applicant_name" varchar NOT NULL,
  	"applicant_fiscal_code" varchar NOT NULL,
  	"data" jsonb,
  	"status" "enum_practices_status" DEFAULT 'bozza' NOT NULL,
  	"assignee_id" integer,
  	"message_to_citizen" varchar,
  	"internal_note" varchar,
  	"service_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"citizen_id" integer NOT NULL,
  	"version" numeric DEFAULT 1 NOT NULL,
  	"open_request" varchar,
  	"open_request_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "practice_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"practice_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"kind" "enum_practice_events_kind" NOT NULL,
  	"from_status" "enum_pe_from",
  	"to_status" "enum_pe_to",
  	"actor_type" "enum_practice_events_actor_type" NOT NULL,
  	"actor_id" integer,
  	"actor_label" varchar NOT NULL,
  	"message" varchar,
  	"visible_to_citizen" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "practice_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"practice_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"slot" varchar NOT NULL,
  	"filename" varchar NOT NULL,
  	"mime" varchar NOT NULL,
  	"size" numeric NOT NULL,
  	"sha256" varchar NOT NULL,
  	"storage_key" varchar NOT NULL,
  	"source" "enum_practice_attachments_source" DEFAULT 'domanda' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "protocol_register" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"protocol_number" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"sequence" numeric NOT NULL,
  	"registered_at" timestamp(3) with time zone NOT NULL,
  	"practice_id" integer NOT NULL,
  	"idempotency_key" varchar,
  	"subject" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "citizen_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"citizen_id" integer NOT NULL,
  	"practice_id" integer,
  	"subject" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "services" ADD COLUMN "form_enabled" boolean DEFAULT false;
  ALTER TABLE "services" ADD COLUMN "form_privacy_notice" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_form_enabled" boolean DEFAULT false;
  ALTER TABLE "_services_v" ADD COLUMN "version_form_privacy_notice" varchar;
  ALTER TABLE "site_builds" ADD COLUMN "job_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "practices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "practice_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "practice_attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "protocol_register_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizen_messages_id" integer;
  ALTER TABLE "services_form_steps_fields_options" ADD CONSTRAINT "services_form_steps_fields_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_form_steps_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_form_steps_fields" ADD CONSTRAINT "services_form_steps_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_form_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_form_steps" ADD CONSTRAINT "services_form_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_form_attachments_types" ADD CONSTRAINT "services_form_attachments_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services_form_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_form_attachments" ADD CONSTRAINT "services_form_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_form_steps_fields_options" ADD CONSTRAINT "_services_v_version_form_steps_fields_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_form_steps_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_form_steps_fields" ADD CONSTRAINT "_services_v_version_form_steps_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_form_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_form_steps" ADD CONSTRAINT "_services_v_version_form_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_form_attachments_types" ADD CONSTRAINT "_services_v_version_form_attachments_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v_version_form_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_form_attachments" ADD CONSTRAINT "_services_v_version_form_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_events" ADD CONSTRAINT "practice_events_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_events" ADD CONSTRAINT "practice_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_events" ADD CONSTRAINT "practice_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_attachments" ADD CONSTRAINT "practice_attachments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_attachments" ADD CONSTRAINT "practice_attachments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "protocol_register" ADD CONSTRAINT "protocol_register_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citizen_messages" ADD CONSTRAINT "citizen_messages_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citizen_messages" ADD CONSTRAINT "citizen_messages_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "services_form_steps_fields_options_order_idx" ON "services_form_steps_fields_options" USING btree ("_order");
  CREATE INDEX "services_form_steps_fields_options_parent_id_idx" ON "services_form_steps_fields_options" USING btree ("_parent_id");
  CREATE INDEX "services_form_steps_fields_order_idx" ON "services_form_steps_fields" USING btree ("_order");
  CREATE INDEX "services_form_steps_fields_parent_id_idx" ON "services_form_steps_fields" USING btree ("_parent_id");
  CREATE INDEX "services_form_steps_order_idx" ON "services_form_steps" USING btree ("_order");
  CREATE INDEX "services_form_steps_parent_id_idx" ON "services_form_steps" USING btree ("_parent_id");
  CREATE INDEX "services_form_attachments_types_order_idx" ON "services_form_attachments_types" USING btree ("order");
  CREATE INDEX "services_form_attachments_types_parent_idx" ON "services_form_attachments_types" USING btree ("parent_id");
  CREATE INDEX "services_form_attachments_order_idx" ON "services_form_attachments" USING btree ("_order");
  CREATE INDEX "services_form_attachments_parent_id_idx" ON "services_form_attachments" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_form_steps_fields_options_order_idx" ON "_services_v_version_form_steps_fields_options" USING btree ("_order");
  CREATE INDEX "_services_v_version_form_steps_fields_options_parent_id_idx" ON "_services_v_version_form_steps_fields_options" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_form_steps_fields_order_idx" ON "_services_v_version_form_steps_fields" USING btree ("_order");
  CREATE INDEX "_services_v_version_form_steps_fields_parent_id_idx" ON "_services_v_version_form_steps_fields" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_form_steps_order_idx" ON "_services_v_version_form_steps" USING btree ("_order");
  CREATE INDEX "_services_v_version_form_steps_parent_id_idx" ON "_services_v_version_form_steps" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_form_attachments_types_order_idx" ON "_services_v_version_form_attachments_types" USING btree ("order");
  CREATE INDEX "_services_v_version_form_attachments_types_parent_idx" ON "_services_v_version_form_attachments_types" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_form_attachments_order_idx" ON "_services_v_version_form_attachments" USING btree ("_order");
  CREATE INDEX "_services_v_version_form_attachments_parent_id_idx" ON "_services_v_version_form_attachments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_protocol_number_idx" ON "practices" USING btree ("protocol_number");
  CREATE INDEX "practices_submitted_at_idx" ON "practices" USING btree ("submitted_at");
  CREATE INDEX "practices_status_idx" ON "practices" USING btree ("status");
  CREATE INDEX "practices_assignee_idx" ON "practices" USING btree ("assignee_id");
  CREATE INDEX "practices_service_idx" ON "practices" USING btree ("service_id");
  CREATE INDEX "practices_office_idx" ON "practices" USING btree ("office_id");
  CREATE INDEX "practices_citizen_idx" ON "practices" USING btree ("citizen_id");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE INDEX "practice_events_practice_idx" ON "practice_events" USING btree ("practice_id");
  CREATE INDEX "practice_events_office_idx" ON "practice_events" USING btree ("office_id");
  CREATE INDEX "practice_events_actor_idx" ON "practice_events" USING btree ("actor_id");
  CREATE INDEX "practice_events_updated_at_idx" ON "practice_events" USING btree ("updated_at");
  CREATE INDEX "practice_events_created_at_idx" ON "practice_events" USING btree ("created_at");
  CREATE INDEX "practice_attachments_practice_idx" ON "practice_attachments" USING btree ("practice_id");
  CREATE INDEX "practice_attachments_office_idx" ON "practice_attachments" USING btree ("office_id");
  CREATE INDEX "practice_attachments_updated_at_idx" ON "practice_attachments" USING btree ("updated_at");
  CREATE INDEX "practice_attachments_created_at_idx" ON "practice_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "protocol_register_protocol_number_idx" ON "protocol_register" USING btree ("protocol_number");
  CREATE UNIQUE INDEX "protocol_register_practice_idx" ON "protocol_register" USING btree ("practice_id");
  CREATE INDEX "protocol_register_idempotency_key_idx" ON "protocol_register" USING btree ("idempotency_key");
  CREATE INDEX "protocol_register_updated_at_idx" ON "protocol_register" USING btree ("updated_at");
  CREATE INDEX "protocol_register_created_at_idx" ON "protocol_register" USING btree ("created_at");
  CREATE UNIQUE INDEX "year_sequence_idx" ON "protocol_register" USING btree ("year","sequence");
  CREATE INDEX "citizen_messages_citizen_idx" ON "citizen_messages" USING btree ("citizen_id");
  CREATE INDEX "citizen_messages_practice_idx" ON "citizen_messages" USING btree ("practice_id");
  CREATE INDEX "citizen_messages_updated_at_idx" ON "citizen_messages" USING btree ("updated_at");
  CREATE INDEX "citizen_messages_created_at_idx" ON "citizen_messages" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practice_events_fk" FOREIGN KEY ("practice_events_id") REFERENCES "public"."practice_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practice_attachments_fk" FOREIGN KEY ("practice_attachments_id") REFERENCES "public"."practice_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_protocol_register_fk" FOREIGN KEY ("protocol_register_id") REFERENCES "public"."protocol_register"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizen_messages_fk" FOREIGN KEY ("citizen_messages_id") REFERENCES "public"."citizen_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_builds_job_id_idx" ON "site_builds" USING btree ("job_id");
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_practice_events_id_idx" ON "payload_locked_documents_rels" USING btree ("practice_events_id");
  CREATE INDEX "payload_locked_documents_rels_practice_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("practice_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_protocol_register_id_idx" ON "payload_locked_documents_rels" USING btree ("protocol_register_id");
  CREATE INDEX "payload_locked_documents_rels_citizen_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("citizen_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services_form_steps_fields_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_form_steps_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_form_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_form_attachments_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_form_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_form_steps_fields_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_form_steps_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_form_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_form_attachments_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_form_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practice_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practice_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "protocol_register" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citizen_messages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "services_form_steps_fields_options" CASCADE;
  DROP TABLE "services_form_steps_fields" CASCADE;
  DROP TABLE "services_form_steps" CASCADE;
  DROP TABLE "services_form_attachments_types" CASCADE;
  DROP TABLE "services_form_attachments" CASCADE;
  DROP TABLE "_services_v_version_form_steps_fields_options" CASCADE;
  DROP TABLE "_services_v_version_form_steps_fields" CASCADE;
  DROP TABLE "_services_v_version_form_steps" CASCADE;
  DROP TABLE "_services_v_version_form_attachments_types" CASCADE;
  DROP TABLE "_services_v_version_form_attachments" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "practice_events" CASCADE;
  DROP TABLE "practice_attachments" CASCADE;
  DROP TABLE "protocol_register" CASCADE;
  DROP TABLE "citizen_messages" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_practices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_practice_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_practice_attachments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_protocol_register_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizen_messages_fk";
  
  DROP INDEX "site_builds_job_id_idx";
  DROP INDEX "payload_locked_documents_rels_practices_id_idx";
  DROP INDEX "payload_locked_documents_rels_practice_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_practice_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_protocol_register_id_idx";
  DROP INDEX "payload_locked_documents_rels_citizen_messages_id_idx";
  ALTER TABLE "services" DROP COLUMN "form_enabled";
  ALTER TABLE "services" DROP COLUMN "form_privacy_notice";
  ALTER TABLE "_services_v" DROP COLUMN "version_form_enabled";
  ALTER TABLE "_services_v" DROP COLUMN "version_form_privacy_notice";
  ALTER TABLE "site_builds" DROP COLUMN "job_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "practices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "practice_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "practice_attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "protocol_register_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizen_messages_id";
  DROP TYPE "public"."enum_services_form_steps_fields_type";
  DROP TYPE "public"."enum_services_form_steps_fields_prefill";
  DROP TYPE "public"."enum_services_form_attachments_types";
  DROP TYPE "public"."enum__services_v_version_form_steps_fields_type";
  DROP TYPE "public"."enum__services_v_version_form_steps_fields_prefill";
  DROP TYPE "public"."enum__services_v_version_form_attachments_types";
  DROP TYPE "public"."enum_practices_status";
  DROP TYPE "public"."enum_practice_events_kind";
  DROP TYPE "public"."enum_pe_from";
  DROP TYPE "public"."enum_pe_to";
  DROP TYPE "public"."enum_practice_events_actor_type";
  DROP TYPE "public"."enum_practice_attachments_source";`)
}
