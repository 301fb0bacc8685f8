import type { HttpDeps } from '../../../platform/http/deps.ts';
import type { BrokerageDeps } from '../application/deps.ts';

export const brokerageDeps = (deps: HttpDeps): BrokerageDeps => ({
  db: deps.database.db,
  clock: deps.clock,
  publicUrl: deps.config.publicUrl,
});
