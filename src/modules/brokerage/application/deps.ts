import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';

/** What the brokerage use cases need: the database, the time, and the app's URL for links in e-mails. */
export type BrokerageDeps = { db: Db; clock: Clock; publicUrl: string };
