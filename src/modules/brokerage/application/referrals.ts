import { and, eq, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, notify, type Actor } from '../../accounts/index.ts';
import type { TReferralDetailResponse, TReferralRequest, TReferralResponse } from '../contract.ts';
import type { ReferralStatus } from '../domain/codes.ts';
import { allowedActions, nextState, REFERRAL_LIFECYCLE, type ReferralAction } from '../domain/lifecycle.ts';
import { BrokerageError } from '../errors.ts';
import { referrals } from '../infra/brokerage.tables.ts';
import { createCasesRepository } from '../infra/cases.repository.ts';
import { createReferralsRepository, type ReferralRow } from '../infra/network.repository.ts';
import { createOrganisationsLookup } from '../infra/organisations.lookup.ts';
import { createProfilesRepository } from '../infra/profiles.repository.ts';
import { loadRefs, must, personOrNull } from '../infra/refs.repository.ts';
import { canManageForOrganisation, canSendReferral, isAdmin } from '../policies.ts';
import type { BrokerageDeps } from './deps.ts';
import { organisationFacts } from './profile-access.ts';

type Listed = { referral: ReferralRow; messageCount: number; candidateCount: number };

const notFound = (id: string) => new BrokerageError('NOT_FOUND', `No referral ${id}.`);
const isParty = (actor: Actor, row: ReferralRow) =>
  isAdmin(actor) || row.fromBrokerId === actor.userId || row.toBrokerId === actor.userId;

function permitted(actor: Actor, row: ReferralRow): ReferralAction[] {
  return allowedActions(REFERRAL_LIFECYCLE, row.status as ReferralStatus).filter((action) =>
    action === 'close' ? isParty(actor, row) : isAdmin(actor) || row.toBrokerId === actor.userId,
  );
}

async function referralViews(db: Db, actor: Actor, rows: Listed[]): Promise<TReferralResponse[]> {
  const profileIds = rows.map((r) => r.referral.profileId).filter((id): id is string => id !== null);
  const profiles = createProfilesRepository(db);
  const profileRows = new Map(
    (await Promise.all(profileIds.map((id) => profiles.findById(id)))).flatMap((p) =>
      p ? [[p.id, p] as const] : [],
    ),
  );
  const refs = await loadRefs(db, {
    organisations: rows.map((r) => r.referral.clientOrganisationId),
    people: rows.flatMap((r) => [r.referral.fromBrokerId, r.referral.toBrokerId]),
  });
  return rows.map(({ referral: row, messageCount, candidateCount }) => {
    const profile = row.profileId ? profileRows.get(row.profileId) : undefined;
    return {
      id: row.id,
      status: row.status as ReferralStatus,
      needSummary: row.needSummary,
      fromBroker: must(refs.people, row.fromBrokerId),
      toBroker: must(refs.people, row.toBrokerId),
      client: must(refs.organisations, row.clientOrganisationId),
      caseId: row.caseId,
      profile: profile ? { id: profile.id, reference: profile.reference, title: profile.title } : null,
      createdAt: row.createdAt.toISOString(),
      respondedAt: row.respondedAt?.toISOString() ?? null,
      closedAt: row.closedAt?.toISOString() ?? null,
      allowedActions: permitted(actor, row),
      messageCount: Number(messageCount),
      candidateCount: Number(candidateCount),
    };
  });
}

async function loadReferral(db: Db, actor: Actor, id: string): Promise<Listed> {
  const found = await createReferralsRepository(db).findById(id);
  // Referrals are between two brokers: others do not learn they exist.
  if (!found || !isParty(actor, found.referral)) throw notFound(id);
  return found;
}

export async function getReferral(
  deps: BrokerageDeps,
  actor: Actor,
  id: string,
): Promise<TReferralDetailResponse> {
  const found = await loadReferral(deps.db, actor, id);
  const repository = createReferralsRepository(deps.db);
  const [messages, candidates] = await Promise.all([repository.messages(id), repository.candidates(id)]);
  const refs = await loadRefs(deps.db, {
    organisations: candidates.map((c) => c.organisationId),
    people: [...messages.map((m) => m.authorId), ...candidates.map((c) => c.proposedBy)],
  });
  const [view] = await referralViews(deps.db, actor, [found]);
  return {
    ...(view as TReferralResponse),
    messages: messages.map((m) => ({
      id: m.id,
      text: m.text,
      author: personOrNull(refs.people, m.authorId),
      createdAt: m.createdAt.toISOString(),
    })),
    candidates: candidates.map((c) => ({
      organisation: must(refs.organisations, c.organisationId),
      note: c.note,
      proposedBy: personOrNull(refs.people, c.proposedBy),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

export async function listReferrals(
  deps: BrokerageDeps,
  actor: Actor,
  input: {
    direction: 'incoming' | 'outgoing' | 'all';
    status?: ReferralStatus | undefined;
    limit: number;
    offset: number;
  },
) {
  const incoming = eq(referrals.toBrokerId, actor.userId);
  const outgoing = eq(referrals.fromBrokerId, actor.userId);
  const visibility: SQL | undefined =
    input.direction === 'incoming'
      ? incoming
      : input.direction === 'outgoing'
        ? outgoing
        : isAdmin(actor)
          ? undefined
          : or(incoming, outgoing);
  const { rows, total } = await createReferralsRepository(deps.db).list(
    and(visibility, input.status ? eq(referrals.status, input.status) : undefined),
    input,
  );
  return { items: await referralViews(deps.db, actor, rows), total };
}

export async function sendReferral(
  deps: BrokerageDeps,
  actor: Actor,
  input: TReferralRequest & { isDemo?: boolean },
) {
  if (!canSendReferral(actor)) throw new BrokerageError('NOT_ALLOWED', 'Only brokers send referrals.');
  return deps.db.transaction(async (tx) => {
    const lookup = createOrganisationsLookup(tx);
    if (input.toBrokerId === actor.userId) {
      throw new BrokerageError('INVALID_INPUT', 'A referral goes to another broker.', [
        { path: 'toBrokerId', message: 'must be another broker' },
      ]);
    }
    if (!(await lookup.isActiveBroker(input.toBrokerId))) {
      throw new BrokerageError('INVALID_REFERENCE', 'The receiving user is not an active broker.', [
        { path: 'toBrokerId', message: 'is not a broker' },
      ]);
    }
    if (!(await lookup.exists(input.clientOrganisationId))) {
      throw new BrokerageError('INVALID_REFERENCE', `No organisation ${input.clientOrganisationId}.`, [
        { path: 'clientOrganisationId', message: 'does not exist' },
      ]);
    }
    if (
      !canManageForOrganisation(
        actor,
        input.clientOrganisationId,
        await organisationFacts(tx, actor, input.clientOrganisationId),
      )
    ) {
      throw new BrokerageError('NOT_ALLOWED', 'You can refer only your own clients.', [
        { path: 'clientOrganisationId', message: 'is not your client' },
      ]);
    }
    if (input.caseId) {
      const found = await createCasesRepository(tx).findById(input.caseId);
      if (!found || found.organisationId !== input.clientOrganisationId) {
        throw new BrokerageError('INVALID_REFERENCE', 'The case must be one of this client.', [
          { path: 'caseId', message: 'is not a case of the client' },
        ]);
      }
    }
    if (input.profileId) {
      const found = await createProfilesRepository(tx).findById(input.profileId);
      if (!found || found.organisationId !== input.clientOrganisationId) {
        throw new BrokerageError('INVALID_REFERENCE', 'The profile must be one of this client.', [
          { path: 'profileId', message: 'is not a profile of the client' },
        ]);
      }
    }
    const created = await createReferralsRepository(tx).insert({
      fromBrokerId: actor.userId,
      toBrokerId: input.toBrokerId,
      clientOrganisationId: input.clientOrganisationId,
      caseId: input.caseId ?? null,
      profileId: input.profileId ?? null,
      needSummary: input.needSummary,
      status: 'sent',
      isDemo: input.isDemo ?? false,
    });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'referral.send',
      targetType: 'referral',
      targetId: created.id,
      details: { toBrokerId: input.toBrokerId, clientOrganisationId: input.clientOrganisationId },
    });
    const receiver = await lookup.user(input.toBrokerId);
    const client = await lookup.find(input.clientOrganisationId);
    if (receiver) {
      await notify(
        tx,
        [receiver],
        {
          kind: 'referral.received',
          title: `Referral from ${actor.name}: ${client?.name ?? ''}`,
          body: input.needSummary.slice(0, 500),
          link: `/referrals/${created.id}`,
        },
        { publicUrl: deps.publicUrl },
      );
    }
    return created;
  });
}

async function notifyOther(
  tx: Db,
  deps: BrokerageDeps,
  actor: Actor,
  row: ReferralRow,
  title: string,
  body: string,
) {
  const otherId = row.fromBrokerId === actor.userId ? row.toBrokerId : row.fromBrokerId;
  const other = await createOrganisationsLookup(tx).user(otherId);
  if (other)
    await notify(
      tx,
      [other],
      { kind: 'referral.update', title, body, link: `/referrals/${row.id}` },
      { publicUrl: deps.publicUrl },
    );
}

export async function decideReferral(
  deps: BrokerageDeps,
  actor: Actor,
  id: string,
  action: ReferralAction,
  message?: string,
) {
  await deps.db.transaction(async (tx) => {
    const { referral: row } = await loadReferral(tx, actor, id);
    const status = row.status as ReferralStatus;
    const allowed = permitted(actor, row);
    if (!allowed.includes(action)) {
      if (nextState(REFERRAL_LIFECYCLE, status, action))
        throw new BrokerageError('NOT_ALLOWED', `Only the receiving broker can ${action} a referral.`);
      throw new BrokerageError(
        'ILLEGAL_TRANSITION',
        `A referral that is ${status} cannot take the step "${action}"; allowed: ${allowed.join(', ') || 'none'}.`,
        [{ path: 'action', message: `allowed: ${allowed.join(', ') || 'none'}` }],
      );
    }
    const next = nextState(REFERRAL_LIFECYCLE, status, action) as ReferralStatus;
    const now = deps.clock();
    const repository = createReferralsRepository(tx);
    await repository.update(
      id,
      action === 'close' ? { status: next, closedAt: now } : { status: next, respondedAt: now },
    );
    if (message?.trim())
      await repository.addMessage({ referralId: id, authorId: actor.userId, text: message.trim() });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: `referral.${action}`,
      targetType: 'referral',
      targetId: id,
      details: { from: status, to: next },
    });
    await notifyOther(
      tx,
      deps,
      actor,
      row,
      `Referral ${next} by ${actor.name}`,
      message?.trim() || `The referral is now ${next}.`,
    );
  });
  return getReferral(deps, actor, id);
}

export async function addReferralMessage(deps: BrokerageDeps, actor: Actor, id: string, text: string) {
  await deps.db.transaction(async (tx) => {
    const { referral: row } = await loadReferral(tx, actor, id);
    if (row.status === 'declined' || row.status === 'closed') {
      throw new BrokerageError('ILLEGAL_TRANSITION', `The referral is ${row.status}; its thread is closed.`, [
        { path: 'status', message: 'must be sent or accepted' },
      ]);
    }
    await createReferralsRepository(tx).addMessage({ referralId: id, authorId: actor.userId, text });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'referral.message',
      targetType: 'referral',
      targetId: id,
    });
    await notifyOther(
      tx,
      deps,
      actor,
      row,
      `New message on a referral from ${actor.name}`,
      text.slice(0, 500),
    );
  });
  return getReferral(deps, actor, id);
}

export async function proposeCandidate(
  deps: BrokerageDeps,
  actor: Actor,
  id: string,
  input: { organisationId: string; note?: string | undefined },
) {
  await deps.db.transaction(async (tx) => {
    const { referral: row } = await loadReferral(tx, actor, id);
    if (row.toBrokerId !== actor.userId && !isAdmin(actor))
      throw new BrokerageError('NOT_ALLOWED', 'Only the receiving broker proposes candidates.');
    if (row.status !== 'accepted') {
      throw new BrokerageError(
        'ILLEGAL_TRANSITION',
        `Candidates are proposed once the referral is accepted; it is ${row.status}.`,
        [{ path: 'status', message: 'must be accepted' }],
      );
    }
    if (!(await createOrganisationsLookup(tx).exists(input.organisationId))) {
      throw new BrokerageError('INVALID_REFERENCE', `No organisation ${input.organisationId}.`, [
        { path: 'organisationId', message: 'does not exist' },
      ]);
    }
    if (input.organisationId === row.clientOrganisationId) {
      throw new BrokerageError('INVALID_INPUT', 'The client cannot be its own partner.', [
        { path: 'organisationId', message: 'is the client' },
      ]);
    }
    await createReferralsRepository(tx).addCandidate({
      referralId: id,
      organisationId: input.organisationId,
      note: input.note ?? '',
      proposedBy: actor.userId,
    });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'referral.candidate',
      targetType: 'referral',
      targetId: id,
      details: { organisationId: input.organisationId },
    });
    await notifyOther(
      tx,
      deps,
      actor,
      row,
      `A partner was proposed for your client by ${actor.name}`,
      input.note ?? '',
    );
  });
  return getReferral(deps, actor, id);
}
