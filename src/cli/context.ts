import { openPreparedDatabase, type PreparedDatabase } from '../bootstrap.ts';
import { ConfigError, loadConfig, type Config } from '../platform/config.ts';
import { openDatabase, targetFromConfig } from '../platform/db/client.ts';
import { DomainError } from '../platform/errors.ts';
import { DatabaseLockedError } from '../platform/db/lock.ts';

/** A failure the user can act on: printed as one line, exit code 1. */
export class CliError extends Error {}

/**
 * Opens the configured database for one command, and always closes it. It is migrated first,
 * like the server does, unless `isPreparing` is false (`db status` must see it as it is).
 */
export async function withDatabase<T>(
  work: (database: PreparedDatabase, config: Config) => Promise<T>,
  options: { isSeeding?: boolean; isPreparing?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const purpose = 'the gosmart CLI';
  const database =
    options.isPreparing === false
      ? await openDatabase(targetFromConfig(config), purpose)
      : await openPreparedDatabase(config, { purpose, isSeeding: options.isSeeding ?? false });
  try {
    return await work(database, config);
  } finally {
    await database.close();
  }
}

export function reportCliError(error: unknown): never {
  if (
    error instanceof CliError ||
    error instanceof ConfigError ||
    error instanceof DatabaseLockedError ||
    error instanceof DomainError
  ) {
    const details =
      error instanceof DomainError && error.details.length > 0
        ? ` (${error.details.map((d) => `${d.path}: ${d.message}`).join('; ')})`
        : '';
    console.error(`error: ${error.message}${details}`);
  } else {
    console.error('error:', error);
  }
  process.exit(1);
}
