import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`calendars_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`calendars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calendars_hours_order_idx\` ON \`calendars_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`calendars_hours_parent_id_idx\` ON \`calendars_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`calendars_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`calendars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calendars_closures_order_idx\` ON \`calendars_closures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`calendars_closures_parent_id_idx\` ON \`calendars_closures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`calendars\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`slot_minutes\` numeric DEFAULT 20 NOT NULL,
  	\`desks\` numeric DEFAULT 1 NOT NULL,
  	\`horizon_days\` numeric DEFAULT 60 NOT NULL,
  	\`cutoff_hours\` numeric DEFAULT 24 NOT NULL,
  	\`max_per_citizen\` numeric DEFAULT 2 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`calendars_office_idx\` ON \`calendars\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`calendars_updated_at_idx\` ON \`calendars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calendars_created_at_idx\` ON \`calendars\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`calendars_rels\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`calendars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`calendars_rels_order_idx\` ON \`calendars_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`calendars_rels_parent_idx\` ON \`calendars_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`calendars_rels_path_idx\` ON \`calendars_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`calendars_rels_services_id_idx\` ON \`calendars_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`bookings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`status\` text DEFAULT 'confermata' NOT NULL,
  	\`calendar_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`service_id\` integer,
  	\`reason\` text,
  	\`applicant_name\` text NOT NULL,
  	\`fiscal_code\` text,
  	\`given_name\` text NOT NULL,
  	\`family_name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`citizen_id\` integer,
  	\`channel\` text DEFAULT 'online' NOT NULL,
  	\`created_by_id\` integer,
  	\`cancel_reason\` text,
  	\`seat\` numeric,
  	\`quota_key\` text,
  	\`quota_slot\` numeric,
  	\`request_key\` text,
  	\`hold_until\` text,
  	\`email_confirmed_at\` text,
  	\`reminder_sent_at\` text,
  	\`version\` numeric DEFAULT 1 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`calendar_id\`) REFERENCES \`calendars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`citizen_id\`) REFERENCES \`citizens\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_code_idx\` ON \`bookings\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`bookings_starts_at_idx\` ON \`bookings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_idx\` ON \`bookings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bookings_calendar_idx\` ON \`bookings\` (\`calendar_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_office_idx\` ON \`bookings\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_service_idx\` ON \`bookings\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_applicant_name_idx\` ON \`bookings\` (\`applicant_name\`);`)
  await db.run(sql`CREATE INDEX \`bookings_fiscal_code_idx\` ON \`bookings\` (\`fiscal_code\`);`)
  await db.run(sql`CREATE INDEX \`bookings_citizen_idx\` ON \`bookings\` (\`citizen_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_by_idx\` ON \`bookings\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_quota_key_idx\` ON \`bookings\` (\`quota_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_request_key_idx\` ON \`bookings\` (\`request_key\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`calendar_startsAt_seat_idx\` ON \`bookings\` (\`calendar_id\`,\`starts_at\`,\`seat\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`quotaKey_quotaSlot_idx\` ON \`bookings\` (\`quota_key\`,\`quota_slot\`);`)
  await db.run(sql`CREATE TABLE \`booking_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`booking_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`actor_type\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`message\` text,
  	\`from_starts_at\` text,
  	\`to_starts_at\` text,
  	\`once_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`booking_events_booking_idx\` ON \`booking_events\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_events_office_idx\` ON \`booking_events\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_events_actor_idx\` ON \`booking_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`booking_events_once_key_idx\` ON \`booking_events\` (\`once_key\`);`)
  await db.run(sql`CREATE INDEX \`booking_events_updated_at_idx\` ON \`booking_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`booking_events_created_at_idx\` ON \`booking_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`calendars_id\` integer REFERENCES calendars(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bookings_id\` integer REFERENCES bookings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`booking_events_id\` integer REFERENCES booking_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendars_id_idx\` ON \`payload_locked_documents_rels\` (\`calendars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_events_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_events_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`patron_saint\` text DEFAULT 'Santi Teodoro d’Amasea e Lorenzo da Brindisi';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`patron_rule\` text DEFAULT 'prima-domenica' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`patron_month\` numeric DEFAULT 9 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`patron_day\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`calendars_hours\`;`)
  await db.run(sql`DROP TABLE \`calendars_closures\`;`)
  await db.run(sql`DROP TABLE \`calendars\`;`)
  await db.run(sql`DROP TABLE \`calendars_rels\`;`)
  await db.run(sql`DROP TABLE \`bookings\`;`)
  await db.run(sql`DROP TABLE \`booking_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  	\`second_factor_marks_id\` integer,
  	\`citizens_id\` integer,
  	\`citizen_sessions_id\` integer,
  	\`seed_records_id\` integer,
  	\`site_builds_id\` integer,
  	\`redirects_id\` integer,
  	\`payment_positions_id\` integer,
  	\`payment_receipts_id\` integer,
  	\`payment_events_id\` integer,
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
  	FOREIGN KEY (\`second_factor_marks_id\`) REFERENCES \`second_factor_marks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizens_id\`) REFERENCES \`citizens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizen_sessions_id\`) REFERENCES \`citizen_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seed_records_id\`) REFERENCES \`seed_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payment_positions_id\`) REFERENCES \`payment_positions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payment_receipts_id\`) REFERENCES \`payment_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payment_events_id\`) REFERENCES \`payment_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_events_id\`) REFERENCES \`practice_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_attachments_id\`) REFERENCES \`practice_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`protocol_register_id\`) REFERENCES \`protocol_register\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizen_messages_id\`) REFERENCES \`citizen_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "news_id", "events_id", "pages_id", "offices_id", "places_id", "documents_id", "topics_id", "media_id", "feedback_id", "users_id", "second_factor_marks_id", "citizens_id", "citizen_sessions_id", "seed_records_id", "site_builds_id", "redirects_id", "payment_positions_id", "payment_receipts_id", "payment_events_id", "practices_id", "practice_events_id", "practice_attachments_id", "protocol_register_id", "citizen_messages_id") SELECT "id", "order", "parent_id", "path", "services_id", "news_id", "events_id", "pages_id", "offices_id", "places_id", "documents_id", "topics_id", "media_id", "feedback_id", "users_id", "second_factor_marks_id", "citizens_id", "citizen_sessions_id", "seed_records_id", "site_builds_id", "redirects_id", "payment_positions_id", "payment_receipts_id", "payment_events_id", "practices_id", "practice_events_id", "practice_attachments_id", "protocol_register_id", "citizen_messages_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_second_factor_marks_id_idx\` ON \`payload_locked_documents_rels\` (\`second_factor_marks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizens_id_idx\` ON \`payload_locked_documents_rels\` (\`citizens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seed_records_id_idx\` ON \`payload_locked_documents_rels\` (\`seed_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_positions_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_positions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_events_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_events_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_protocol_register_id_idx\` ON \`payload_locked_documents_rels\` (\`protocol_register_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_messages_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`patron_saint\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`patron_rule\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`patron_month\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`patron_day\`;`)
}
