import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`kind\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`rendered\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`removed\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`changed_paths\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`rendered\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`removed\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`changed_paths\`;`)
}
