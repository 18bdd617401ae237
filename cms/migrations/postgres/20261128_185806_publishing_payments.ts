import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_builds_status" AS ENUM('running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_payment_positions_status" AS ENUM('da-pagare', 'pagata', 'scaduta', 'annullata');
  CREATE TYPE "public"."enum_payment_positions_source" AS ENUM('operatore', 'importazione', 'servizio');
  CREATE TYPE "public"."enum_payment_receipts_reconciliation" AS ENUM('abbinata', 'da-riconciliare', 'riconciliata');
  CREATE TYPE "public"."enum_payment_receipts_problem" AS ENUM('avviso-sconosciuto', 'gia-pagata', 'annullata', 'importo-diverso', 'ente-diverso');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishSite', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishSite', 'schedulePublish');
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"status" "enum_site_builds_status" NOT NULL,
  	"reason" varchar,
  	"build_id" varchar,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"pages" numeric,
  	"timings_astro" numeric,
  	"timings_search" numeric,
  	"timings_compress" numeric,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payment_positions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reason" varchar NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_payment_positions_status" DEFAULT 'da-pagare' NOT NULL,
  	"debtor_fiscal_code" varchar NOT NULL,
  	"debtor_name" varchar NOT NULL,
  	"office_id" integer NOT NULL,
  	"service_id" integer,
  	"application_ref" varchar,
  	"source" "enum_payment_positions_source" DEFAULT 'operatore' NOT NULL,
  	"import_batch" varchar,
  	"iuv" varchar,
  	"notice_code" varchar,
  	"creditor_fiscal_code" varchar,
  	"registered_at" timestamp(3) with time zone,
  	"paid_at" timestamp(3) with time zone,
  	"receipt_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payment_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"receipt_id" varchar NOT NULL,
  	"notice_code" varchar NOT NULL,
  	"creditor_fiscal_code" varchar NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"paid_at" timestamp(3) with time zone NOT NULL,
  	"psp_name" varchar,
  	"payment_method" varchar,
  	"position_id" integer,
  	"settles_position" varchar,
  	"reconciliation" "enum_payment_receipts_reconciliation" DEFAULT 'abbinata' NOT NULL,
  	"problem" "enum_payment_receipts_problem",
  	"staff_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "topics" ALTER COLUMN "slug" DROP NOT NULL;
  ALTER TABLE "services" ADD COLUMN "fee_amount_cents" numeric;
  ALTER TABLE "services" ADD COLUMN "fee_reason" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_fee_amount_cents" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_fee_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_builds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payment_positions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payment_receipts_id" integer;
  ALTER TABLE "payment_positions" ADD CONSTRAINT "payment_positions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_positions" ADD CONSTRAINT "payment_positions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_positions" ADD CONSTRAINT "payment_positions_receipt_id_payment_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."payment_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_receipts" ADD CONSTRAINT "payment_receipts_position_id_payment_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."payment_positions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_started_at_idx" ON "site_builds" USING btree ("started_at");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "payment_positions_due_date_idx" ON "payment_positions" USING btree ("due_date");
  CREATE INDEX "payment_positions_status_idx" ON "payment_positions" USING btree ("status");
  CREATE INDEX "payment_positions_debtor_fiscal_code_idx" ON "payment_positions" USING btree ("debtor_fiscal_code");
  CREATE INDEX "payment_positions_office_idx" ON "payment_positions" USING btree ("office_id");
  CREATE INDEX "payment_positions_service_idx" ON "payment_positions" USING btree ("service_id");
  CREATE INDEX "payment_positions_application_ref_idx" ON "payment_positions" USING btree ("application_ref");
  CREATE UNIQUE INDEX "payment_positions_iuv_idx" ON "payment_positions" USING btree ("iuv");
  CREATE UNIQUE INDEX "payment_positions_notice_code_idx" ON "payment_positions" USING btree ("notice_code");
  CREATE INDEX "payment_positions_receipt_idx" ON "payment_positions" USING btree ("receipt_id");
  CREATE INDEX "payment_positions_updated_at_idx" ON "payment_positions" USING btree ("updated_at");
  CREATE INDEX "payment_positions_created_at_idx" ON "payment_positions" USING btree ("created_at");
  CREATE UNIQUE INDEX "payment_receipts_receipt_id_idx" ON "payment_receipts" USING btree ("receipt_id");
  CREATE INDEX "payment_receipts_notice_code_idx" ON "payment_receipts" USING btree ("notice_code");
  CREATE INDEX "payment_receipts_position_idx" ON "payment_receipts" USING btree ("position_id");
  CREATE UNIQUE INDEX "payment_receipts_settles_position_idx" ON "payment_receipts" USING btree ("settles_position");
  CREATE INDEX "payment_receipts_reconciliation_idx" ON "payment_receipts" USING btree ("reconciliation");
  CREATE INDEX "payment_receipts_updated_at_idx" ON "payment_receipts" USING btree ("updated_at");
  CREATE INDEX "payment_receipts_created_at_idx" ON "payment_receipts" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payment_positions_fk" FOREIGN KEY ("payment_positions_id") REFERENCES "public"."payment_positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payment_receipts_fk" FOREIGN KEY ("payment_receipts_id") REFERENCES "public"."payment_receipts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_locked_documents_rels_payment_positions_id_idx" ON "payload_locked_documents_rels" USING btree ("payment_positions_id");
  CREATE INDEX "payload_locked_documents_rels_payment_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("payment_receipts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payment_positions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payment_receipts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "payment_positions" CASCADE;
  DROP TABLE "payment_receipts" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_builds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payment_positions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payment_receipts_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_builds_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  DROP INDEX "payload_locked_documents_rels_payment_positions_id_idx";
  DROP INDEX "payload_locked_documents_rels_payment_receipts_id_idx";
  ALTER TABLE "topics" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "services" DROP COLUMN "fee_amount_cents";
  ALTER TABLE "services" DROP COLUMN "fee_reason";
  ALTER TABLE "_services_v" DROP COLUMN "version_fee_amount_cents";
  ALTER TABLE "_services_v" DROP COLUMN "version_fee_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_builds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payment_positions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payment_receipts_id";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_payment_positions_status";
  DROP TYPE "public"."enum_payment_positions_source";
  DROP TYPE "public"."enum_payment_receipts_reconciliation";
  DROP TYPE "public"."enum_payment_receipts_problem";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
