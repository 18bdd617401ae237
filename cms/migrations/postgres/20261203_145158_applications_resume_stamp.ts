import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_form_steps_fields_compare_op" AS ENUM('gte', 'gt', 'lte', 'lt');
  CREATE TYPE "public"."enum__services_v_version_form_steps_fields_compare_op" AS ENUM('gte', 'gt', 'lte', 'lt');
  ALTER TABLE "services_form_steps_fields" ADD COLUMN "compare_op" "enum_services_form_steps_fields_compare_op";
  ALTER TABLE "services_form_steps_fields" ADD COLUMN "compare_field" varchar;
  ALTER TABLE "services" ADD COLUMN "fee_stamp_duty_cents" numeric;
  ALTER TABLE "_services_v_version_form_steps_fields" ADD COLUMN "compare_op" "enum__services_v_version_form_steps_fields_compare_op";
  ALTER TABLE "_services_v_version_form_steps_fields" ADD COLUMN "compare_field" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_fee_stamp_duty_cents" numeric;
  ALTER TABLE "payment_positions" ADD COLUMN "stamp_duty_cents" numeric;
  ALTER TABLE "practices" ADD COLUMN "privacy_accepted_at" timestamp(3) with time zone;
  ALTER TABLE "practices" ADD COLUMN "resume_step" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services_form_steps_fields" DROP COLUMN "compare_op";
  ALTER TABLE "services_form_steps_fields" DROP COLUMN "compare_field";
  ALTER TABLE "services" DROP COLUMN "fee_stamp_duty_cents";
  ALTER TABLE "_services_v_version_form_steps_fields" DROP COLUMN "compare_op";
  ALTER TABLE "_services_v_version_form_steps_fields" DROP COLUMN "compare_field";
  ALTER TABLE "_services_v" DROP COLUMN "version_fee_stamp_duty_cents";
  ALTER TABLE "payment_positions" DROP COLUMN "stamp_duty_cents";
  ALTER TABLE "practices" DROP COLUMN "privacy_accepted_at";
  ALTER TABLE "practices" DROP COLUMN "resume_step";
  DROP TYPE "public"."enum_services_form_steps_fields_compare_op";
  DROP TYPE "public"."enum__services_v_version_form_steps_fields_compare_op";`)
}
