// Who may do what in the Trans-S3 workspace. A group is visible to its members and administrators
// only; everyone else gets "not found", so a group's existence does not leak.
import type { Actor } from '../accounts/index.ts';
import type { GroupRole } from './contract.ts';

export type GroupAccess = { isAdmin: boolean; role: GroupRole | null };

export const isAdmin = (actor: Actor) => actor.role === 'admin';

/** The priorities register is public knowledge (published strategies): everyone signed in reads it; analysts and admins keep it. */
export const canEditPriorities = (actor: Actor) => actor.role === 'admin' || actor.role === 'analyst';

export const canCreateGroup = (actor: Actor) => actor.role === 'admin' || actor.role === 'analyst';

export const canReadGroup = (access: GroupAccess) => access.isAdmin || access.role !== null;

/** Run the steps, edit candidates, criteria, rounds, weights and the strategy. */
export const canEditGroup = (access: GroupAccess) =>
  access.isAdmin || access.role === 'lead' || access.role === 'analyst';

export const canManageMembers = (access: GroupAccess) => access.isAdmin || access.role === 'lead';

/** Experts rating internationalisation potential: the group's analysts and brokers. */
export const canRateCandidates = (access: GroupAccess) => canEditGroup(access) || access.role === 'broker';

/** Consultation results: editors at any time, every member once the round has closed. */
export const canSeeRoundResults = (access: GroupAccess, isClosed: boolean) =>
  canEditGroup(access) || (isClosed && canReadGroup(access));
