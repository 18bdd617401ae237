import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payment_positions_status" AS ENUM('da-pagare', 'pagata', 'scaduta', 'annullata');
  CREATE TYPE "public"."enum_payment_positions_source" AS ENUM('operatore', 'importazione', 'servizio');
  CREATE TYPE "public"."enum_payment_receipts_reconciliation" AS ENUM('abbinata', 'da-riconciliare', 'riconciliata');
  CREATE TYPE "public"."enum_payment_receipts_problem" AS ENUM('avviso-sconosciuto', 'gia-pagata', 'annullata', 'importo-diverso', 'ente-diverso');
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
  
  ALTER TABLE "services" ADD COLUMN "fee_amount_cents" numeric;
  ALTER TABLE "services" ADD COLUMN "fee_reason" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_fee_amount_cents" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_fee_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payment_positions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payment_receipts_id" integer;
  ALTER TABLE "payment_positions" ADD CONSTRAINT "payment_positions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_positions" ADD CONSTRAINT "payment_positions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_positions" ADD CONSTRAINT "payment_positions_receipt_id_payment_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."payment_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_receipts" ADD CONSTRAINT "payment_receipts_position_id_payment_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."payment_positions"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payment_positions_fk" FOREIGN KEY ("payment_positions_id") REFERENCES "public"."payment_positions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payment_receipts_fk" FOREIGN KEY ("payment_receipts_id") REFERENCES "public"."payment_receipts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_payment_positions_id_idx" ON "payload_locked_documents_rels" USING btree ("payment_positions_id");
  CREATE INDEX "payload_locked_documents_rels_payment_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("payment_receipts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payment_positions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payment_receipts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payment_positions" CASCADE;
  DROP TABLE "payment_receipts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payment_positions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payment_receipts_fk";
  
  DROP INDEX "payload_locked_documents_rels_payment_positions_id_idx";
  DROP INDEX "payload_locked_documents_rels_payment_receipts_id_idx";
  ALTER TABLE "services" DROP COLUMN "fee_amount_cents";
  ALTER TABLE "services" DROP COLUMN "fee_reason";
  ALTER TABLE "_services_v" DROP COLUMN "version_fee_amount_cents";
  ALTER TABLE "_services_v" DROP COLUMN "version_fee_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payment_positions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payment_receipts_id";
  DROP TYPE "public"."enum_payment_positions_status";
  DROP TYPE "public"."enum_payment_positions_source";
  DROP TYPE "public"."enum_payment_receipts_reconciliation";
  DROP TYPE "public"."enum_payment_receipts_problem";`)
}
