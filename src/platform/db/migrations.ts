import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { z } from 'zod';
import { queryRows, type Database, type Schema } from './client.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));

const ZJournal = z.object({ entries: z.array(z.object({ idx: z.number(), when: z.number(), tag: z.string() })) });

export type MigrationStatus = { name: string; createdAt: Date; isApplied: boolean };

/** Applies pending migrations; a no-op when all are applied. */
export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // The two migrators run the same SQL files; only the driver differs.
  if (database.kind === 'pglite') await migratePglite(database.db as PgliteDatabase<Schema>, config);
  else await migratePostgres(database.db as NodePgDatabase<Schema>, config);
}

export async function migrationStatus(database: Database): Promise<MigrationStatus[]> {
  const journal = ZJournal.parse(
    JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')),
  );
  const lastApplied = await lastAppliedMigrationTime(database);
  return journal.entries.map((entry) => ({
    name: entry.tag,
    createdAt: new Date(entry.when),
    // Drizzle's rule: a migration is applied when it is not newer than the last recorded one.
    isApplied: lastApplied !== undefined && entry.when <= lastApplied,
  }));
}

async function lastAppliedMigrationTime(database: Database): Promise<number | undefined> {
  const [exists] = await queryRows<{ found: string | null }>(
    database.db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as found`,
  );
  if (!exists?.found) return undefined;
  const [result] = await queryRows<{ last: string | number | null }>(
    database.db,
    sql`select max(created_at) as last from drizzle.__drizzle_migrations`,
  );
  const last = result?.last;
  return last === null || last === undefined ? undefined : Number(last);
}
