import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from '../../schema.ts';
import { lockDirectory } from './lock.ts';

export type Schema = typeof schema;
/** The Drizzle handle every repository takes; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  /** Where it lives, without credentials, for logs. */
  location: string;
  close(): Promise<void>;
};

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

export function targetFromConfig(config: { databaseUrl: string | undefined; dataDir: string }): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}

export async function openDatabase(target: DatabaseTarget, purpose = 'GoSmart'): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // Fail at start, not at the first request, when the server is unreachable.
    const client = await pool.connect();
    client.release();
    const url = new URL(target.url);
    return {
      db: drizzlePostgres(pool, { schema }),
      kind: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
      close: () => pool.end(),
    };
  }
  const lock = target.kind === 'pglite' ? lockDirectory(target.dataDir, purpose) : undefined;
  try {
    const dataDir = target.kind === 'pglite' ? path.join(target.dataDir, 'pglite') : undefined;
    const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    return {
      db: drizzlePglite(client, { schema }),
      kind: 'pglite',
      location: dataDir ?? 'memory',
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Rows of a raw SQL query; PGlite and node-postgres both return `{ rows }`, which the shared type leaves unknown. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows?: T[] };
  return result.rows ?? [];
}
