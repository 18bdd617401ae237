import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_cert_type" AS ENUM('residenza', 'stato-di-famiglia', 'nascita', 'cittadinanza', 'esistenza-in-vita', 'stato-civile', 'contestuale');
  CREATE TYPE "public"."enum_cert_status" AS ENUM('da-pagare', 'emesso', 'revocato', 'annullato');
  CREATE TYPE "public"."enum_cert_relation" AS ENUM('titolare', 'familiare');
  CREATE TYPE "public"."enum_cert_use" AS ENUM('bollo', 'esente');
  CREATE TYPE "public"."enum_ce_kind" AS ENUM('richiesto', 'emesso', 'revocato', 'annullato');
  ALTER TYPE "public"."enum_practice_attachments_source" ADD VALUE 'atto-finale';
  CREATE TABLE "certificates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"type" "enum_cert_type" NOT NULL,
  	"status" "enum_cert_status" DEFAULT 'da-pagare' NOT NULL,
  	"requester_fiscal_code" varchar NOT NULL,
  	"requester_name" varchar NOT NULL,
  	"subject_fiscal_code" varchar NOT NULL,
  	"subject_name" varchar NOT NULL,
  	"relation" "enum_cert_relation" NOT NULL,
  	"use" "enum_cert_use" NOT NULL,
  	"exemption_label" varchar,
  	"exemption_reference" varchar,
  	"bollo_cents" numeric DEFAULT 0 NOT NULL,
  	"diritti_cents" numeric DEFAULT 0 NOT NULL,
  	"position_id" integer,
  	"office_id" integer NOT NULL,
  	"request_key" varchar NOT NULL,
  	"issued_at" timestamp(3) with time zone,
  	"sha256" varchar,
  	"filename" varchar,
  	"size" numeric,
  	"storage_key" varchar,
  	"test_seal" boolean DEFAULT false,
  	"revoked_at" timestamp(3) with time zone,
  	"revoke_reason" varchar,
  	"revoked_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "certificate_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"certificate_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"kind" "enum_ce_kind" NOT NULL,
  	"actor_id" integer,
  	"actor_label" varchar NOT NULL,
  	"reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "certificate_settings_exemptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"legal_reference" varchar NOT NULL,
  	"active" boolean DEFAULT true
  );
  
  CREATE TABLE "certificate_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"office_id" integer NOT NULL,
  	"bollo_cents" numeric DEFAULT 1600 NOT NULL,
  	"diritti_bollo_cents" numeric DEFAULT 52 NOT NULL,
  	"diritti_esente_cents" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "certificates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "certificate_events_id" integer;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_position_id_payment_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."payment_positions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificate_settings_exemptions" ADD CONSTRAINT "certificate_settings_exemptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."certificate_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "certificate_settings" ADD CONSTRAINT "certificate_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "certificates_code_idx" ON "certificates" USING btree ("code");
  CREATE INDEX "certificates_type_idx" ON "certificates" USING btree ("type");
  CREATE INDEX "certificates_status_idx" ON "certificates" USING btree ("status");
  CREATE INDEX "certificates_requester_fiscal_code_idx" ON "certificates" USING btree ("requester_fiscal_code");
  CREATE INDEX "certificates_subject_fiscal_code_idx" ON "certificates" USING btree ("subject_fiscal_code");
  CREATE INDEX "certificates_use_idx" ON "certificates" USING btree ("use");
  CREATE INDEX "certificates_position_idx" ON "certificates" USING btree ("position_id");
  CREATE INDEX "certificates_office_idx" ON "certificates" USING btree ("office_id");
  CREATE UNIQUE INDEX "certificates_request_key_idx" ON "certificates" USING btree ("request_key");
  CREATE INDEX "certificates_issued_at_idx" ON "certificates" USING btree ("issued_at");
  CREATE INDEX "certificates_revoked_by_idx" ON "certificates" USING btree ("revoked_by_id");
  CREATE INDEX "certificates_updated_at_idx" ON "certificates" USING btree ("updated_at");
  CREATE INDEX "certificates_created_at_idx" ON "certificates" USING btree ("created_at");
  CREATE INDEX "certificate_events_certificate_idx" ON "certificate_events" USING btree ("certificate_id");
  CREATE INDEX "certificate_events_office_idx" ON "certificate_events" USING btree ("office_id");
  CREATE INDEX "certificate_events_actor_idx" ON "certificate_events" USING btree ("actor_id");
  CREATE INDEX "certificate_events_updated_at_idx" ON "certificate_events" USING btree ("updated_at");
  CREATE INDEX "certificate_events_created_at_idx" ON "certificate_events" USING btree ("created_at");
  CREATE INDEX "certificate_settings_exemptions_order_idx" ON "certificate_settings_exemptions" USING btree ("_order");
  CREATE INDEX "certificate_settings_exemptions_parent_id_idx" ON "certificate_settings_exemptions" USING btree ("_parent_id");
  CREATE INDEX "certificate_settings_office_idx" ON "certificate_settings" USING btree ("office_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_certificates_fk" FOREIGN KEY ("certificates_id") REFERENCES "public"."certificates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_certificate_events_fk" FOREIGN KEY ("certificate_events_id") REFERENCES "public"."certificate_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("certificates_id");
  CREATE INDEX "payload_locked_documents_rels_certificate_events_id_idx" ON "payload_locked_documents_rels" USING btree ("certificate_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "certificates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "certificate_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "certificate_settings_exemptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "certificate_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "certificates" CASCADE;
  DROP TABLE "certificate_events" CASCADE;
  DROP TABLE "certificate_settings_exemptions" CASCADE;
  DROP TABLE "certificate_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_certificates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_certificate_events_fk";
  
  ALTER TABLE "practice_attachments" ALTER COLUMN "source" SET DATA TYPE text;
  ALTER TABLE "practice_attachments" ALTER COLUMN "source" SET DEFAULT 'domanda'::text;
  DROP TYPE "public"."enum_practice_attachments_source";
  CREATE TYPE "public"."enum_practice_attachments_source" AS ENUM('domanda', 'integrazione');
  ALTER TABLE "practice_attachments" ALTER COLUMN "source" SET DEFAULT 'domanda'::"public"."enum_practice_attachments_source";
  ALTER TABLE "practice_attachments" ALTER COLUMN "source" SET DATA TYPE "public"."enum_practice_attachments_source" USING "source"::"public"."enum_practice_attachments_source";
  DROP INDEX "payload_locked_documents_rels_certificates_id_idx";
  DROP INDEX "payload_locked_documents_rels_certificate_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "certificates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "certificate_events_id";
  DROP TYPE "public"."enum_cert_type";
  DROP TYPE "public"."enum_cert_status";
  DROP TYPE "public"."enum_cert_relation";
  DROP TYPE "public"."enum_cert_use";
  DROP TYPE "public"."enum_ce_kind";`)
}
