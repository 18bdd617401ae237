import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`services_form_steps_fields\` ADD \`compare_op\` text;`)
  await db.run(sql`ALTER TABLE \`services_form_steps_fields\` ADD \`compare_field\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`fee_stamp_duty_cents\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_form_steps_fields\` ADD \`compare_op\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_form_steps_fields\` ADD \`compare_field\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_fee_stamp_duty_cents\` numeric;`)
  await db.run(sql`ALTER TABLE \`payment_positions\` ADD \`stamp_duty_cents\` numeric;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`privacy_accepted_at\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`resume_step\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`services_form_steps_fields\` DROP COLUMN \`compare_op\`;`)
  await db.run(sql`ALTER TABLE \`services_form_steps_fields\` DROP COLUMN \`compare_field\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`fee_stamp_duty_cents\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_form_steps_fields\` DROP COLUMN \`compare_op\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_form_steps_fields\` DROP COLUMN \`compare_field\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_fee_stamp_duty_cents\`;`)
  await db.run(sql`ALTER TABLE \`payment_positions\` DROP COLUMN \`stamp_duty_cents\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`privacy_accepted_at\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`resume_step\`;`)
}
