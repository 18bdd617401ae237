import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_calendars_hours_weekday" AS ENUM('1', '2', '3', '4', '5', '6', '7');
  CREATE TYPE "public"."enum_bookings_status" AS ENUM('da-confermare', 'confermata', 'arrivato', 'servito', 'assente', 'annullata', 'scaduta');
  CREATE TYPE "public"."enum_bookings_channel" AS ENUM('online', 'telefono', 'sportello');
  CREATE TYPE "public"."enum_be_kind" AS ENUM('prenotata', 'email-confermata', 'spostata', 'annullata', 'arrivato', 'servito', 'assente', 'scaduta', 'promemoria', 'conferma-inviata');
  CREATE TYPE "public"."enum_be_actor" AS ENUM('cittadino', 'operatore', 'sistema');
  CREATE TYPE "public"."enum_settings_patron_rule" AS ENUM('giorno', 'prima-domenica');
  CREATE TABLE "calendars_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_calendars_hours_weekday" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL
  );
  
  CREATE TABLE "calendars_closures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL
  );
  
  CREATE TABLE "calendars" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"office_id" integer NOT NULL,
  	"active" boolean DEFAULT true,
  	"slot_minutes" numeric DEFAULT 20 NOT NULL,
  	"desks" numeric DEFAULT 1 NOT NULL,
  	"horizon_days" numeric DEFAULT 60 NOT NULL,
  	"cutoff_hours" numeric DEFAULT 24 NOT NULL,
  	"max_per_citizen" numeric DEFAULT 2 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "calendars_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer
  );
  
  CREATE TABLE "bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_bookings_status" DEFAULT 'confermata' NOT NULL,
  	"calendar_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"service_id" integer,
  	"reason" varchar,
  	"applicant_name" varchar NOT NULL,
  	"fiscal_code" varchar,
  	"given_name" varchar NOT NULL,
  	"family_name" varchar NOT NULL,
  	"email" varchar,
  	"phone" varchar,
  	"citizen_id" integer,
  	"channel" "enum_bookings_channel" DEFAULT 'online' NOT NULL,
  	"created_by_id" integer,
  	"cancel_reason" varchar,
  	"seat" numeric,
  	"quota_key" varchar,
  	"quota_slot" numeric,
  	"request_key" varchar,
  	"hold_until" timestamp(3) with time zone,
  	"email_confirmed_at" timestamp(3) with time zone,
  	"reminder_sent_at" timestamp(3) with time zone,
  	"version" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "booking_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"booking_id" integer NOT NULL,
  	"office_id" integer NOT NULL,
  	"kind" "enum_be_kind" NOT NULL,
  	"actor_type" "enum_be_actor" NOT NULL,
  	"actor_id" integer,
  	"actor_label" varchar NOT NULL,
  	"message" varchar,
  	"from_starts_at" timestamp(3) with time zone,
  	"to_starts_at" timestamp(3) with time zone,
  	"once_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendars_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bookings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_events_id" integer;
  ALTER TABLE "settings" ADD COLUMN "patron_saint" varchar DEFAULT 'Santi Teodoro d’Amasea e Lorenzo da Brindisi';
  ALTER TABLE "settings" ADD COLUMN "patron_rule" "enum_settings_patron_rule" DEFAULT 'prima-domenica' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "patron_month" numeric DEFAULT 9 NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "patron_day" numeric;
  ALTER TABLE "calendars_hours" ADD CONSTRAINT "calendars_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."calendars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendars_closures" ADD CONSTRAINT "calendars_closures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."calendars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendars" ADD CONSTRAINT "calendars_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calendars_rels" ADD CONSTRAINT "calendars_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."calendars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendars_rels" ADD CONSTRAINT "calendars_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_calendar_id_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."calendars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "calendars_hours_order_idx" ON "calendars_hours" USING btree ("_order");
  CREATE INDEX "calendars_hours_parent_id_idx" ON "calendars_hours" USING btree ("_parent_id");
  CREATE INDEX "calendars_closures_order_idx" ON "calendars_closures" USING btree ("_order");
  CREATE INDEX "calendars_closures_parent_id_idx" ON "calendars_closures" USING btree ("_parent_id");
  CREATE INDEX "calendars_office_idx" ON "calendars" USING btree ("office_id");
  CREATE INDEX "calendars_updated_at_idx" ON "calendars" USING btree ("updated_at");
  CREATE INDEX "calendars_created_at_idx" ON "calendars" USING btree ("created_at");
  CREATE INDEX "calendars_rels_order_idx" ON "calendars_rels" USING btree ("order");
  CREATE INDEX "calendars_rels_parent_idx" ON "calendars_rels" USING btree ("parent_id");
  CREATE INDEX "calendars_rels_path_idx" ON "calendars_rels" USING btree ("path");
  CREATE INDEX "calendars_rels_services_id_idx" ON "calendars_rels" USING btree ("services_id");
  CREATE UNIQUE INDEX "bookings_code_idx" ON "bookings" USING btree ("code");
  CREATE INDEX "bookings_starts_at_idx" ON "bookings" USING btree ("starts_at");
  CREATE INDEX "bookings_status_idx" ON "bookings" USING btree ("status");
  CREATE INDEX "bookings_calendar_idx" ON "bookings" USING btree ("calendar_id");
  CREATE INDEX "bookings_office_idx" ON "bookings" USING btree ("office_id");
  CREATE INDEX "bookings_service_idx" ON "bookings" USING btree ("service_id");
  CREATE INDEX "bookings_applicant_name_idx" ON "bookings" USING btree ("applicant_name");
  CREATE INDEX "bookings_fiscal_code_idx" ON "bookings" USING btree ("fiscal_code");
  CREATE INDEX "bookings_citizen_idx" ON "bookings" USING btree ("citizen_id");
  CREATE INDEX "bookings_created_by_idx" ON "bookings" USING btree ("created_by_id");
  CREATE INDEX "bookings_quota_key_idx" ON "bookings" USING btree ("quota_key");
  CREATE UNIQUE INDEX "bookings_request_key_idx" ON "bookings" USING btree ("request_key");
  CREATE INDEX "bookings_updated_at_idx" ON "bookings" USING btree ("updated_at");
  CREATE INDEX "bookings_created_at_idx" ON "bookings" USING btree ("created_at");
  CREATE UNIQUE INDEX "calendar_startsAt_seat_idx" ON "bookings" USING btree ("calendar_id","starts_at","seat");
  CREATE UNIQUE INDEX "quotaKey_quotaSlot_idx" ON "bookings" USING btree ("quota_key","quota_slot");
  CREATE INDEX "booking_events_booking_idx" ON "booking_events" USING btree ("booking_id");
  CREATE INDEX "booking_events_office_idx" ON "booking_events" USING btree ("office_id");
  CREATE INDEX "booking_events_actor_idx" ON "booking_events" USING btree ("actor_id");
  CREATE UNIQUE INDEX "booking_events_once_key_idx" ON "booking_events" USING btree ("once_key");
  CREATE INDEX "booking_events_updated_at_idx" ON "booking_events" USING btree ("updated_at");
  CREATE INDEX "booking_events_created_at_idx" ON "booking_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendars_fk" FOREIGN KEY ("calendars_id") REFERENCES "public"."calendars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bookings_fk" FOREIGN KEY ("bookings_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_events_fk" FOREIGN KEY ("booking_events_id") REFERENCES "public"."booking_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_calendars_id_idx" ON "payload_locked_documents_rels" USING btree ("calendars_id");
  CREATE INDEX "payload_locked_documents_rels_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("bookings_id");
  CREATE INDEX "payload_locked_documents_rels_booking_events_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "calendars_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendars_closures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendars" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendars_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bookings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "calendars_hours" CASCADE;
  DROP TABLE "calendars_closures" CASCADE;
  DROP TABLE "calendars" CASCADE;
  DROP TABLE "calendars_rels" CASCADE;
  DROP TABLE "bookings" CASCADE;
  DROP TABLE "booking_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_calendars_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bookings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_calendars_id_idx";
  DROP INDEX "payload_locked_documents_rels_bookings_id_idx";
  DROP INDEX "payload_locked_documents_rels_booking_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendars_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bookings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_events_id";
  ALTER TABLE "settings" DROP COLUMN "patron_saint";
  ALTER TABLE "settings" DROP COLUMN "patron_rule";
  ALTER TABLE "settings" DROP COLUMN "patron_month";
  ALTER TABLE "settings" DROP COLUMN "patron_day";
  DROP TYPE "public"."enum_calendars_hours_weekday";
  DROP TYPE "public"."enum_bookings_status";
  DROP TYPE "public"."enum_bookings_channel";
  DROP TYPE "public"."enum_be_kind";
  DROP TYPE "public"."enum_be_actor";
  DROP TYPE "public"."enum_settings_patron_rule";`)
}
