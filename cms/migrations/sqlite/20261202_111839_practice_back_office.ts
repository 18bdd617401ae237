import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_query_presets\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`is_shared\` integer DEFAULT false,
  	\`access_read_constraint\` text DEFAULT 'onlyMe',
  	\`access_update_constraint\` text DEFAULT 'onlyMe',
  	\`access_delete_constraint\` text DEFAULT 'onlyMe',
  	\`where\` text,
  	\`columns\` text,
  	\`group_by\` text,
  	\`related_collection\` text NOT NULL,
  	\`is_temp\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_updated_at_idx\` ON \`payload_query_presets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_created_at_idx\` ON \`payload_query_presets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets_rels\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_query_presets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_order_idx\` ON \`payload_query_presets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_parent_idx\` ON \`payload_query_presets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_path_idx\` ON \`payload_query_presets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_users_id_idx\` ON \`payload_query_presets_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`term_unit\` text DEFAULT 'calendario';`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_term_unit\` text DEFAULT 'calendario';`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`form_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`term_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`term_unit\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`due_at\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`suspended_since\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`suspensions\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`decided_at\` text;`)
  await db.run(sql`CREATE INDEX \`practices_due_at_idx\` ON \`practices\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`practices_decided_at_idx\` ON \`practices\` (\`decided_at\`);`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`message_to_citizen\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`internal_note\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_query_presets\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets_rels\`;`)
  await db.run(sql`DROP INDEX \`practices_due_at_idx\`;`)
  await db.run(sql`DROP INDEX \`practices_decided_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`message_to_citizen\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`internal_note\` text;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`form_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`term_days\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`term_unit\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`due_at\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`suspended_since\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`suspensions\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`decided_at\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`term_unit\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_term_unit\`;`)
}
