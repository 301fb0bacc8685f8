import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';

/** What the Trans-S3 use cases need: the database and the time. */
export type TransS3Deps = { db: Db; clock: Clock };
