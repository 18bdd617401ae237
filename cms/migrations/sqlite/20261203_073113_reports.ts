import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`report_categories\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`description\` text,
  	\`office_id\` integer NOT NULL,
  	\`target_days\` numeric DEFAULT 15 NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`report_categories_slug_idx\` ON \`report_categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`report_categories_office_idx\` ON \`report_categories\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`report_categories_updated_at_idx\` ON \`report_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_categories_created_at_idx\` ON \`report_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`streets\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`area\` text NOT NULL,
  	\`latitude\` numeric NOT NULL,
  	\`longitude\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`streets_name_idx\` ON \`streets\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`streets_area_idx\` ON \`streets\` (\`area\`);`)
  await db.run(sql`CREATE INDEX \`streets_updated_at_idx\` ON \`streets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`streets_created_at_idx\` ON \`streets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`status\` text DEFAULT 'da-confermare' NOT NULL,
  	\`close_reason\` text,
  	\`category_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`assignee_id\` integer,
  	\`title\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`public_text\` text,
  	\`moderation\` text DEFAULT 'in-attesa' NOT NULL,
  	\`latitude\` numeric NOT NULL,
  	\`longitude\` numeric NOT NULL,
  	\`address\` text,
  	\`area\` text,
  	\`location_source\` text,
  	\`public_answer\` text,
  	\`target_date\` text,
  	\`confirmed_at\` text,
  	\`solved_at\` text,
  	\`closed_at\` text,
  	\`merged_into_id\` integer,
  	\`followers_count\` numeric DEFAULT 0,
  	\`reporter_name\` text NOT NULL,
  	\`reporter_email\` text NOT NULL,
  	\`citizen_id\` integer,
  	\`channel\` text DEFAULT 'web' NOT NULL,
  	\`request_key\` text,
  	\`version\` numeric DEFAULT 1 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`report_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`citizen_id\`) REFERENCES \`citizens\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_code_idx\` ON \`reports\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_category_idx\` ON \`reports\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_office_idx\` ON \`reports\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_assignee_idx\` ON \`reports\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_moderation_idx\` ON \`reports\` (\`moderation\`);`)
  await db.run(sql`CREATE INDEX \`reports_latitude_idx\` ON \`reports\` (\`latitude\`);`)
  await db.run(sql`CREATE INDEX \`reports_longitude_idx\` ON \`reports\` (\`longitude\`);`)
  await db.run(sql`CREATE INDEX \`reports_area_idx\` ON \`reports\` (\`area\`);`)
  await db.run(sql`CREATE INDEX \`reports_target_date_idx\` ON \`reports\` (\`target_date\`);`)
  await db.run(sql`CREATE INDEX \`reports_confirmed_at_idx\` ON \`reports\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_merged_into_idx\` ON \`reports\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_citizen_idx\` ON \`reports\` (\`citizen_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_request_key_idx\` ON \`reports\` (\`request_key\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_category_idx\` ON \`reports\` (\`status\`,\`category_id\`);`)
  await db.run(sql`CREATE TABLE \`report_photos\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`position\` numeric NOT NULL,
  	\`stored_name\` text NOT NULL,
  	\`width\` numeric NOT NULL,
  	\`height\` numeric NOT NULL,
  	\`bytes\` numeric NOT NULL,
  	\`sha256\` text NOT NULL,
  	\`moderation\` text DEFAULT 'in-attesa' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_photos_report_idx\` ON \`report_photos\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`report_photos_office_idx\` ON \`report_photos\` (\`office_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_photos_stored_name_idx\` ON \`report_photos\` (\`stored_name\`);`)
  await db.run(sql`CREATE INDEX \`report_photos_updated_at_idx\` ON \`report_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_photos_created_at_idx\` ON \`report_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_position_idx\` ON \`report_photos\` (\`report_id\`,\`position\`);`)
  await db.run(sql`CREATE TABLE \`report_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text,
  	\`public\` integer DEFAULT false,
  	\`text\` text,
  	\`other_report_id\` integer,
  	\`other_office_id\` integer,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`other_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`other_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_events_report_idx\` ON \`report_events\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`report_events_office_idx\` ON \`report_events\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`report_events_other_report_idx\` ON \`report_events\` (\`other_report_id\`);`)
  await db.run(sql`CREATE INDEX \`report_events_other_office_idx\` ON \`report_events\` (\`other_office_id\`);`)
  await db.run(sql`CREATE INDEX \`report_events_actor_idx\` ON \`report_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`report_events_updated_at_idx\` ON \`report_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_events_created_at_idx\` ON \`report_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_followers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`email\` text NOT NULL,
  	\`citizen_id\` integer,
  	\`reporter\` integer DEFAULT false,
  	\`confirmed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`citizen_id\`) REFERENCES \`citizens\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_followers_report_idx\` ON \`report_followers\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`report_followers_office_idx\` ON \`report_followers\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`report_followers_email_idx\` ON \`report_followers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`report_followers_citizen_idx\` ON \`report_followers\` (\`citizen_id\`);`)
  await db.run(sql`CREATE INDEX \`report_followers_updated_at_idx\` ON \`report_followers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_followers_created_at_idx\` ON \`report_followers\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_email_idx\` ON \`report_followers\` (\`report_id\`,\`email\`);`)
  await db.run(sql`CREATE TABLE \`assistance_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`status\` text DEFAULT 'nuova' NOT NULL,
  	\`office_id\` integer NOT NULL,
  	\`topic\` text NOT NULL,
  	\`service_id\` integer,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`citizen_id\` integer,
  	\`message\` text NOT NULL,
  	\`reply\` text,
  	\`replied_at\` text,
  	\`replied_by_id\` integer,
  	\`request_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`citizen_id\`) REFERENCES \`citizens\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replied_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`assistance_requests_code_idx\` ON \`assistance_requests\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`assistance_requests_status_idx\` ON \`assistance_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`assistance_requests_office_idx\` ON \`assistance_requests\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`assistance_requests_service_idx\` ON \`assistance_requests\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`assistance_requests_citizen_idx\` ON \`assistance_requests\` (\`citizen_id\`);`)
  await db.run(sql`CREATE INDEX \`assistance_requests_replied_by_idx\` ON \`assistance_requests\` (\`replied_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`assistance_requests_request_key_idx\` ON \`assistance_requests\` (\`request_key\`);`)
  await db.run(sql`CREATE INDEX \`assistance_requests_updated_at_idx\` ON \`assistance_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assistance_requests_created_at_idx\` ON \`assistance_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_categories_id\` integer REFERENCES report_categories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`streets_id\` integer REFERENCES streets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_photos_id\` integer REFERENCES report_photos(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_events_id\` integer REFERENCES report_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_followers_id\` integer REFERENCES report_followers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assistance_requests_id\` integer REFERENCES assistance_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`report_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_streets_id_idx\` ON \`payload_locked_documents_rels\` (\`streets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`report_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_events_id_idx\` ON \`payload_locked_documents_rels\` (\`report_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_followers_id_idx\` ON \`payload_locked_documents_rels\` (\`report_followers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assistance_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`assistance_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`report_categories\`;`)
  await db.run(sql`DROP TABLE \`streets\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`report_photos\`;`)
  await db.run(sql`DROP TABLE \`report_events\`;`)
  await db.run(sql`DROP TABLE \`report_followers\`;`)
  await db.run(sql`DROP TABLE \`assistance_requests\`;`)
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
  	\`calendars_id\` integer,
  	\`bookings_id\` integer,
  	\`booking_events_id\` integer,
  	\`certificates_id\` integer,
  	\`certificate_events_id\` integer,
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
  	FOREIGN KEY (\`citizen_messages_id\`) REFERENCES \`citizen_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendars_id\`) REFERENCES \`calendars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookings_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`booking_events_id\`) REFERENCES \`booking_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`certificates_id\`) REFERENCES \`certificates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`certificate_events_id\`) REFERENCES \`certificate_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "news_id", "events_id", "pages_id", "offices_id", "places_id", "documents_id", "topics_id", "media_id", "feedback_id", "users_id", "second_factor_marks_id", "citizens_id", "citizen_sessions_id", "seed_records_id", "site_builds_id", "redirects_id", "payment_positions_id", "payment_receipts_id", "payment_events_id", "practices_id", "practice_events_id", "practice_attachments_id", "protocol_register_id", "citizen_messages_id", "calendars_id", "bookings_id", "booking_events_id", "certificates_id", "certificate_events_id") SELECT "id", "order", "parent_id", "path", "services_id", "news_id", "events_id", "pages_id", "offices_id", "places_id", "documents_id", "topics_id", "media_id", "feedback_id", "users_id", "second_factor_marks_id", "citizens_id", "citizen_sessions_id", "seed_records_id", "site_builds_id", "redirects_id", "payment_positions_id", "payment_receipts_id", "payment_events_id", "practices_id", "practice_events_id", "practice_attachments_id", "protocol_register_id", "citizen_messages_id", "calendars_id", "bookings_id", "booking_events_id", "certificates_id", "certificate_events_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendars_id_idx\` ON \`payload_locked_documents_rels\` (\`calendars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_events_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`certificates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_certificate_events_id_idx\` ON \`payload_locked_documents_rels\` (\`certificate_events_id\`);`)
}
