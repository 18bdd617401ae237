import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Staff accounts: the second factor (secrets on users, one-time marks in their own table), no more
// lock-out columns, and the table of the sign-in throttle.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_second_factor_marks_kind" AS ENUM('session', 'step', 'recovery');
  CREATE TABLE "second_factor_marks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"user_id" integer,
  	"kind" "enum_second_factor_marks_kind" NOT NULL,
  	"step" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "second_factor_enabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "recovery_codes" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "second_factor_marks_id" integer;
  ALTER TABLE "second_factor_marks" ADD CONSTRAINT "second_factor_marks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "second_factor_marks_key_idx" ON "second_factor_marks" USING btree ("key");
  CREATE INDEX "second_factor_marks_user_idx" ON "second_factor_marks" USING btree ("user_id");
  CREATE INDEX "second_factor_marks_updated_at_idx" ON "second_factor_marks" USING btree ("updated_at");
  CREATE INDEX "second_factor_marks_created_at_idx" ON "second_factor_marks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_second_factor_marks_fk" FOREIGN KEY ("second_factor_marks_id") REFERENCES "public"."second_factor_marks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_second_factor_marks_id_idx" ON "payload_locked_documents_rels" USING btree ("second_factor_marks_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
  // Counters of failed staff sign-ins, shared by every admin process (cms/auth/loginThrottle.ts).
  // Not a Payload collection: rate-limiter-flexible's PostgreSQL store reads and writes it directly.
  await db.execute(sql`
  CREATE TABLE "staff_login_throttle" (
  	"key" varchar(255) PRIMARY KEY NOT NULL,
  	"points" integer DEFAULT 0 NOT NULL,
  	"expire" bigint
  );`)
}

// IF EXISTS: dropping the table with CASCADE already removes the foreign key (and its index) that pointed at it.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "second_factor_marks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "second_factor_marks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_second_factor_marks_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_second_factor_marks_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "users" DROP COLUMN "second_factor_enabled";
  ALTER TABLE "users" DROP COLUMN "totp_secret";
  ALTER TABLE "users" DROP COLUMN "totp_pending_secret";
  ALTER TABLE "users" DROP COLUMN "recovery_codes";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "second_factor_marks_id";
  DROP TYPE "public"."enum_second_factor_marks_kind";`)
  await db.execute(sql`DROP TABLE IF EXISTS "staff_login_throttle";`)
}
