import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payment_events_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	\`before\` text,
  	\`after\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payment_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payment_events_changes_order_idx\` ON \`payment_events_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_changes_parent_id_idx\` ON \`payment_events_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payment_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text NOT NULL,
  	\`position_id\` integer,
  	\`receipt_id\` integer,
  	\`actor_type\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`reason\` text,
  	\`source_address\` text,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`position_id\`) REFERENCES \`payment_positions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`receipt_id\`) REFERENCES \`payment_receipts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`payment_events_action_idx\` ON \`payment_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_position_idx\` ON \`payment_events\` (\`position_id\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_receipt_idx\` ON \`payment_events\` (\`receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_actor_idx\` ON \`payment_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_updated_at_idx\` ON \`payment_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_created_at_idx\` ON \`payment_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payment_positions\` ADD \`practice_id\` integer REFERENCES practices(id);`)
  await db.run(sql`CREATE INDEX \`payment_positions_practice_idx\` ON \`payment_positions\` (\`practice_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`payment_events_id\` integer REFERENCES payment_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_events_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payment_events_changes\`;`)
  await db.run(sql`DROP TABLE \`payment_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payment_positions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reason\` text NOT NULL,
  	\`amount_cents\` numeric NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`status\` text DEFAULT 'da-pagare' NOT NULL,
  	\`debtor_fiscal_code\` text NOT NULL,
  	\`debtor_name\` text NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`service_id\` integer,
  	\`application_ref\` text,
  	\`source\` text DEFAULT 'operatore' NOT NULL,
  	\`import_batch\` text,
  	\`iuv\` text,
  	\`notice_code\` text,
  	\`creditor_fiscal_code\` text,
  	\`registered_at\` text,
  	\`paid_at\` text,
  	\`receipt_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`receipt_id\`) REFERENCES \`payment_receipts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payment_positions\`("id", "reason", "amount_cents", "due_date", "status", "debtor_fiscal_code", "debtor_name", "office_id", "service_id", "application_ref", "source", "import_batch", "iuv", "notice_code", "creditor_fiscal_code", "registered_at", "paid_at", "receipt_id", "updated_at", "created_at") SELECT "id", "reason", "amount_cents", "due_date", "status", "debtor_fiscal_code", "debtor_name", "office_id", "service_id", "application_ref", "source", "import_batch", "iuv", "notice_code", "creditor_fiscal_code", "registered_at", "paid_at", "receipt_id", "updated_at", "created_at" FROM \`payment_positions\`;`)
  await db.run(sql`DROP TABLE \`payment_positions\`;`)
  await db.run(sql`ALTER TABLE \`__new_payment_positions\` RENAME TO \`payment_positions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payment_positions_due_date_idx\` ON \`payment_positions\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`payment_positions_status_idx\` ON \`payment_positions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`payment_positions_debtor_fiscal_code_idx\` ON \`payment_positions\` (\`debtor_fiscal_code\`);`)
  await db.run(sql`CREATE INDEX \`payment_positions_office_idx\` ON \`payment_positions\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`payment_positions_service_idx\` ON \`payment_positions\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`payment_positions_application_ref_idx\` ON \`payment_positions\` (\`application_ref\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`payment_positions_iuv_idx\` ON \`payment_positions\` (\`iuv\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`payment_positions_notice_code_idx\` ON \`payment_positions\` (\`notice_code\`);`)
  await db.run(sql`CREATE INDEX \`payment_positions_receipt_idx\` ON \`payment_positions\` (\`receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`payment_positions_updated_at_idx\` ON \`payment_positions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payment_positions_created_at_idx\` ON \`payment_positions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`news_id\` integer,
  	\`events_id\` integer,
  	\`pages_id\` integer,
  	\`offices_id\` integer,
  	\`places_id\` integer,
  	\`documents_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`feedback_id\` integer,
  	\`users_id\` integer,
  	\`citizens_id\` integer,
  	\`citizen_sessions_id\` integer,
  	\`seed_records_id\` integer,
  	\`site_builds_id\` integer,
  	\`redirects_id\` integer,
  	\`payment_positions_id\` integer,
  	\`payment_receipts_id\` integer,
  	\`practices_id\` integer,
  	\`practice_events_id\` integer,
  	\`practice_attachments_id\` integer,
  	\`protocol_register_id\` integer,
  	\`citizen_messages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizens_id\`) REFERENCES \`citizens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizen_sessions_id\`) REFERENCES \`citizen_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seed_records_id\`) REFERENCES \`seed_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payment_positions_id\`) REFERENCES \`payment_positions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payment_receipts_id\`) REFERENCES \`payment_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_events_id\`) REFERENCES \`practice_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_attachments_id\`) REFERENCES \`practice_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`protocol_register_id\`) REFERENCES \`protocol_register\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizen_messages_id\`) REFERENCES \`citizen_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "news_id", "events_id", "pages_id", "offices_id", "places_id", "documents_id", "topics_id", "media_id", "feedback_id", "users_id", "citizens_id", "citizen_sessions_id", "seed_records_id", "site_builds_id", "redirects_id", "payment_positions_id", "payment_receipts_id", "practices_id", "practice_events_id", "practice_attachments_id", "protocol_register_id", "citizen_messages_id") SELECT "id", "order", "parent_id", "path", "services_id", "news_id", "events_id", "pages_id", "offices_id", "places_id", "documents_id", "topics_id", "media_id", "feedback_id", "users_id", "citizens_id", "citizen_sessions_id", "seed_records_id", "site_builds_id", "redirects_id", "payment_positions_id", "payment_receipts_id", "practices_id", "practice_events_id", "practice_attachments_id", "protocol_register_id", "citizen_messages_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offices_id_idx\` ON \`payload_locked_documents_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_places_id_idx\` ON \`payload_locked_documents_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizens_id_idx\` ON \`payload_locked_documents_rels\` (\`citizens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seed_records_id_idx\` ON \`payload_locked_documents_rels\` (\`seed_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_positions_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_positions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_events_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_protocol_register_id_idx\` ON \`payload_locked_documents_rels\` (\`protocol_register_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_messages_id\`);`)
}
