// Step 6: stakeholder consultation rounds. Editors open a round on some candidates and criteria;
// the invited stakeholders rate each candidate 1-5 per criterion between opensAt and closesAt.
// Results give each helix an equal weight (domain/consultation.ts) and are shown anonymised by helix.
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/client.ts';
import { notify, users, type Actor } from '../../accounts/index.ts';
import type { TRound, ZResponseRequest, ZRoundPatch, ZRoundRequest } from '../contract.ts';
import {
  aggregateConsultation,
  turnoutByHelix,
  type CandidateConsultation,
  type ConsultationRating,
} from '../domain/consultation.ts';
import { HELIXES, isHelix, type Helix } from '../domain/evidence.ts';
import { TransS3Error } from '../errors.ts';
import { ts3Candidates, ts3Invitees, ts3Members, ts3Responses, ts3Rounds } from '../infra/trans-s3.tables.ts';
import { canEditGroup, canSeeRoundResults, type GroupAccess } from '../policies.ts';
import type { TransS3Deps } from './deps.ts';
import { loadGroup, recordVersion } from './group-access.ts';

/** Creating a round notifies the invitees, with a link into the web app. */
export type ConsultationDeps = TransS3Deps & { publicUrl: string };

type RoundRow = typeof ts3Rounds.$inferSelect;
type RoundState = TRound['state'];
type RoundRequest = z.output<typeof ZRoundRequest>;
type RoundPatch = z.output<typeof ZRoundPatch>;
type ResponseRequest = z.output<typeof ZResponseRequest>;
type Invitee = { userId: string; name: string; email: string; helix: Helix };

const STEP = 6;

export function roundState(round: Pick<RoundRow, 'opensAt' | 'closesAt'>, now: Date): RoundState {
  if (now < round.opensAt) return 'upcoming';
  return now < round.closesAt ? 'open' : 'closed';
}

export async function listRounds(deps: TransS3Deps, actor: Actor, groupId: string) {
  await loadGroup(deps.db, actor, groupId, 'read');
  const now = deps.clock();
  const rounds = await deps.db
    .select()
    .from(ts3Rounds)
    .where(eq(ts3Rounds.groupId, groupId))
    .orderBy(desc(ts3Rounds.opensAt), desc(ts3Rounds.createdAt));
  const roundIds = rounds.map((r) => r.id);
  const invitees = roundIds.length
    ? await deps.db.select().from(ts3Invitees).where(inArray(ts3Invitees.roundId, roundIds))
    : [];
  const answered = roundIds.length
    ? await deps.db
        .selectDistinct({ roundId: ts3Responses.roundId, userId: ts3Responses.userId })
        .from(ts3Responses)
        .where(inArray(ts3Responses.roundId, roundIds))
    : [];
  const hasAnswered = new Set(answered.map((a) => `${a.roundId}/${a.userId}`));
  return {
    items: rounds.map((round) => {
      const invited = invitees.filter((i) => i.roundId === round.id);
      const state = roundState(round, now);
      return {
        ...presentSummary(round, state),
        invited: invited.length,
        responded: invited.filter((i) => hasAnswered.has(`${round.id}/${i.userId}`)).length,
        canRespond: state === 'open' && invited.some((i) => i.userId === actor.userId),
      };
    }),
  };
}

export async function getRound(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  roundId: string,
): Promise<TRound> {
  const { access } = await loadGroup(deps.db, actor, groupId, 'read');
  const round = await loadRound(deps.db, groupId, roundId);
  return presentRound(deps.db, actor, access, round, deps.clock());
}

export async function createRound(
  deps: ConsultationDeps,
  actor: Actor,
  groupId: string,
  input: RoundRequest,
): Promise<TRound> {
  const roundId = await deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const candidateIds = await roundCandidates(tx, groupId, input.candidateIds);
    const invitees = await stakeholders(tx, groupId, input.invitees);
    const [round] = await tx
      .insert(ts3Rounds)
      .values({
        groupId,
        title: input.title,
        criteria: [...new Set(input.criteria)],
        candidateIds,
        opensAt: new Date(input.opensAt),
        closesAt: new Date(input.closesAt),
        createdBy: actor.userId,
      })
      .returning();
    if (!round) throw new Error('insert returned no round');
    await tx
      .insert(ts3Invitees)
      .values(invitees.map((i) => ({ roundId: round.id, userId: i.userId, helix: i.helix })));
    await recordVersion(
      tx,
      actor,
      groupId,
      STEP,
      `Consultation round “${round.title}” created`,
      snapshot(round, invitees),
    );
    await inviteToRound(tx, deps.publicUrl, group.name, round, invitees);
    return round.id;
  });
  return getRound(deps, actor, groupId, roundId);
}

/** Title, dates and invitees of a round that has not closed; stakeholders added are notified. */
export async function updateRound(
  deps: ConsultationDeps,
  actor: Actor,
  groupId: string,
  roundId: string,
  patch: RoundPatch,
): Promise<TRound> {
  await deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const round = await loadRound(tx, groupId, roundId);
    if (roundState(round, deps.clock()) === 'closed') {
      throw new TransS3Error(
        'ROUND_CLOSED',
        `The round “${round.title}” closed on ${round.closesAt.toISOString()}; it cannot change.`,
      );
    }
    const opensAt = patch.opensAt === undefined ? round.opensAt : new Date(patch.opensAt);
    const closesAt = patch.closesAt === undefined ? round.closesAt : new Date(patch.closesAt);
    if (closesAt <= opensAt) {
      throw new TransS3Error('INVALID_INPUT', 'A round must close after it opens.', [
        { path: 'closesAt', message: 'must be after opensAt' },
      ]);
    }
    const [updated] = await tx
      .update(ts3Rounds)
      .set({ title: patch.title ?? round.title, opensAt, closesAt })
      .where(eq(ts3Rounds.id, roundId))
      .returning();
    if (!updated) throw new Error('update returned no round');
    let invitees = await roundInvitees(tx, roundId);
    if (patch.invitees !== undefined) {
      const before = new Set(invitees.map((i) => i.userId));
      invitees = await stakeholders(tx, groupId, patch.invitees);
      // Answers of a stakeholder taken off the list stay stored but no longer count (see ratingsOf).
      await tx.delete(ts3Invitees).where(eq(ts3Invitees.roundId, roundId));
      await tx
        .insert(ts3Invitees)
        .values(invitees.map((i) => ({ roundId, userId: i.userId, helix: i.helix })));
      await inviteToRound(
        tx,
        deps.publicUrl,
        group.name,
        updated,
        invitees.filter((i) => !before.has(i.userId)),
      );
    }
    await recordVersion(
      tx,
      actor,
      groupId,
      STEP,
      `Consultation round “${updated.title}” changed`,
      snapshot(updated, invitees),
    );
  });
  return getRound(deps, actor, groupId, roundId);
}

/** The current user's answer about one candidate; replaces an earlier answer while the round is open. */
export async function saveResponse(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  roundId: string,
  candidateId: string,
  input: ResponseRequest,
): Promise<TRound> {
  await deps.db.transaction(async (tx) => {
    await loadGroup(tx, actor, groupId, 'read');
    const round = await loadRound(tx, groupId, roundId);
    const [invitee] = await tx
      .select()
      .from(ts3Invitees)
      .where(and(eq(ts3Invitees.roundId, roundId), eq(ts3Invitees.userId, actor.userId)));
    if (!invitee)
      throw new TransS3Error('NOT_ALLOWED', 'Only the stakeholders invited to the round answer it.');
    const state = roundState(round, deps.clock());
    if (state !== 'open') {
      throw new TransS3Error(
        'ROUND_NOT_OPEN',
        `The round is ${state}: it takes answers from ${round.opensAt.toISOString()} until ${round.closesAt.toISOString()}.`,
      );
    }
    if (!round.candidateIds.includes(candidateId)) {
      throw new TransS3Error('NOT_FOUND', `The candidate ${candidateId} is not in the round.`);
    }
    const asked = new Set(round.criteria);
    const details = [
      ...round.criteria
        .filter((c) => input.ratings[c] === undefined)
        .map((c) => ({ path: `ratings.${c}`, message: 'is required' })),
      ...Object.keys(input.ratings)
        .filter((c) => !asked.has(c))
        .map((c) => ({ path: `ratings.${c}`, message: 'is not a criterion of the round' })),
    ];
    if (details.length) {
      throw new TransS3Error(
        'INVALID_INPUT',
        `Rate exactly the round’s criteria: ${round.criteria.join(', ')}.`,
        details,
      );
    }
    const values = { ratings: input.ratings, comment: input.comment, updatedAt: deps.clock() };
    await tx
      .insert(ts3Responses)
      .values({ roundId, userId: actor.userId, candidateId, ...values })
      .onConflictDoUpdate({
        target: [ts3Responses.roundId, ts3Responses.userId, ts3Responses.candidateId],
        set: values,
      });
  });
  return getRound(deps, actor, groupId, roundId);
}

/**
 * The latest closed round of the group (the one whose results count for prioritisation) with its
 * helix-equal aggregate per candidate; null when no round has closed. Pass the app's clock as `now`.
 */
export async function closedRoundResults(
  db: Db,
  groupId: string,
  now: Date = new Date(),
): Promise<{ id: string; title: string; closesAt: Date; results: CandidateConsultation[] } | null> {
  const rounds = await db
    .select()
    .from(ts3Rounds)
    .where(eq(ts3Rounds.groupId, groupId))
    .orderBy(desc(ts3Rounds.closesAt), desc(ts3Rounds.createdAt));
  const round = rounds.find((r) => roundState(r, now) === 'closed');
  if (!round) return null;
  const invitees = await roundInvitees(db, round.id);
  const responses = await db.select().from(ts3Responses).where(eq(ts3Responses.roundId, round.id));
  const results = aggregateConsultation(
    ratingsOf(round, invitees, responses),
    round.candidateIds,
    round.criteria,
  );
  return { id: round.id, title: round.title, closesAt: round.closesAt, results };
}

// ---- helpers ---------------------------------------------------------------------------------

async function loadRound(db: Db, groupId: string, roundId: string): Promise<RoundRow> {
  const [round] = await db
    .select()
    .from(ts3Rounds)
    .where(and(eq(ts3Rounds.id, roundId), eq(ts3Rounds.groupId, groupId)));
  if (!round) throw new TransS3Error('NOT_FOUND', `No consultation round ${roundId} in the group.`);
  return round;
}

/** The candidates asked: those given (each must be the group's), else every candidate not dropped. */
async function roundCandidates(db: Db, groupId: string, requested: string[] | undefined): Promise<string[]> {
  if (requested === undefined) {
    const rows = await db
      .select({ id: ts3Candidates.id })
      .from(ts3Candidates)
      .where(and(eq(ts3Candidates.groupId, groupId), ne(ts3Candidates.status, 'dropped')))
      .orderBy(ts3Candidates.key);
    if (!rows.length) {
      throw new TransS3Error('INVALID_INPUT', 'The group has no candidates to consult on.', [
        { path: 'candidateIds', message: 'no candidate left to consult on' },
      ]);
    }
    return rows.map((r) => r.id);
  }
  const ids = [...new Set(requested)];
  const found = ids.length
    ? await db
        .select({ id: ts3Candidates.id })
        .from(ts3Candidates)
        .where(and(eq(ts3Candidates.groupId, groupId), inArray(ts3Candidates.id, ids)))
    : [];
  const known = new Set(found.map((r) => r.id));
  const details = ids.flatMap((id, index) =>
    known.has(id)
      ? []
      : [{ path: `candidateIds.${index}`, message: `${id} is not a candidate of the group` }],
  );
  if (!ids.length) details.push({ path: 'candidateIds', message: 'needs at least one candidate' });
  if (details.length)
    throw new TransS3Error('INVALID_INPUT', 'Consult on the group’s candidates only.', details);
  return ids;
}

/** The stakeholders invited: those given (each must be a stakeholder member with a helix), else all. */
async function stakeholders(db: Db, groupId: string, requested: string[] | undefined): Promise<Invitee[]> {
  const rows = await db
    .select({
      userId: ts3Members.userId,
      role: ts3Members.role,
      helix: ts3Members.helix,
      name: users.name,
      email: users.email,
    })
    .from(ts3Members)
    .innerJoin(users, eq(users.id, ts3Members.userId))
    .where(eq(ts3Members.groupId, groupId))
    .orderBy(users.name);
  const eligible = new Map<string, Invitee>();
  for (const r of rows) {
    if (r.role === 'stakeholder' && r.helix !== null && isHelix(r.helix)) {
      eligible.set(r.userId, { userId: r.userId, name: r.name, email: r.email, helix: r.helix });
    }
  }
  const ids = requested === undefined ? [...eligible.keys()] : [...new Set(requested)];
  const unknown = ids.filter((id) => !eligible.has(id));
  if (unknown.length) {
    throw new TransS3Error('INVALID_INPUT', 'Only the group’s stakeholders (with a helix) can be invited.', [
      { path: 'invitees', message: `not stakeholders of the group: ${unknown.join(', ')}` },
    ]);
  }
  if (!ids.length) {
    throw new TransS3Error('INVALID_INPUT', 'A round needs at least one invited stakeholder.', [
      {
        path: 'invitees',
        message: requested === undefined ? 'the group has no stakeholders' : 'needs at least one stakeholder',
      },
    ]);
  }
  return ids.flatMap((id) => {
    const invitee = eligible.get(id);
    return invitee ? [invitee] : [];
  });
}

async function roundInvitees(db: Db, roundId: string): Promise<Invitee[]> {
  const rows = await db
    .select({ userId: ts3Invitees.userId, helix: ts3Invitees.helix, name: users.name, email: users.email })
    .from(ts3Invitees)
    .innerJoin(users, eq(users.id, ts3Invitees.userId))
    .where(eq(ts3Invitees.roundId, roundId))
    .orderBy(users.name);
  return rows.flatMap((r) => (isHelix(r.helix) ? [{ ...r, helix: r.helix }] : []));
}

type ResponseRow = typeof ts3Responses.$inferSelect;

/** The invitees' ratings of the round's candidates and criteria, under the helix of the invitation. */
function ratingsOf(round: RoundRow, invitees: Invitee[], responses: ResponseRow[]): ConsultationRating[] {
  const helixOf = new Map(invitees.map((i) => [i.userId, i.helix]));
  const asked = new Set(round.candidateIds);
  return responses.flatMap((response) => {
    const helix = helixOf.get(response.userId);
    if (helix === undefined || !asked.has(response.candidateId)) return [];
    return round.criteria.flatMap((criterion) => {
      const rating = response.ratings[criterion];
      return rating === undefined
        ? []
        : [{ stakeholderId: response.userId, helix, candidateId: response.candidateId, criterion, rating }];
    });
  });
}

async function inviteToRound(
  db: Db,
  publicUrl: string,
  groupName: string,
  round: RoundRow,
  invitees: Invitee[],
) {
  if (!invitees.length) return;
  await notify(
    db,
    invitees.map((i) => ({ id: i.userId, email: i.email })),
    {
      kind: 'trans-s3.round_invited',
      title: `Consultation: ${round.title}`,
      body:
        `${groupName} asks for your view of its candidate smart specialisation domains ` +
        `(${round.candidateIds.length} domains, criteria: ${round.criteria.join(', ')}). ` +
        `The round is open from ${round.opensAt.toISOString().slice(0, 16).replace('T', ' ')} ` +
        `until ${round.closesAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
      link: `/trans-s3/groups/${round.groupId}?tab=consultation&round=${round.id}`,
    },
    { publicUrl },
  );
}

const snapshot = (round: RoundRow, invitees: Invitee[]) => ({
  round: {
    id: round.id,
    title: round.title,
    criteria: round.criteria,
    candidateIds: round.candidateIds,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
  },
  invitees: invitees.map((i) => ({ userId: i.userId, helix: i.helix })),
});

const presentSummary = (round: RoundRow, state: RoundState) => ({
  id: round.id,
  title: round.title,
  criteria: round.criteria,
  opensAt: round.opensAt.toISOString(),
  closesAt: round.closesAt.toISOString(),
  state,
});

async function presentRound(
  db: Db,
  actor: Actor,
  access: GroupAccess,
  round: RoundRow,
  now: Date,
): Promise<TRound> {
  const state = roundState(round, now);
  const invitees = await roundInvitees(db, round.id);
  const responses = await db.select().from(ts3Responses).where(eq(ts3Responses.roundId, round.id));
  const candidateRows = round.candidateIds.length
    ? await db
        .select()
        .from(ts3Candidates)
        .where(and(eq(ts3Candidates.groupId, round.groupId), inArray(ts3Candidates.id, round.candidateIds)))
    : [];
  const byId = new Map(candidateRows.map((c) => [c.id, c]));
  // A candidate deleted since (step 1 re-run) leaves the round; its answers went with it.
  const candidates = round.candidateIds.flatMap((id) => {
    const c = byId.get(id);
    return c ? [{ id: c.id, key: c.key, label: c.label, description: c.description }] : [];
  });
  const candidateIds = candidates.map((c) => c.id);
  const ratings = ratingsOf(round, invitees, responses);
  const responded = new Set(ratings.map((r) => r.stakeholderId));
  const isEditor = canEditGroup(access);
  const isInvited = invitees.some((i) => i.userId === actor.userId);
  return {
    ...presentSummary(round, state),
    invited: invitees.length,
    responded: invitees.filter((i) => responded.has(i.userId)).length,
    canRespond: isInvited && state === 'open',
    candidates,
    invitees: isEditor
      ? invitees.map((i) => ({
          userId: i.userId,
          name: i.name,
          helix: i.helix,
          responded: responded.has(i.userId),
        }))
      : [],
    turnout: turnoutByHelix(
      invitees.map((i) => ({ stakeholderId: i.userId, helix: i.helix })),
      ratings,
    ),
    mine: responses
      .filter((r) => r.userId === actor.userId && byId.has(r.candidateId))
      .map((r) => ({ candidateId: r.candidateId, ratings: r.ratings, comment: r.comment })),
    results: canSeeRoundResults(access, state === 'closed')
      ? aggregateConsultation(ratings, candidateIds, round.criteria).map((c) => ({
          ...c,
          comments: anonymisedComments(c.candidateId, invitees, responses),
        }))
      : null,
    canEdit: isEditor && state !== 'closed',
  };
}

/** Comments with the helix only, ordered by helix then text so their order does not reveal who wrote them. */
function anonymisedComments(candidateId: string, invitees: Invitee[], responses: ResponseRow[]) {
  const helixOf = new Map(invitees.map((i) => [i.userId, i.helix]));
  return responses
    .flatMap((r) => {
      const helix = helixOf.get(r.userId);
      const comment = r.comment.trim();
      return r.candidateId === candidateId && helix !== undefined && comment ? [{ helix, comment }] : [];
    })
    .sort(
      (a, b) => HELIXES.indexOf(a.helix) - HELIXES.indexOf(b.helix) || a.comment.localeCompare(b.comment),
    );
}
