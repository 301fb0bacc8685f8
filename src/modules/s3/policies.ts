import type { Actor } from '../accounts/index.ts';

/** Analysts and admins load and delete statistics; everyone signed in may read the evidence. */
export const canManageDatasets = (actor: Actor) => actor.role === 'analyst' || actor.role === 'admin';

export const canReadDatasets = (_actor: Actor) => true;
