import type { Config } from './platform/config.ts';
import { openDatabase, targetFromConfig, type Database } from './platform/db/client.ts';
import { migrateDatabase } from './platform/db/migrations.ts';
import { loadReferenceData } from './modules/reference/index.ts';
import { createUsersRepository } from './modules/accounts/infra/users.repository.ts';
import { seedDemo } from './demo/seed-demo.ts';

export type PreparedDatabase = Database & { seeded?: { organisations: number; users: number; datasets: number } };

/**
 * What the server and every database CLI command do first: open, migrate, load the reference
 * classifications, and seed the demo on an empty database when DEMO_SEED=on.
 */
export async function openPreparedDatabase(
  config: Config,
  options: { purpose: string; isSeeding: boolean },
): Promise<PreparedDatabase> {
  const database = await openDatabase(targetFromConfig(config), options.purpose);
  try {
    await migrateDatabase(database);
    await loadReferenceData(database.db);
    if (options.isSeeding && config.demoSeed && (await createUsersRepository(database.db).countAll()) === 0) {
      return { ...database, seeded: await seedDemo(database.db) };
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
