import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payment_events_action" AS ENUM('creata', 'corretta', 'annullata', 'aggiornata', 'bozza-eliminata', 'ricevuta-accettata', 'ricevuta-rifiutata', 'riconciliata');
  CREATE TYPE "public"."enum_payment_events_actor_type" AS ENUM('operatore', 'sistema', 'pagopa');
  CREATE TABLE "payment_events_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"before" varchar,
  	"after" varchar
  );
  
  CREATE TABLE "payment_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_payment_events_action" NOT NULL,
  	"position_id" integer,
  	"receipt_id" integer,
  	"actor_type" "enum_payment_events_actor_type" NOT NULL,
  	"actor_id" integer,
  	"actor_label" varchar NOT NULL,
  	"reason" varchar,
  	"source_address" varchar,
  	"detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payment_positions" ADD COLUMN "practice_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payment_events_id" integer;
  ALTER TABLE "payment_events_changes" ADD CONSTRAINT "payment_events_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payment_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_position_id_payment_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."payment_positions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_receipt_id_payment_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."payment_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payment_events_changes_order_idx" ON "payment_events_changes" USING btree ("_order");
  CREATE INDEX "payment_events_changes_parent_id_idx" ON "payment_events_changes" USING btree ("_parent_id");
  CREATE INDEX "payment_events_action_idx" ON "payment_events" USING btree ("action");
  CREATE INDEX "payment_events_position_idx" ON "payment_events" USING btree ("position_id");
  CREATE INDEX "payment_events_receipt_idx" ON "payment_events" USING btree ("receipt_id");
  CREATE INDEX "payment_events_actor_idx" ON "payment_events" USING btree ("actor_id");
  CREATE INDEX "payment_events_updated_at_idx" ON "payment_events" USING btree ("updated_at");
  CREATE INDEX "payment_events_created_at_idx" ON "payment_events" USING btree ("created_at");
  ALTER TABLE "payment_positions" ADD CONSTRAINT "payment_positions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payment_events_fk" FOREIGN KEY ("payment_events_id") REFERENCES "public"."payment_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payment_positions_practice_idx" ON "payment_positions" USING btree ("practice_id");
  CREATE INDEX "payload_locked_documents_rels_payment_events_id_idx" ON "payload_locked_documents_rels" USING btree ("payment_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payment_events_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payment_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payment_events_changes" CASCADE;
  DROP TABLE "payment_events" CASCADE;
  ALTER TABLE "payment_positions" DROP CONSTRAINT "payment_positions_practice_id_practices_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payment_events_fk";
  
  DROP INDEX "payment_positions_practice_idx";
  DROP INDEX "payload_locked_documents_rels_payment_events_id_idx";
  ALTER TABLE "payment_positions" DROP COLUMN "practice_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payment_events_id";
  DROP TYPE "public"."enum_payment_events_action";
  DROP TYPE "public"."enum_payment_events_actor_type";`)
}
