// Steps 2-5: a candidate's evidence profile, verification against the group's criteria, trend
// notes, and the internationalisation potential.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { users, type Actor } from '../../accounts/index.ts';
import type { TCandidateProfile } from '../contract.ts';
import {
  checkCriterion,
  criterionOutcome,
  describeRule,
  verificationScore,
  type CriterionRule,
} from '../domain/criteria.ts';
import { evidenceScore, type CandidateEvidence } from '../domain/evidence.ts';
import { internationalisationScores } from '../domain/internationalisation.ts';
import { TransS3Error } from '../errors.ts';
import { ts3Criteria, ts3ExpertRatings, ts3Judgements, ts3TrendNotes } from '../infra/trans-s3.tables.ts';
import { canRateCandidates } from '../policies.ts';
import { groupCandidate, workingCandidates } from './candidates.ts';
import type { TransS3Deps } from './deps.ts';
import { crossBorderLinks, groupEvidence } from './evidence.ts';
import { loadGroup, recordVersion, type GroupRow } from './group-access.ts';
import {
  loadLabels,
  named,
  presentCandidates,
  priorityRef,
  prioritiesById,
  type CandidateRow,
} from './present.ts';

// ---- Step 2 ----------------------------------------------------------------------------------

export async function candidateProfile(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  candidateId: string,
  datasetId?: string,
): Promise<TCandidateProfile> {
  const { group, candidate } = await groupCandidate(deps.db, actor, groupId, candidateId);
  const computed = await groupEvidence(deps.db, actor, group.regions, [candidate], datasetId);
  const evidence = computed.evidence.get(candidate.id) as CandidateEvidence & {
    activityNames: Map<string, number | null>;
  };
  const priorities = await prioritiesById(deps.db, candidate.priorityIds);
  const labels = await loadLabels(deps.db, { nuts: group.regions, nace: evidence.activities });
  const [presented] = await presentCandidates(deps.db, [candidate]);
  if (!presented) throw new Error('candidate vanished');
  return {
    candidate: presented,
    dataset: computed.dataset,
    datasets: computed.datasets,
    activities: [...evidence.activityNames].map(([code, pci]) => ({ ...named(labels.nace, code), pci })),
    regions: evidence.regions.map((r) => ({
      ...r,
      regionName: labels.nuts.get(r.region) ?? r.region,
      priorities: [...priorities.values()].filter((p) => p.region === r.region).map(priorityRef),
    })),
    evidenceScore: evidenceScore(evidence),
    notes: [
      ...computed.notes,
      ...(evidence.activities.length === 0 && computed.dataset
        ? [
            `${computed.dataset.name} has no activity for the candidate's NACE codes (${candidate.nace.join(', ') || 'none'}); add NACE codes to the candidate.`,
          ]
        : []),
    ],
  };
}

// ---- Step 3 ----------------------------------------------------------------------------------

async function criteriaOf(db: Db, groupId: string) {
  return db
    .select()
    .from(ts3Criteria)
    .where(eq(ts3Criteria.groupId, groupId))
    .orderBy(asc(ts3Criteria.position), asc(ts3Criteria.createdAt));
}

/** Each working candidate × each criterion: the automatic check where data decides, else the analyst's judgement. */
export async function verificationTable(
  db: Db,
  actor: Actor,
  group: GroupRow,
  candidates: CandidateRow[],
  precomputed?: Awaited<ReturnType<typeof groupEvidence>>,
) {
  const criteria = await criteriaOf(db, group.id);
  const computed = precomputed ?? (await groupEvidence(db, actor, group.regions, candidates));
  const judgements = candidates.length
    ? await db
        .select({ j: ts3Judgements, name: users.name })
        .from(ts3Judgements)
        .leftJoin(users, eq(users.id, ts3Judgements.judgedBy))
        .where(
          inArray(
            ts3Judgements.candidateId,
            candidates.map((c) => c.id),
          ),
        )
    : [];
  const judgementOf = (criterionId: string, candidateId: string) => {
    const found = judgements.find((x) => x.j.criterionId === criterionId && x.j.candidateId === candidateId);
    return found
      ? {
          passed: found.j.passed,
          justification: found.j.justification,
          judgedBy: found.name ?? 'former user',
          judgedAt: found.j.judgedAt.toISOString(),
        }
      : null;
  };
  const rows = candidates.map((candidate) => {
    const evidence = computed.evidence.get(candidate.id) as CandidateEvidence;
    const outcomes = criteria.map((criterion) => ({
      criterionId: criterion.id,
      ...criterionOutcome(checkCriterion(criterion.rule, evidence), judgementOf(criterion.id, candidate.id)),
    }));
    return {
      candidateId: candidate.id,
      label: candidate.label,
      outcomes,
      score: verificationScore(outcomes),
    };
  });
  return {
    table: {
      criteria: criteria.map((c) => ({
        id: c.id,
        name: c.name,
        rule: c.rule,
        description: describeRule(c.rule),
      })),
      candidates: rows,
      dataset: computed.dataset ? { id: computed.dataset.id, name: computed.dataset.name } : null,
    },
    computed,
  };
}

async function verificationResponse(db: Db, actor: Actor, group: GroupRow) {
  return (await verificationTable(db, actor, group, await workingCandidates(db, group.id))).table;
}

export async function getVerification(deps: TransS3Deps, actor: Actor, groupId: string) {
  const { group } = await loadGroup(deps.db, actor, groupId);
  return verificationResponse(deps.db, actor, group);
}

async function criteriaSnapshot(db: Db, groupId: string) {
  const criteria = await criteriaOf(db, groupId);
  const judgements = await db
    .select()
    .from(ts3Judgements)
    .where(
      inArray(
        ts3Judgements.criterionId,
        criteria.length ? criteria.map((c) => c.id) : ['00000000-0000-0000-0000-000000000000'],
      ),
    );
  return {
    criteria: criteria.map((c) => ({ name: c.name, rule: c.rule })),
    judgements: judgements.map((j) => ({
      criterion: criteria.find((c) => c.id === j.criterionId)?.name,
      candidateId: j.candidateId,
      passed: j.passed,
      justification: j.justification,
    })),
  };
}

export async function addCriterion(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  input: { name: string; rule: CriterionRule },
) {
  return deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const existing = await criteriaOf(tx, groupId);
    if (input.rule.kind === 'regions_with_rca' || input.rule.kind === 'regions_with_growth') {
      if (input.rule.minRegions > group.regions.length) {
        throw new TransS3Error('INVALID_INPUT', 'The criterion asks for more regions than the group has.', [
          { path: 'rule.minRegions', message: `must be at most ${group.regions.length}` },
        ]);
      }
    }
    await tx
      .insert(ts3Criteria)
      .values({ groupId, name: input.name, rule: input.rule, position: existing.length });
    await recordVersion(
      tx,
      actor,
      groupId,
      3,
      `Criterion '${input.name}' added (${describeRule(input.rule)})`,
      await criteriaSnapshot(tx, groupId),
    );
    return verificationResponse(tx, actor, group);
  });
}

export async function deleteCriterion(deps: TransS3Deps, actor: Actor, groupId: string, criterionId: string) {
  return deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const [removed] = await tx
      .delete(ts3Criteria)
      .where(and(eq(ts3Criteria.id, criterionId), eq(ts3Criteria.groupId, groupId)))
      .returning();
    if (!removed) throw new TransS3Error('NOT_FOUND', `No criterion ${criterionId} in this group.`);
    await recordVersion(
      tx,
      actor,
      groupId,
      3,
      `Criterion '${removed.name}' removed`,
      await criteriaSnapshot(tx, groupId),
    );
    return verificationResponse(tx, actor, group);
  });
}

export async function judgeCriterion(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  criterionId: string,
  candidateId: string,
  input: { passed: boolean; justification: string },
) {
  return deps.db.transaction(async (tx) => {
    const { group, candidate } = await groupCandidate(tx, actor, groupId, candidateId, 'edit');
    const [criterion] = await tx
      .select()
      .from(ts3Criteria)
      .where(and(eq(ts3Criteria.id, criterionId), eq(ts3Criteria.groupId, groupId)));
    if (!criterion) throw new TransS3Error('NOT_FOUND', `No criterion ${criterionId} in this group.`);
    const values = {
      passed: input.passed,
      justification: input.justification,
      judgedBy: actor.userId,
      judgedAt: deps.clock(),
    };
    await tx
      .insert(ts3Judgements)
      .values({ criterionId, candidateId, ...values })
      .onConflictDoUpdate({ target: [ts3Judgements.criterionId, ts3Judgements.candidateId], set: values });
    await recordVersion(
      tx,
      actor,
      groupId,
      3,
      `'${criterion.name}' judged ${input.passed ? 'met' : 'not met'} for ${candidate.key} '${candidate.label}'`,
      await criteriaSnapshot(tx, groupId),
    );
    return verificationResponse(tx, actor, group);
  });
}

// ---- Step 4 ----------------------------------------------------------------------------------

async function trendNotes(db: Db, candidateIds: string[]) {
  if (candidateIds.length === 0) return [];
  const rows = await db
    .select({ n: ts3TrendNotes, name: users.name })
    .from(ts3TrendNotes)
    .leftJoin(users, eq(users.id, ts3TrendNotes.createdBy))
    .where(inArray(ts3TrendNotes.candidateId, candidateIds))
    .orderBy(asc(ts3TrendNotes.createdAt));
  return rows.map(({ n, name }) => ({
    id: n.id,
    candidateId: n.candidateId,
    kind: n.kind as 'market' | 'technology',
    text: n.text,
    sourceTitle: n.sourceTitle,
    sourceUrl: n.sourceUrl,
    createdBy: name,
    createdAt: n.createdAt.toISOString(),
  }));
}
export { trendNotes as trendNotesOf };

export async function listTrendNotes(deps: TransS3Deps, actor: Actor, groupId: string, candidateId: string) {
  await groupCandidate(deps.db, actor, groupId, candidateId);
  return { items: await trendNotes(deps.db, [candidateId]) };
}

function assertCanAddNotes(access: Parameters<typeof canRateCandidates>[0]) {
  if (!canRateCandidates(access))
    throw new TransS3Error(
      'NOT_ALLOWED',
      'Only the group’s analysts and brokers add trend notes and ratings.',
    );
}

export async function addTrendNote(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  candidateId: string,
  input: { kind: 'market' | 'technology'; text: string; sourceTitle: string; sourceUrl: string | null },
) {
  return deps.db.transaction(async (tx) => {
    const { access, candidate } = await groupCandidate(tx, actor, groupId, candidateId);
    assertCanAddNotes(access);
    const [row] = await tx
      .insert(ts3TrendNotes)
      .values({ candidateId, ...input, createdBy: actor.userId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordVersion(
      tx,
      actor,
      groupId,
      4,
      `${input.kind === 'market' ? 'Market' : 'Technology'} trend note on ${candidate.key}: ${input.sourceTitle}`,
      {
        candidateId,
        note: input,
      },
    );
    const [note] = await trendNotes(tx, [candidateId]).then((notes) => notes.filter((n) => n.id === row.id));
    return note as NonNullable<typeof note>;
  });
}

export async function deleteTrendNote(deps: TransS3Deps, actor: Actor, groupId: string, noteId: string) {
  await deps.db.transaction(async (tx) => {
    await loadGroup(tx, actor, groupId, 'edit');
    const working = await workingCandidates(tx, groupId);
    const [removed] = await tx
      .delete(ts3TrendNotes)
      .where(
        and(
          eq(ts3TrendNotes.id, noteId),
          inArray(ts3TrendNotes.candidateId, working.length ? working.map((c) => c.id) : [noteId]),
        ),
      )
      .returning();
    if (!removed) throw new TransS3Error('NOT_FOUND', `No trend note ${noteId} in this group.`);
    await recordVersion(tx, actor, groupId, 4, `Trend note removed: ${removed.sourceTitle}`, { removed });
  });
}

// ---- Step 5 ----------------------------------------------------------------------------------

export async function internationalisationTable(
  db: Db,
  actor: Actor,
  group: GroupRow,
  candidates: CandidateRow[],
  computed?: Awaited<ReturnType<typeof groupEvidence>>,
) {
  const evidence = computed ?? (await groupEvidence(db, actor, group.regions, candidates));
  const ratings = candidates.length
    ? await db
        .select({ r: ts3ExpertRatings, name: users.name })
        .from(ts3ExpertRatings)
        .innerJoin(users, eq(users.id, ts3ExpertRatings.userId))
        .where(
          inArray(
            ts3ExpertRatings.candidateId,
            candidates.map((c) => c.id),
          ),
        )
    : [];
  const inputs = await Promise.all(
    candidates.map(async (candidate) => {
      const orgs = evidence.domainOrganisations.get(candidate.id) ?? [];
      const shares = orgs.map((o) => o.exportShare).filter((s): s is number => s !== null);
      return {
        candidateId: candidate.id,
        exportOrientation: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null,
        exportSample: shares.length,
        crossBorderLinks: await crossBorderLinks(db, orgs),
        expertRatings: ratings.filter((r) => r.r.candidateId === candidate.id).map((r) => r.r.rating),
      };
    }),
  );
  const scores = internationalisationScores(inputs);
  return {
    items: candidates.map((candidate, i) => {
      const input = inputs[i] as (typeof inputs)[number];
      const score = scores[i] as (typeof scores)[number];
      return {
        candidateId: candidate.id,
        label: candidate.label,
        score: score.score,
        components: score.components,
        exportOrientation: input.exportOrientation,
        exportSample: input.exportSample,
        crossBorderLinks: input.crossBorderLinks,
        ratings: ratings
          .filter((r) => r.r.candidateId === candidate.id)
          .map((r) => ({ userId: r.r.userId, name: r.name, rating: r.r.rating, comment: r.r.comment })),
      };
    }),
  };
}

export async function getInternationalisation(deps: TransS3Deps, actor: Actor, groupId: string) {
  const { group } = await loadGroup(deps.db, actor, groupId);
  return internationalisationTable(deps.db, actor, group, await workingCandidates(deps.db, groupId));
}

export async function rateCandidate(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  candidateId: string,
  input: { rating: number; comment: string },
) {
  return deps.db.transaction(async (tx) => {
    const { group, access, candidate } = await groupCandidate(tx, actor, groupId, candidateId);
    assertCanAddNotes(access);
    const values = { rating: input.rating, comment: input.comment, ratedAt: deps.clock() };
    await tx
      .insert(ts3ExpertRatings)
      .values({ candidateId, userId: actor.userId, ...values })
      .onConflictDoUpdate({ target: [ts3ExpertRatings.candidateId, ts3ExpertRatings.userId], set: values });
    await recordVersion(
      tx,
      actor,
      groupId,
      5,
      `Expert rating ${input.rating}/5 for ${candidate.key} '${candidate.label}'`,
      { candidateId, ...input },
    );
    return internationalisationTable(tx, actor, group, await workingCandidates(tx, groupId));
  });
}
