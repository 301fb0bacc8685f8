import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db/client.ts';
import { migrateDatabase } from '../src/platform/db/migrations.ts';
import { loadReferenceData } from '../src/modules/reference/index.ts';

/** Where integration tests run: a fresh PostgreSQL database when TEST_DATABASE_URL is set, else in-memory PGlite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/**
 * A fresh, empty database for one test file. On PostgreSQL each call creates its own database
 * (dropped on close), so test files can run in parallel.
 */
export async function createEmptyDatabase(): Promise<Database> {
  if (!TEST_DATABASE_URL) return openDatabase({ kind: 'pglite-memory' });
  const { url, drop } = await createPostgresDatabase(TEST_DATABASE_URL);
  const database = await openDatabase({ kind: 'postgres', url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

async function adminQuery(serverUrl: string, query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

/** A new empty database on the test server: its URL, and how to drop it. */
export async function createPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `gosmart_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/** A migrated database with the reference classifications loaded. */
export async function createTestDatabase(): Promise<Database> {
  const database = await createEmptyDatabase();
  await migrateDatabase(database);
  await loadReferenceData(database.db);
  return database;
}
