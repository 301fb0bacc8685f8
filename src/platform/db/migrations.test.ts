import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, TEST_DATABASE_URL } from '../../../test/test-database.ts';
import { queryRows, type Database } from './client.ts';
import { migrateDatabase, migrationStatus } from './migrations.ts';

let database: Database;
beforeAll(async () => {
  database = await createEmptyDatabase();
});
afterAll(() => database.close());

describe(`migrations on ${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('shows every migration pending on an empty database', async () => {
    const status = await migrationStatus(database);
    expect(status.length).toBeGreaterThan(0);
    expect(status.every((m) => !m.isApplied)).toBe(true);
  });

  it('applies them all, and applying again changes nothing', async () => {
    await migrateDatabase(database);
    const tables = async () =>
      (await queryRows<{ name: string }>(database.db, sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`)).map((r) => r.name);
    const first = await tables();
    expect(first).toEqual(expect.arrayContaining(['users', 'organisations', 'sessions', 'audit_log', 'nuts_regions', 'nace_activities']));
    await migrateDatabase(database);
    expect(await tables()).toEqual(first);
    const [recorded] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(recorded?.n).toBe((await migrationStatus(database)).length);
    expect((await migrationStatus(database)).every((m) => m.isApplied)).toBe(true);
  });

  it('has pg_trgm loaded for fuzzy search', async () => {
    const [row] = await queryRows<{ score: number }>(database.db, sql`select similarity('Podlaskie', 'Podlasie') as score`);
    expect(Number(row?.score)).toBeGreaterThan(0.4);
  });
});
