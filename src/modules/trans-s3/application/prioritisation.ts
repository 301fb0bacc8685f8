// Prioritisation: the candidates scored on the results of steps 2-6 with the group's weights, the
// sensitivity of the ranking to each weight, and the choice of the final domains. Plus the history.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { users, type Actor } from '../../accounts/index.ts';
import type { TPrioritisation } from '../contract.ts';
import { consultationScore } from '../domain/consultation.ts';
import { evidenceScore } from '../domain/evidence.ts';
import {
  DEFAULT_WEIGHTS,
  sensitivity,
  trendsScore,
  type FactorScores,
  type Weights,
} from '../domain/prioritisation.ts';
import { TransS3Error } from '../errors.ts';
import { ts3Candidates, ts3Groups, ts3Versions } from '../infra/trans-s3.tables.ts';
import { workingCandidates } from './candidates.ts';
import { closedRoundResults } from './consultation.ts';
import type { TransS3Deps } from './deps.ts';
import { groupEvidence } from './evidence.ts';
import { loadGroup, recordVersion, type GroupRow } from './group-access.ts';
import { internationalisationTable, trendNotesOf, verificationTable } from './review.ts';

async function prioritisation(db: Db, actor: Actor, group: GroupRow, now: Date): Promise<TPrioritisation> {
  const weights = group.weights ?? DEFAULT_WEIGHTS;
  const candidates = await workingCandidates(db, group.id);
  const computed = await groupEvidence(db, actor, group.regions, candidates);
  const { table: verification } = await verificationTable(db, actor, group, candidates, computed);
  const international = await internationalisationTable(db, actor, group, candidates, computed);
  const notes = await trendNotesOf(
    db,
    candidates.map((c) => c.id),
  );
  const round = await closedRoundResults(db, group.id, now);
  const scores: FactorScores[] = candidates.map((c) => {
    const consultation = round?.results.find((r) => r.candidateId === c.id);
    const evidence = computed.evidence.get(c.id);
    return {
      candidateId: c.id,
      factors: {
        evidence: evidence ? evidenceScore(evidence) : null,
        verification: verification.candidates.find((v) => v.candidateId === c.id)?.score ?? null,
        trends: trendsScore(notes.filter((n) => n.candidateId === c.id)),
        internationalisation: international.items.find((i) => i.candidateId === c.id)?.score ?? null,
        consultation: consultation ? consultationScore(consultation) : null,
      },
    };
  });
  const analysis = sensitivity(scores, weights);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return {
    weights,
    dataset: computed.dataset ? { id: computed.dataset.id, name: computed.dataset.name } : null,
    round: round ? { id: round.id, title: round.title } : null,
    ranked: analysis.base.map((r) => {
      const candidate = byId.get(r.candidateId) as (typeof candidates)[number];
      const stability = analysis.stability.find((s) => s.candidateId === r.candidateId);
      return {
        candidateId: r.candidateId,
        label: candidate.label,
        status: candidate.status as 'candidate' | 'final',
        rank: r.rank,
        score: r.score,
        factors: scores.find((s) => s.candidateId === r.candidateId)?.factors ?? {
          evidence: null,
          verification: null,
          trends: null,
          internationalisation: null,
          consultation: null,
        },
        contributions: r.contributions,
        missing: r.missing,
        bestRank: stability?.bestRank ?? r.rank,
        worstRank: stability?.worstRank ?? r.rank,
      };
    }),
    sensitivity: analysis.runs.map((run) => ({
      factor: run.factor,
      change: run.change,
      changed: run.changed,
      ranks: run.ranks,
    })),
  };
}

export async function getPrioritisation(deps: TransS3Deps, actor: Actor, groupId: string) {
  const { group } = await loadGroup(deps.db, actor, groupId);
  return prioritisation(deps.db, actor, group, deps.clock());
}

export async function setWeights(deps: TransS3Deps, actor: Actor, groupId: string, weights: Weights) {
  if (Object.values(weights).every((w) => w === 0)) {
    throw new TransS3Error('INVALID_INPUT', 'At least one weight must be above 0.', [
      { path: 'weights', message: 'all weights are 0' },
    ]);
  }
  return deps.db.transaction(async (tx) => {
    await loadGroup(tx, actor, groupId, 'edit');
    const [row] = await tx
      .update(ts3Groups)
      .set({ weights, updatedAt: deps.clock() })
      .where(eq(ts3Groups.id, groupId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const result = await prioritisation(tx, actor, row, deps.clock());
    await recordVersion(
      tx,
      actor,
      groupId,
      6,
      `Prioritisation weights set: ${Object.entries(weights)
        .map(([f, w]) => `${f} ${w}`)
        .join(', ')}`,
      { weights, ranking: result.ranked.map((r) => ({ rank: r.rank, label: r.label, score: r.score })) },
    );
    return result;
  });
}

export async function setFinalDomains(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  candidateIds: string[],
) {
  return deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const working = await workingCandidates(tx, groupId);
    const ids = new Set(working.map((c) => c.id));
    const unknown = candidateIds.flatMap((id, i) =>
      ids.has(id)
        ? []
        : [{ path: `candidateIds.${i}`, message: 'not a candidate of this group (or dropped)' }],
    );
    if (unknown.length) throw new TransS3Error('INVALID_INPUT', 'Unknown candidates.', unknown);
    const chosen = new Set(candidateIds);
    const now = deps.clock();
    for (const c of working) {
      const status = chosen.has(c.id) ? 'final' : 'candidate';
      if (c.status !== status)
        await tx.update(ts3Candidates).set({ status, updatedAt: now }).where(eq(ts3Candidates.id, c.id));
    }
    const result = await prioritisation(tx, actor, group, now);
    const labels = working.filter((c) => chosen.has(c.id)).map((c) => `${c.key} '${c.label}'`);
    await recordVersion(tx, actor, groupId, 6, `Final domains: ${labels.join(', ') || 'none'}`, {
      final: labels,
      ranking: result.ranked.map((r) => ({
        rank: r.rank,
        label: r.label,
        score: r.score,
        factors: r.factors,
      })),
      weights: result.weights,
    });
    return result;
  });
}

// ---- History ---------------------------------------------------------------------------------

export async function listHistory(deps: TransS3Deps, actor: Actor, groupId: string, step?: number) {
  await loadGroup(deps.db, actor, groupId);
  const rows = await deps.db
    .select({ v: ts3Versions, name: users.name })
    .from(ts3Versions)
    .leftJoin(users, eq(users.id, ts3Versions.createdBy))
    .where(and(eq(ts3Versions.groupId, groupId), step ? eq(ts3Versions.step, step) : undefined))
    .orderBy(desc(ts3Versions.createdAt), asc(ts3Versions.step), desc(ts3Versions.version))
    .limit(500);
  return { items: rows.map(({ v, name }) => presentVersion(v, name)) };
}

const presentVersion = (v: typeof ts3Versions.$inferSelect, name: string | null) => ({
  id: v.id,
  step: v.step,
  version: v.version,
  summary: v.summary,
  createdBy: name,
  createdAt: v.createdAt.toISOString(),
});

export async function getVersion(deps: TransS3Deps, actor: Actor, groupId: string, versionId: string) {
  await loadGroup(deps.db, actor, groupId);
  const [row] = await deps.db
    .select({ v: ts3Versions, name: users.name })
    .from(ts3Versions)
    .leftJoin(users, eq(users.id, ts3Versions.createdBy))
    .where(and(eq(ts3Versions.id, versionId), eq(ts3Versions.groupId, groupId)));
  if (!row) throw new TransS3Error('NOT_FOUND', `No version ${versionId} in this group.`);
  return { ...presentVersion(row.v, row.name), snapshot: row.v.snapshot };
}
