import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

type TableRow = { name: string; sql: string }

const plainIntegerKey = /`id` integer PRIMARY KEY NOT NULL/

/**
 * Rebuilds every table keyed by a plain INTEGER PRIMARY KEY with AUTOINCREMENT. Without it SQLite
 * hands the id of a deleted last row to the next row, so a citizen's new draft could take the id
 * (and with it the fee, the history, the links) of someone else's deleted one. SQLite cannot add
 * AUTOINCREMENT in place: each table is copied into a new one with the same columns, rows and
 * indexes. Foreign keys are off meanwhile (the adapter runs migrations outside a transaction), so
 * dropping a parent table never cascades; references name tables, so they hold after the rename.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const tables = (await db.all<TableRow>(sql`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL`))
    .filter((t) => plainIntegerKey.test(t.sql) && !t.name.startsWith('sqlite_'))
  await db.run(sql`PRAGMA foreign_keys=OFF`)
  try {
    for (const table of tables) {
      const indexes = await db.all<{ sql: string }>(sql`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table.name} AND sql IS NOT NULL`)
      const temporary = `__autoincrement_${table.name}`
      const create = table.sql
        .replace(/^CREATE TABLE\s+(`[^`]+`|"[^"]+"|\S+)/, `CREATE TABLE \`${temporary}\``)
        .replace(plainIntegerKey, '`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL')
      await db.run(sql.raw(create))
      await db.run(sql.raw(`INSERT INTO \`${temporary}\` SELECT * FROM \`${table.name}\``))
      await db.run(sql.raw(`DROP TABLE \`${table.name}\``))
      await db.run(sql.raw(`ALTER TABLE \`${temporary}\` RENAME TO \`${table.name}\``))
      for (const index of indexes) await db.run(sql.raw(index.sql))
    }
    const broken = await db.all(sql`PRAGMA foreign_key_check`)
    if (broken.length) throw new Error(`Migrazione no_id_reuse: ${broken.length} riferimenti non validi dopo la ricostruzione delle tabelle.`)
  } finally {
    await db.run(sql`PRAGMA foreign_keys=ON`)
  }
}

/** Going back keeps AUTOINCREMENT: it only ever prevents reuse, and every earlier migration works with it. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
