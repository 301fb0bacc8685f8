import type { Actor } from '../accounts/index.ts';

export const isAdmin = (actor: Actor) => actor.role === 'admin';
export const isBroker = (actor: Actor) => actor.role === 'broker';
export const isMemberOf = (actor: Actor, organisationId: string) =>
  actor.memberships.some((m) => m.organisationId === organisationId);

type CaseRef = { brokerId: string; organisationId: string };

/** Cases (and their diagnosis, which is confidential) are seen by their broker, the client's people and admins. */
export const canReadCase = (actor: Actor, record: CaseRef) =>
  isAdmin(actor) || record.brokerId === actor.userId || isMemberOf(actor, record.organisationId);

/** Only the case's broker and admins change a case. */
export const canEditCase = (actor: Actor, record: CaseRef) =>
  isAdmin(actor) || record.brokerId === actor.userId;

export const canOpenCase = (actor: Actor) => isAdmin(actor) || isBroker(actor);

/** Facts about the actor and an organisation that need the database, gathered by the use case. */
export type OrganisationFacts = {
  /** The broker looks after the organisation (its region, registered it, or has a case for it). */
  isResponsibleBroker: boolean;
  /** The broker serves the organisation's region. */
  servesRegion: boolean;
};

/** Who may draft and manage an organisation's profiles and answer interests in them. */
export const canManageForOrganisation = (actor: Actor, organisationId: string, facts: OrganisationFacts) =>
  isAdmin(actor) || isMemberOf(actor, organisationId) || (isBroker(actor) && facts.isResponsibleBroker);

/** Validation is the regional broker's quality check (EEN convention): a broker of the owner's region, or an admin. */
export const canValidateProfile = (actor: Actor, facts: OrganisationFacts) =>
  isAdmin(actor) || (isBroker(actor) && facts.servesRegion);

export const canSendReferral = (actor: Actor) => isBroker(actor) || isAdmin(actor);

/** Partnerships are the network's results: brokers, analysts and admins see all; others those of their organisations. */
export const canReadAllPartnerships = (actor: Actor) => actor.role !== 'member';
