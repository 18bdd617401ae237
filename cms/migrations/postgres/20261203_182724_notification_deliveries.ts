import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notification_deliveries_recipient_kind" AS ENUM('cittadino', 'solo-email');
  CREATE TYPE "public"."enum_notification_deliveries_event" AS ENUM('domanda-ricevuta', 'cambio-stato', 'integrazioni-richieste', 'appuntamento-confermato', 'appuntamento-promemoria', 'appuntamento-spostato', 'certificato-emesso', 'pagamento-dovuto', 'pagamento-ricevuto', 'segnalazione-risposta', 'servizio');
  CREATE TYPE "public"."enum_notification_deliveries_channel" AS ENUM('desk', 'email', 'push', 'io');
  CREATE TYPE "public"."enum_notification_deliveries_status" AS ENUM('in-coda', 'inviata', 'saltata', 'in-riprova', 'non-riuscita', 'iscrizione-scaduta');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverNotification' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverNotification' BEFORE 'schedulePublish';
  CREATE TABLE "notification_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"citizen_id" integer,
  	"recipient_kind" "enum_notification_deliveries_recipient_kind" DEFAULT 'cittadino' NOT NULL,
  	"event" "enum_notification_deliveries_event" NOT NULL,
  	"kind" varchar NOT NULL,
  	"channel" "enum_notification_deliveries_channel" NOT NULL,
  	"status" "enum_notification_deliveries_status" DEFAULT 'in-coda' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"last_error" varchar,
  	"next_attempt_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"message" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "citizens" ADD COLUMN "notification_preferences" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notification_deliveries_id" integer;
  ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notification_deliveries_citizen_idx" ON "notification_deliveries" USING btree ("citizen_id");
  CREATE INDEX "notification_deliveries_event_idx" ON "notification_deliveries" USING btree ("event");
  CREATE INDEX "notification_deliveries_status_idx" ON "notification_deliveries" USING btree ("status");
  CREATE INDEX "notification_deliveries_updated_at_idx" ON "notification_deliveries" USING btree ("updated_at");
  CREATE INDEX "notification_deliveries_created_at_idx" ON "notification_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notification_deliveries_fk" FOREIGN KEY ("notification_deliveries_id") REFERENCES "public"."notification_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notification_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("notification_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notification_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notification_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notification_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishSite', 'bookingReminder', 'closureCancellations', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishSite', 'bookingReminder', 'closureCancellations', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_notification_deliveries_id_idx";
  ALTER TABLE "citizens" DROP COLUMN "notification_preferences";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notification_deliveries_id";
  DROP TYPE "public"."enum_notification_deliveries_recipient_kind";
  DROP TYPE "public"."enum_notification_deliveries_event";
  DROP TYPE "public"."enum_notification_deliveries_channel";
  DROP TYPE "public"."enum_notification_deliveries_status";`)
}
