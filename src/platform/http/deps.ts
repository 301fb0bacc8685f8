import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';

/** What every module's routes get from the app. */
export type HttpDeps = { database: Database; clock: Clock; config: Config };
