import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`services_form_steps_fields_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_form_steps_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_form_steps_fields_options_order_idx\` ON \`services_form_steps_fields_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_form_steps_fields_options_parent_id_idx\` ON \`services_form_steps_fields_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_form_steps_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`prefill\` text,
  	\`required\` integer DEFAULT false,
  	\`help\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`max_length\` numeric,
  	\`show_if_field\` text,
  	\`show_if_equals\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_form_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_form_steps_fields_order_idx\` ON \`services_form_steps_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_form_steps_fields_parent_id_idx\` ON \`services_form_steps_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_form_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_form_steps_order_idx\` ON \`services_form_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_form_steps_parent_id_idx\` ON \`services_form_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_form_attachments_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services_form_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_form_attachments_types_order_idx\` ON \`services_form_attachments_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_form_attachments_types_parent_idx\` ON \`services_form_attachments_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_form_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`help\` text,
  	\`required\` integer DEFAULT false,
  	\`max_mb\` numeric DEFAULT 10,
  	\`show_if_field\` text,
  	\`show_if_equals\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_form_attachments_order_idx\` ON \`services_form_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_form_attachments_parent_id_idx\` ON \`services_form_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_form_steps_fields_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_form_steps_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_steps_fields_options_order_idx\` ON \`_services_v_version_form_steps_fields_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_steps_fields_options_parent_id_idx\` ON \`_services_v_version_form_steps_fields_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_form_steps_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`prefill\` text,
  	\`required\` integer DEFAULT false,
  	\`help\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`max_length\` numeric,
  	\`show_if_field\` text,
  	\`show_if_equals\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_form_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_steps_fields_order_idx\` ON \`_services_v_version_form_steps_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_steps_fields_parent_id_idx\` ON \`_services_v_version_form_steps_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_form_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_steps_order_idx\` ON \`_services_v_version_form_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_steps_parent_id_idx\` ON \`_services_v_version_form_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_form_attachments_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v_version_form_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_attachments_types_order_idx\` ON \`_services_v_version_form_attachments_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_attachments_types_parent_idx\` ON \`_services_v_version_form_attachments_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_form_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`help\` text,
  	\`required\` integer DEFAULT false,
  	\`max_mb\` numeric DEFAULT 10,
  	\`show_if_field\` text,
  	\`show_if_equals\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_attachments_order_idx\` ON \`_services_v_version_form_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_form_attachments_parent_id_idx\` ON \`_services_v_version_form_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`practices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`protocol_number\` text,
  	\`submitted_at\` text,
  	\`applicant_name\` text NOT NULL,
  	\`applicant_fiscal_code\` text NOT NULL,
  	\`data\` text,
  	\`status\` text DEFAULT 'bozza' NOT NULL,
  	\`assignee_id\` integer,
  	\`message_to_citizen\` text,
  	\`internal_note\` text,
  	\`service_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`citizen_id\` integer NOT NULL,
  	\`version\` numeric DEFAULT 1 NOT NULL,
  	\`open_request\` text,
  	\`open_request_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`citizen_id\`) REFERENCES \`citizens\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`practices_protocol_number_idx\` ON \`practices\` (\`protocol_number\`);`)
  await db.run(sql`CREATE INDEX \`practices_submitted_at_idx\` ON \`practices\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`practices_status_idx\` ON \`practices\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`practices_assignee_idx\` ON \`practices\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`practices_service_idx\` ON \`practices\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`practices_office_idx\` ON \`practices\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`practices_citizen_idx\` ON \`practices\` (\`citizen_id\`);`)
  await db.run(sql`CREATE INDEX \`practices_updated_at_idx\` ON \`practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practices_created_at_idx\` ON \`practices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`practice_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`practice_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`actor_type\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`message\` text,
  	\`visible_to_citizen\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_events_practice_idx\` ON \`practice_events\` (\`practice_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_events_office_idx\` ON \`practice_events\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_events_actor_idx\` ON \`practice_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_events_updated_at_idx\` ON \`practice_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practice_events_created_at_idx\` ON \`practice_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`practice_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`practice_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`slot\` text NOT NULL,
  	\`filename\` text NOT NULL,
  	\`mime\` text NOT NULL,
  	\`size\` numeric NOT NULL,
  	\`sha256\` text NOT NULL,
  	\`storage_key\` text NOT NULL,
  	\`source\` text DEFAULT 'domanda' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_attachments_practice_idx\` ON \`practice_attachments\` (\`practice_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_attachments_office_idx\` ON \`practice_attachments\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_attachments_updated_at_idx\` ON \`practice_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practice_attachments_created_at_idx\` ON \`practice_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`protocol_register\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`protocol_number\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`registered_at\` text NOT NULL,
  	\`practice_id\` integer NOT NULL,
  	\`idempotency_key\` text,
  	\`subject\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`protocol_register_protocol_number_idx\` ON \`protocol_register\` (\`protocol_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`protocol_register_practice_idx\` ON \`protocol_register\` (\`practice_id\`);`)
  await db.run(sql`CREATE INDEX \`protocol_register_idempotency_key_idx\` ON \`protocol_register\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`protocol_register_updated_at_idx\` ON \`protocol_register\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`protocol_register_created_at_idx\` ON \`protocol_register\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_sequence_idx\` ON \`protocol_register\` (\`year\`,\`sequence\`);`)
  await db.run(sql`CREATE TABLE \`citizen_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citizen_id\` integer NOT NULL,
  	\`practice_id\` integer,
  	\`subject\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`citizen_id\`) REFERENCES \`citizens\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`citizen_messages_citizen_idx\` ON \`citizen_messages\` (\`citizen_id\`);`)
  await db.run(sql`CREATE INDEX \`citizen_messages_practice_idx\` ON \`citizen_messages\` (\`practice_id\`);`)
  await db.run(sql`CREATE INDEX \`citizen_messages_updated_at_idx\` ON \`citizen_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`citizen_messages_created_at_idx\` ON \`citizen_messages\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`form_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`form_privacy_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_form_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_form_privacy_notice\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`job_id\` text;`)
  await db.run(sql`CREATE INDEX \`site_builds_job_id_idx\` ON \`site_builds\` (\`job_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`practices_id\` integer REFERENCES practices(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`practice_events_id\` integer REFERENCES practice_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`practice_attachments_id\` integer REFERENCES practice_attachments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`protocol_register_id\` integer REFERENCES protocol_register(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`citizen_messages_id\` integer REFERENCES citizen_messages(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_events_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_protocol_register_id_idx\` ON \`payload_locked_documents_rels\` (\`protocol_register_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_messages_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`services_form_steps_fields_options\`;`)
  await db.run(sql`DROP TABLE \`services_form_steps_fields\`;`)
  await db.run(sql`DROP TABLE \`services_form_steps\`;`)
  await db.run(sql`DROP TABLE \`services_form_attachments_types\`;`)
  await db.run(sql`DROP TABLE \`services_form_attachments\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_form_steps_fields_options\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_form_steps_fields\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_form_steps\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_form_attachments_types\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_form_attachments\`;`)
  await db.run(sql`DROP TABLE \`practices\`;`)
  await db.run(sql`DROP TABLE \`practice_events\`;`)
  await db.run(sql`DROP TABLE \`practice_attachments\`;`)
  await db.run(sql`DROP TABLE \`protocol_register\`;`)
  await db.run(sql`DROP TABLE \`citizen_messages\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`payment_receipts_id\`) REFERENCES \`payment_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "news_id", "events_id", "pages_id", "offices_id", "places_id", "documents_id", "topics_id", "media_id", "feedback_id", "users_id", "citizens_id", "citizen_sessions_id", "seed_records_id", "site_builds_id", "redirects_id", "payment_positions_id", "payment_receipts_id") SELECT "id", "order", "parent_id", "path", "services_id", "news_id", "events_id", "pages_id", "offices_id", "places_id", "documents_id", "topics_id", "media_id", "feedback_id", "users_id", "citizens_id", "citizen_sessions_id", "seed_records_id", "site_builds_id", "redirects_id", "payment_positions_id", "payment_receipts_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`DROP INDEX \`site_builds_job_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`job_id\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`form_enabled\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`form_privacy_notice\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_form_enabled\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_form_privacy_notice\`;`)
}
