import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, notify, organisations, type Actor } from '../../accounts/index.ts';
import type { TContactResponse, TInterestRequest, TInterestResponse } from '../contract.ts';
import type { InterestStatus, ProfileType } from '../domain/codes.ts';
import { allowedActions, INTEREST_LIFECYCLE, nextState, type InterestAction } from '../domain/lifecycle.ts';
import { BrokerageError } from '../errors.ts';
import { createAccessRepository, brokerResponsibleFor } from '../infra/access.repository.ts';
import { interests, profiles } from '../infra/brokerage.tables.ts';
import {
  createContactsRepository,
  createInterestsRepository,
  type ContactRow,
  type InterestRow,
} from '../infra/network.repository.ts';
import { createOrganisationsLookup } from '../infra/organisations.lookup.ts';
import { createProfilesRepository, type ProfileRow } from '../infra/profiles.repository.ts';
import { loadRefs, must, personOrNull } from '../infra/refs.repository.ts';
import { canManageForOrganisation, isAdmin, isBroker } from '../policies.ts';
import type { BrokerageDeps } from './deps.ts';
import { organisationFacts } from './profile-access.ts';

const notFound = (id: string) => new BrokerageError('NOT_FOUND', `No expression of interest ${id}.`);

export function contactView(row: ContactRow): TContactResponse {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    email: row.email,
    phone: row.phone,
    consentToShare: row.consentToShare,
    consentRecordedAt: row.consentRecordedAt?.toISOString() ?? null,
  };
}

/** The actor's standing towards an EOI: may they answer it (owner side), introduce the parties, or just read it. */
async function standing(db: Db, actor: Actor, interest: InterestRow, profile: ProfileRow) {
  const [ownerFacts, senderFacts] = await Promise.all([
    organisationFacts(db, actor, profile.organisationId),
    organisationFacts(db, actor, interest.fromOrganisationId),
  ]);
  const isOwnerSide = canManageForOrganisation(actor, profile.organisationId, ownerFacts);
  const isSenderSide =
    canManageForOrganisation(actor, interest.fromOrganisationId, senderFacts) ||
    interest.fromUserId === actor.userId;
  const isBrokerOfEither =
    isAdmin(actor) ||
    (isBroker(actor) && (ownerFacts.isResponsibleBroker || senderFacts.isResponsibleBroker));
  return { isOwnerSide, isSenderSide, isBrokerOfEither, canRead: isOwnerSide || isSenderSide };
}

function permitted(interest: InterestRow, who: Awaited<ReturnType<typeof standing>>): InterestAction[] {
  return allowedActions(INTEREST_LIFECYCLE, interest.status as InterestStatus).filter((action) =>
    action === 'introduce' ? who.isBrokerOfEither : who.isOwnerSide,
  );
}

async function interestViews(
  db: Db,
  actor: Actor,
  rows: { interest: InterestRow; profile: ProfileRow }[],
): Promise<TInterestResponse[]> {
  const refs = await loadRefs(db, {
    organisations: rows.flatMap((r) => [r.profile.organisationId, r.interest.fromOrganisationId]),
    people: rows.map((r) => r.interest.fromUserId),
  });
  const contacts = createContactsRepository(db);
  return Promise.all(
    rows.map(async ({ interest, profile }) => {
      const who = await standing(db, actor, interest, profile);
      const isAccepted = interest.status === 'accepted' || interest.status === 'introduced';
      // Contact details are revealed only after acceptance, and only of people who agreed to share them.
      const shared =
        isAccepted && (who.canRead || who.isBrokerOfEither)
          ? {
              profileOwner: (await contacts.list([profile.organisationId], true)).map(contactView),
              sender: (await contacts.list([interest.fromOrganisationId], true)).map(contactView),
            }
          : null;
      return {
        id: interest.id,
        status: interest.status as InterestStatus,
        message: interest.message,
        responseMessage: interest.responseMessage,
        createdAt: interest.createdAt.toISOString(),
        respondedAt: interest.respondedAt?.toISOString() ?? null,
        introducedAt: interest.introducedAt?.toISOString() ?? null,
        profile: {
          id: profile.id,
          reference: profile.reference,
          title: profile.title,
          type: profile.type as ProfileType,
          organisation: must(refs.organisations, profile.organisationId),
        },
        fromOrganisation: must(refs.organisations, interest.fromOrganisationId),
        fromUser: personOrNull(refs.people, interest.fromUserId),
        allowedActions: permitted(interest, who),
        contacts: shared,
      };
    }),
  );
}

async function loadInterest(db: Db, actor: Actor, id: string) {
  const interest = await createInterestsRepository(db).findById(id);
  if (!interest) throw notFound(id);
  const profile = await createProfilesRepository(db).findById(interest.profileId);
  if (!profile) throw notFound(id);
  const who = await standing(db, actor, interest, profile);
  if (!who.canRead && !who.isBrokerOfEither) throw notFound(id);
  return { interest, profile, who };
}

export async function getInterest(deps: BrokerageDeps, actor: Actor, id: string): Promise<TInterestResponse> {
  const { interest, profile } = await loadInterest(deps.db, actor, id);
  return (await interestViews(deps.db, actor, [{ interest, profile }]))[0] as TInterestResponse;
}

/** Which organisation an EOI is sent for: the one named (if the actor may act for it), else the actor's only one. */
async function senderOrganisation(db: Db, actor: Actor, requested: string | undefined): Promise<string> {
  if (requested) {
    const facts = await organisationFacts(db, actor, requested);
    if (!(await createOrganisationsLookup(db).exists(requested))) {
      throw new BrokerageError('INVALID_REFERENCE', `No organisation ${requested}.`, [
        { path: 'organisationId', message: 'does not exist' },
      ]);
    }
    if (!canManageForOrganisation(actor, requested, facts)) {
      throw new BrokerageError(
        'NOT_ALLOWED',
        'You can only express interest for your own organisation or your clients.',
        [{ path: 'organisationId', message: 'is not yours' }],
      );
    }
    return requested;
  }
  if (actor.memberships.length === 1)
    return (actor.memberships[0] as { organisationId: string }).organisationId;
  throw new BrokerageError('INVALID_INPUT', 'Name the organisation the interest is sent for.', [
    { path: 'organisationId', message: 'is required' },
  ]);
}

export async function expressInterest(
  deps: BrokerageDeps,
  actor: Actor,
  profileId: string,
  input: TInterestRequest & { isDemo?: boolean },
) {
  return deps.db.transaction(async (tx) => {
    const profile = await createProfilesRepository(tx).findById(profileId);
    if (!profile) throw new BrokerageError('NOT_FOUND', `No profile ${profileId}.`);
    if (profile.status !== 'published') {
      const facts = await organisationFacts(tx, actor, profile.organisationId);
      if (!canManageForOrganisation(actor, profile.organisationId, facts))
        throw new BrokerageError('NOT_FOUND', `No profile ${profileId}.`);
      throw new BrokerageError(
        'ILLEGAL_TRANSITION',
        `Interest can be expressed in published profiles only; this one is ${profile.status}.`,
        [{ path: 'status', message: 'must be published' }],
      );
    }
    const fromOrganisationId = await senderOrganisation(tx, actor, input.organisationId);
    if (fromOrganisationId === profile.organisationId) {
      throw new BrokerageError(
        'INVALID_INPUT',
        'An organisation cannot express interest in its own profile.',
        [{ path: 'organisationId', message: 'is the profile owner' }],
      );
    }
    const repository = createInterestsRepository(tx);
    if (await repository.openFromOrganisation(profileId, fromOrganisationId)) {
      throw new BrokerageError(
        'INTEREST_EXISTS',
        'This organisation already has an open expression of interest in this profile.',
      );
    }
    const created = await repository.insert({
      profileId,
      fromUserId: actor.userId,
      fromOrganisationId,
      message: input.message,
      status: 'sent',
      isDemo: input.isDemo ?? false,
    });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'interest.send',
      targetType: 'interest',
      targetId: created.id,
      details: { profileId, fromOrganisationId },
    });
    const refs = await loadRefs(tx, { organisations: [fromOrganisationId], people: [] });
    const sender = must(refs.organisations, fromOrganisationId);
    const recipients = [
      ...(await createAccessRepository(tx).brokersOf(profile.organisationId)),
      ...(await createOrganisationsLookup(tx).members(profile.organisationId)),
    ];
    await notify(
      tx,
      recipients.filter((r) => r.id !== actor.userId),
      {
        kind: 'interest.received',
        title: `Expression of interest: ${profile.title}`,
        body: `${sender.name} (${sender.countryCode}) is interested in ${profile.reference ?? profile.title}: ${input.message.slice(0, 300)}`,
        link: `/profiles/${profile.id}`,
      },
      { publicUrl: deps.publicUrl },
    );
    return created;
  });
}

export async function decideInterest(
  deps: BrokerageDeps,
  actor: Actor,
  id: string,
  action: InterestAction,
  message?: string,
): Promise<TInterestResponse> {
  await deps.db.transaction(async (tx) => {
    const { interest, profile, who } = await loadInterest(tx, actor, id);
    const status = interest.status as InterestStatus;
    const allowed = permitted(interest, who);
    if (!allowed.includes(action)) {
      if (nextState(INTEREST_LIFECYCLE, status, action))
        throw new BrokerageError('NOT_ALLOWED', `You may not ${action} this expression of interest.`);
      throw new BrokerageError(
        'ILLEGAL_TRANSITION',
        `An expression of interest that is ${status} cannot take the step "${action}"; allowed: ${allowed.join(', ') || 'none'}.`,
        [{ path: 'action', message: `allowed: ${allowed.join(', ') || 'none'}` }],
      );
    }
    const next = nextState(INTEREST_LIFECYCLE, status, action) as InterestStatus;
    const now = deps.clock();
    await createInterestsRepository(tx).update(
      id,
      action === 'introduce'
        ? { status: next, introducedAt: now }
        : {
            status: next,
            respondedAt: now,
            respondedBy: actor.userId,
            responseMessage: message?.trim() || null,
          },
    );
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: `interest.${action}`,
      targetType: 'interest',
      targetId: id,
      details: { from: status, to: next },
    });
    const lookup = createOrganisationsLookup(tx);
    const sender = interest.fromUserId ? await lookup.user(interest.fromUserId) : undefined;
    const recipients = [
      ...(sender?.isActive ? [sender] : []),
      ...(await lookup.members(interest.fromOrganisationId)),
      ...(action === 'introduce' ? await lookup.members(profile.organisationId) : []),
    ].filter((r) => r.id !== actor.userId);
    await notify(
      tx,
      recipients,
      {
        kind: `interest.${next}`,
        title: `Expression of interest ${next}: ${profile.title}`,
        body:
          message?.trim() ||
          `Your expression of interest in ${profile.reference ?? profile.title} was ${next}.`,
        link: `/interests`,
      },
      { publicUrl: deps.publicUrl },
    );
  });
  return getInterest(deps, actor, id);
}

export type InterestListInput = {
  direction: 'received' | 'sent' | 'all';
  status?: InterestStatus | undefined;
  limit: number;
  offset: number;
  profileId?: string;
};

/** The organisations an actor may act for, as a condition on an organisation id column. */
function actsFor(
  actor: Actor,
  column: typeof profiles.organisationId | typeof interests.fromOrganisationId,
): SQL {
  const memberOrganisations = actor.memberships.map((m) => m.organisationId);
  const ofMembers = memberOrganisations.length > 0 ? inArray(column, memberOrganisations) : sql`false`;
  if (!isBroker(actor)) return ofMembers;
  return sql`(${ofMembers} or exists (select 1 from ${organisations} where ${organisations.id} = ${column} and ${brokerResponsibleFor(actor.userId)}))`;
}

export async function listInterests(deps: BrokerageDeps, actor: Actor, input: InterestListInput) {
  const received = actsFor(actor, profiles.organisationId);
  const sent = or(
    actsFor(actor, interests.fromOrganisationId),
    eq(interests.fromUserId, actor.userId),
  ) as SQL;
  const visibility =
    isAdmin(actor) && input.direction === 'all'
      ? undefined
      : input.direction === 'received'
        ? received
        : input.direction === 'sent'
          ? sent
          : or(received, sent);
  const { rows, total } = await createInterestsRepository(deps.db).list(
    and(
      visibility,
      input.status ? eq(interests.status, input.status) : undefined,
      input.profileId ? eq(interests.profileId, input.profileId) : undefined,
    ),
    input,
  );
  return { items: await interestViews(deps.db, actor, rows), total };
}

/** The interests in one profile, for its owner side (others see only those they sent). */
export async function listProfileInterests(
  deps: BrokerageDeps,
  actor: Actor,
  profileId: string,
  page: { limit: number; offset: number },
) {
  const profile = await createProfilesRepository(deps.db).findById(profileId);
  if (!profile) throw new BrokerageError('NOT_FOUND', `No profile ${profileId}.`);
  const facts = await organisationFacts(deps.db, actor, profile.organisationId);
  const isOwnerSide = canManageForOrganisation(actor, profile.organisationId, facts);
  if (!isOwnerSide && profile.status !== 'published')
    throw new BrokerageError('NOT_FOUND', `No profile ${profileId}.`);
  return listInterests(deps, actor, { direction: isOwnerSide ? 'all' : 'sent', profileId, ...page });
}
