import type { Actor } from './domain/user.ts';

type OrganisationRef = { id: string; createdBy: string | null; countryCode: string; nutsCode: string | null };

export const isAdmin = (actor: Actor) => actor.role === 'admin';

export const canManageUsers = (actor: Actor) => isAdmin(actor);

export const canReadAuditLog = (actor: Actor) => isAdmin(actor);

export const canReadOutbox = (actor: Actor) => isAdmin(actor);

/** The actor registry is the network's shared directory: every signed-in user may read it. */
export const canReadOrganisation = (_actor: Actor) => true;

/** Brokers and admins register organisations; any other user may register the one they belong to. */
export const canCreateOrganisation = (actor: Actor) =>
  actor.role === 'admin' || actor.role === 'broker' || actor.memberships.length === 0;

export const isOrganisationManager = (actor: Actor, organisationId: string) =>
  actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'manager');

/** Whether the organisation lies in one of a broker's regions (its NUTS code, or its country without one). */
export const isInBrokerRegions = (
  actor: Actor,
  organisation: Pick<OrganisationRef, 'countryCode' | 'nutsCode'>,
) =>
  actor.role === 'broker' &&
  actor.brokerRegions.some((region) =>
    (organisation.nutsCode ?? organisation.countryCode).startsWith(region),
  );

/** Its managers, administrators, and the brokers who registered it or serve its region keep an organisation's record. */
export const canEditOrganisation = (actor: Actor, organisation: OrganisationRef) =>
  isAdmin(actor) ||
  isOrganisationManager(actor, organisation.id) ||
  (actor.role === 'broker' && organisation.createdBy === actor.userId) ||
  isInBrokerRegions(actor, organisation);

export const canDeleteOrganisation = (actor: Actor) => isAdmin(actor);

export const canManageMembers = (actor: Actor, organisation: OrganisationRef) =>
  canEditOrganisation(actor, organisation);
