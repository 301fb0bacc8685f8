// Step 1: candidate transnational domains — found by the clustering, then merged, split, renamed,
// added or dropped by hand. Every change is a new version of step 1 and an audit entry.
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { Actor } from '../../accounts/index.ts';
import type { TCandidate } from '../contract.ts';
import { NABS_CHAPTERS, POLICY_OBJECTIVES } from '../domain/codes.ts';
import {
  DEFAULT_MIN_SIMILARITY,
  describeDomain,
  findCommonDomains,
  type CodeLabels,
  type DomainCode,
} from '../domain/common-priorities.ts';
import type { Priority } from '../domain/priority.ts';
import { TransS3Error } from '../errors.ts';
import { ts3Candidates, ts3Groups, ts3Priorities, type CandidateWhy } from '../infra/trans-s3.tables.ts';
import type { TransS3Deps } from './deps.ts';
import { loadGroup, recordVersion, type GroupNeed, type GroupRow } from './group-access.ts';
import {
  loadLabels,
  presentCandidates,
  priorityRef,
  type CandidateRow,
  type PriorityRow,
} from './present.ts';

/** Candidates replaced by a new run of step 1 stay in the database (their notes, ratings and answers too). */
const SUPERSEDED = 'superseded';

type LastRun = { at: string; minRegions: number; minSimilarity: number };

const toPriority = (row: PriorityRow): Priority => ({
  id: row.id,
  region: row.region,
  code: row.code,
  title: row.title,
  description: row.description,
  nace: row.nace,
  nabs: row.nabs,
  objectives: row.objectives,
  techFields: row.techFields,
});

async function groupPriorities(db: Db, group: GroupRow): Promise<PriorityRow[]> {
  if (group.regions.length === 0) return [];
  return db
    .select()
    .from(ts3Priorities)
    .where(inArray(ts3Priorities.region, group.regions))
    .orderBy(asc(ts3Priorities.region), asc(ts3Priorities.code));
}

async function codeLabels(db: Db, priorities: PriorityRow[]): Promise<CodeLabels> {
  const labels = await loadLabels(db, { nace: priorities.flatMap((p) => p.nace) });
  return {
    nace: labels.nace,
    nabs: new Map(NABS_CHAPTERS.map((c) => [c.code, c.name])),
    objectives: new Map(POLICY_OBJECTIVES.map((c) => [c.code, c.name])),
    tech: new Map([...labels.tech].map(([id, name]) => [String(id), name])),
  };
}

/** The NACE codes a domain's evidence is read for: those shared by ≥ 2 regions, else all its members' codes. */
function domainNace(codes: DomainCode[], members: Priority[]): string[] {
  const shared = codes.filter((c) => c.scheme === 'nace').map((c) => c.code);
  return shared.length ? shared : [...new Set(members.flatMap((m) => m.nace))].sort();
}

const toWhy = (d: {
  codes: DomainCode[];
  terms: CandidateWhy['terms'];
  links: CandidateWhy['links'];
}): CandidateWhy => ({
  codes: d.codes.map((c) => ({
    scheme: c.scheme,
    code: c.code,
    name: c.name,
    regions: c.regions,
    priorities: c.priorities,
  })),
  terms: d.terms.map((t) => ({ term: t.term, regions: t.regions })),
  links: d.links.map((l) => ({ a: l.a, b: l.b, similarity: l.similarity, code: l.code, text: l.text })),
});

async function activeCandidates(db: Db, groupId: string): Promise<CandidateRow[]> {
  return db
    .select()
    .from(ts3Candidates)
    .where(and(eq(ts3Candidates.groupId, groupId), ne(ts3Candidates.status, SUPERSEDED)))
    .orderBy(asc(ts3Candidates.key));
}

async function lastRun(db: Db, groupId: string): Promise<LastRun | null> {
  const rows = await db.query.ts3Versions.findMany({
    where: (v, { and: all, eq: is, like }) =>
      all(is(v.groupId, groupId), is(v.step, 1), like(v.summary, 'Step 1 run%')),
    orderBy: (v, { desc }) => [desc(v.version)],
    limit: 1,
  });
  const snapshot = rows[0]?.snapshot as { run?: LastRun } | undefined;
  return snapshot?.run ?? null;
}

export async function listCandidates(deps: TransS3Deps, actor: Actor, groupId: string) {
  const { group } = await loadGroup(deps.db, actor, groupId);
  return candidatesResponse(deps.db, group);
}

async function candidatesResponse(db: Db, group: GroupRow) {
  const rows = await activeCandidates(db, group.id);
  const items = await presentCandidates(db, rows);
  const assigned = new Set(rows.filter((r) => r.status !== 'dropped').flatMap((r) => r.priorityIds));
  const priorities = await groupPriorities(db, group);
  return {
    items,
    unassigned: priorities.filter((p) => !assigned.has(p.id)).map(priorityRef),
    lastRun: await lastRun(db, group.id),
  };
}

/** Records the step-1 result as it now is. */
async function snapshot(db: Db, actor: Actor, group: GroupRow, summary: string, run?: LastRun) {
  const items = await presentCandidates(db, await activeCandidates(db, group.id));
  await recordVersion(db, actor, group.id, 1, summary, {
    run,
    candidates: items.map((c) => ({
      key: c.key,
      label: c.label,
      status: c.status,
      origin: c.origin,
      regions: c.regions.map((r) => r.code),
      priorities: c.priorities.map((p) => `${p.region}:${p.code}`),
    })),
  });
}

export async function runCommonPriorities(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  input: { minRegions?: number | undefined; minSimilarity?: number | undefined },
) {
  return deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const minRegions = input.minRegions ?? group.minRegions;
    if (minRegions > group.regions.length) {
      throw new TransS3Error('INVALID_INPUT', 'A domain cannot span more regions than the group has.', [
        { path: 'minRegions', message: `must be at most ${group.regions.length}` },
      ]);
    }
    const minSimilarity = input.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
    const corpus = await loadCorpus(tx, group);
    const result = findCommonDomains(corpus.priorities, { minRegions, minSimilarity, labels: corpus.labels });
    await tx
      .update(ts3Candidates)
      .set({ status: SUPERSEDED, updatedAt: deps.clock() })
      .where(and(eq(ts3Candidates.groupId, groupId), ne(ts3Candidates.status, SUPERSEDED)));
    if (result.domains.length) {
      await tx.insert(ts3Candidates).values(
        result.domains.map((d) => ({
          groupId,
          key: d.id,
          label: d.label,
          priorityIds: d.priorityIds,
          nace: domainNace(
            d.codes,
            d.priorityIds.flatMap((id) => corpus.byId.get(id) ?? []),
          ),
          why: toWhy(d),
          strength: d.strength,
          origin: 'step1',
        })),
      );
    }
    await tx.update(ts3Groups).set({ minRegions, updatedAt: deps.clock() }).where(eq(ts3Groups.id, groupId));
    const run = { at: deps.clock().toISOString(), minRegions, minSimilarity };
    await snapshot(
      tx,
      actor,
      group,
      `Step 1 run: ${result.domains.length} candidate domains from ${corpus.priorities.length} priorities (min. ${minRegions} regions)`,
      run,
    );
    return candidatesResponse(tx, { ...group, minRegions });
  });
}

async function loadCandidate(db: Db, groupId: string, candidateId: string): Promise<CandidateRow> {
  const [row] = await db
    .select()
    .from(ts3Candidates)
    .where(
      and(
        eq(ts3Candidates.id, candidateId),
        eq(ts3Candidates.groupId, groupId),
        ne(ts3Candidates.status, SUPERSEDED),
      ),
    );
  if (!row) throw new TransS3Error('NOT_FOUND', `No candidate ${candidateId} in this group.`);
  return row;
}

/** A candidate of a group the actor may read, or edit when `need` says so (step 2-6 use cases start here). */
export async function groupCandidate(
  db: Db,
  actor: Actor,
  groupId: string,
  candidateId: string,
  need: GroupNeed = 'read',
) {
  const loaded = await loadGroup(db, actor, groupId, need);
  return { ...loaded, candidate: await loadCandidate(db, groupId, candidateId) };
}

/** The group's priorities and the names of their codes: loaded once per use case, then used in memory. */
type Corpus = { byId: Map<string, Priority>; priorities: Priority[]; labels: CodeLabels };

async function loadCorpus(db: Db, group: GroupRow): Promise<Corpus> {
  const rows = await groupPriorities(db, group);
  const priorities = rows.map(toPriority);
  return { byId: new Map(priorities.map((p) => [p.id, p])), priorities, labels: await codeLabels(db, rows) };
}

/** Priorities must be the group's; returns them in order. */
function membersOf(corpus: Corpus, priorityIds: string[], path = 'priorityIds'): Priority[] {
  const details = priorityIds.flatMap((id, i) =>
    corpus.byId.has(id) ? [] : [{ path: `${path}.${i}`, message: `not a priority of the group's regions` }],
  );
  if (details.length) throw new TransS3Error('INVALID_INPUT', 'Unknown priorities.', details);
  return [...new Set(priorityIds)].map((id) => corpus.byId.get(id) as Priority);
}

const describe = (corpus: Corpus, members: Priority[]) =>
  describeDomain(members, corpus.priorities, { labels: corpus.labels });

/** The next free key with a prefix: M1, M2 … for hand-made candidates. */
async function nextKey(db: Db, groupId: string, prefix: string): Promise<string> {
  const keys = (
    await db.select({ key: ts3Candidates.key }).from(ts3Candidates).where(eq(ts3Candidates.groupId, groupId))
  ).map((r) => r.key);
  let n = 1;
  while (keys.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/**
 * A priority belongs to one active candidate at most: taking it into one removes it from the others,
 * whose "why" is worked out again; a candidate left without priorities is gone (kept as superseded).
 */
async function releasePriorities(
  db: Db,
  group: GroupRow,
  corpus: Corpus,
  priorityIds: string[],
  exceptId: string | null,
  now: Date,
) {
  const taken = new Set(priorityIds);
  for (const row of await activeCandidates(db, group.id)) {
    if (row.id === exceptId || row.status === 'dropped') continue;
    const kept = row.priorityIds.filter((id) => !taken.has(id));
    if (kept.length === row.priorityIds.length) continue;
    if (kept.length === 0) {
      await db
        .update(ts3Candidates)
        .set({ priorityIds: kept, status: SUPERSEDED, updatedAt: now })
        .where(eq(ts3Candidates.id, row.id));
      continue;
    }
    const described = describe(corpus, membersOf(corpus, kept));
    await db
      .update(ts3Candidates)
      .set({ priorityIds: kept, why: toWhy(described), strength: described.strength, updatedAt: now })
      .where(eq(ts3Candidates.id, row.id));
  }
}

export async function addCandidate(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  input: { label: string; description: string; priorityIds: string[]; nace?: string[] | undefined },
): Promise<TCandidate> {
  return deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const corpus = await loadCorpus(tx, group);
    const members = membersOf(corpus, input.priorityIds);
    const described = describe(corpus, members);
    await releasePriorities(tx, group, corpus, input.priorityIds, null, deps.clock());
    const [row] = await tx
      .insert(ts3Candidates)
      .values({
        groupId,
        key: await nextKey(tx, groupId, 'M'),
        label: input.label,
        description: input.description,
        priorityIds: members.map((m) => m.id),
        nace: input.nace ?? domainNace(described.codes, members),
        why: toWhy(described),
        strength: described.strength,
        origin: 'manual',
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await snapshot(tx, actor, group, `Candidate ${row.key} '${row.label}' added by hand`);
    return (await presentCandidates(tx, [row]))[0] as TCandidate;
  });
}

export async function updateCandidate(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  candidateId: string,
  patch: {
    label?: string | undefined;
    description?: string | undefined;
    priorityIds?: string[] | undefined;
    nace?: string[] | undefined;
    status?: 'candidate' | 'dropped' | 'final' | undefined;
  },
): Promise<TCandidate> {
  return deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const existing = await loadCandidate(tx, groupId, candidateId);
    const now = deps.clock();
    let described: ReturnType<typeof describe> | null = null;
    if (patch.priorityIds) {
      const corpus = await loadCorpus(tx, group);
      described = describe(corpus, membersOf(corpus, patch.priorityIds));
      await releasePriorities(tx, group, corpus, patch.priorityIds, candidateId, now);
    }
    const [row] = await tx
      .update(ts3Candidates)
      .set({
        label: patch.label ?? existing.label,
        description: patch.description ?? existing.description,
        priorityIds: patch.priorityIds ? [...new Set(patch.priorityIds)] : existing.priorityIds,
        nace: patch.nace ?? existing.nace,
        status: patch.status ?? existing.status,
        ...(described ? { why: toWhy(described), strength: described.strength } : {}),
        updatedAt: now,
      })
      .where(eq(ts3Candidates.id, candidateId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const changes = [
      patch.label !== undefined && patch.label !== existing.label
        ? `renamed '${existing.label}' → '${patch.label}'`
        : null,
      patch.status !== undefined && patch.status !== existing.status
        ? `status ${existing.status} → ${patch.status}`
        : null,
      patch.priorityIds
        ? `priorities changed (${existing.priorityIds.length} → ${row.priorityIds.length})`
        : null,
      patch.nace ? 'NACE codes changed' : null,
      patch.description !== undefined && patch.description !== existing.description
        ? 'description changed'
        : null,
    ].filter((c) => c !== null);
    await snapshot(tx, actor, group, `Candidate ${row.key}: ${changes.join('; ') || 'no change'}`);
    return (await presentCandidates(tx, [row]))[0] as TCandidate;
  });
}

export async function mergeCandidates(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  input: { candidateIds: string[]; label?: string | undefined },
): Promise<TCandidate> {
  return deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const ids = [...new Set(input.candidateIds)];
    if (ids.length < 2) {
      throw new TransS3Error('INVALID_INPUT', 'Merging needs two different candidates.', [
        { path: 'candidateIds', message: 'needs at least 2 different candidates' },
      ]);
    }
    const sources = await Promise.all(ids.map((id) => loadCandidate(tx, groupId, id)));
    const corpus = await loadCorpus(tx, group);
    const members = membersOf(
      corpus,
      sources.flatMap((s) => s.priorityIds),
    );
    const described = describe(corpus, members);
    const now = deps.clock();
    await tx
      .update(ts3Candidates)
      .set({ status: SUPERSEDED, updatedAt: now })
      .where(inArray(ts3Candidates.id, ids));
    const [row] = await tx
      .insert(ts3Candidates)
      .values({
        groupId,
        key: await nextKey(tx, groupId, 'M'),
        label: input.label ?? described.label,
        description: sources
          .map((s) => s.description)
          .filter(Boolean)
          .join('\n\n'),
        priorityIds: members.map((m) => m.id),
        nace: [...new Set(sources.flatMap((s) => s.nace))],
        why: toWhy(described),
        strength: described.strength,
        origin: 'merge',
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await snapshot(
      tx,
      actor,
      group,
      `Merged ${sources.map((s) => s.key).join(' + ')} into ${row.key} '${row.label}'`,
    );
    return (await presentCandidates(tx, [row]))[0] as TCandidate;
  });
}

export async function splitCandidate(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  candidateId: string,
  input: { priorityIds: string[]; label: string },
): Promise<{ original: TCandidate; created: TCandidate }> {
  return deps.db.transaction(async (tx) => {
    const { group } = await loadGroup(tx, actor, groupId, 'edit');
    const source = await loadCandidate(tx, groupId, candidateId);
    const moving = new Set(input.priorityIds);
    const outside = input.priorityIds.flatMap((id, i) =>
      source.priorityIds.includes(id)
        ? []
        : [{ path: `priorityIds.${i}`, message: `not a priority of ${source.key}` }],
    );
    if (outside.length)
      throw new TransS3Error(
        'INVALID_INPUT',
        'Only the candidate’s own priorities can be split off.',
        outside,
      );
    const staying = source.priorityIds.filter((id) => !moving.has(id));
    if (staying.length === 0) {
      throw new TransS3Error(
        'INVALID_INPUT',
        'A split leaves at least one priority in the original candidate.',
        [{ path: 'priorityIds', message: 'would take every priority; rename the candidate instead' }],
      );
    }
    const now = deps.clock();
    const corpus = await loadCorpus(tx, group);
    const keptMembers = membersOf(corpus, staying);
    const movedMembers = membersOf(corpus, [...moving]);
    const kept = describe(corpus, keptMembers);
    const moved = describe(corpus, movedMembers);
    const [original] = await tx
      .update(ts3Candidates)
      .set({ priorityIds: staying, why: toWhy(kept), strength: kept.strength, updatedAt: now })
      .where(eq(ts3Candidates.id, candidateId))
      .returning();
    const [created] = await tx
      .insert(ts3Candidates)
      .values({
        groupId,
        key: await nextKey(tx, groupId, `${source.key}.`),
        label: input.label,
        priorityIds: movedMembers.map((m) => m.id),
        nace: domainNace(moved.codes, movedMembers),
        why: toWhy(moved),
        strength: moved.strength,
        origin: 'split',
      })
      .returning();
    if (!original || !created) throw new Error('split wrote nothing');
    await snapshot(tx, actor, group, `Split ${created.key} '${created.label}' off ${source.key}`);
    const [a, b] = await presentCandidates(tx, [original, created]);
    return { original: a as TCandidate, created: b as TCandidate };
  });
}

/** The group's candidates that count in steps 2-6 (not dropped, not superseded). */
export async function workingCandidates(db: Db, groupId: string): Promise<CandidateRow[]> {
  return (await activeCandidates(db, groupId)).filter((c) => c.status !== 'dropped');
}
