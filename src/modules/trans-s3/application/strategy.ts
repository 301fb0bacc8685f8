// Step 7 of Trans-S3: the shared vision, governance, action plan and monitoring indicators of the
// domains the group chose. Every change is one transaction with a new step-7 version.
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { z } from 'zod';
import type { ErrorDetail } from '../../../platform/errors.ts';
import type { Db } from '../../../platform/db/client.ts';
import { organisations, type Actor } from '../../accounts/index.ts';
import type {
  TStrategy,
  ZActionRequest,
  ZIndicatorRequest,
  ZMeasurementRequest,
  ZStrategyRequest,
} from '../contract.ts';
import { indicatorProgress } from '../domain/monitoring.ts';
import { TransS3Error } from '../errors.ts';
import {
  ts3Actions,
  ts3Candidates,
  ts3Indicators,
  ts3Measurements,
  ts3Strategies,
  ts3Versions,
} from '../infra/trans-s3.tables.ts';
import { canEditGroup } from '../policies.ts';
import type { TransS3Deps } from './deps.ts';
import { loadGroup, recordVersion, type GroupRow, type LoadedGroup } from './group-access.ts';
import { loadLabels, named, presentCandidates } from './present.ts';

export type StrategyInput = z.output<typeof ZStrategyRequest>;
export type ActionInput = z.output<typeof ZActionRequest>;
export type IndicatorInput = z.output<typeof ZIndicatorRequest>;
export type MeasurementInput = z.output<typeof ZMeasurementRequest>;

const STEP = 7;
const unique = <T>(values: T[]) => [...new Set(values)];
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function getStrategy(deps: TransS3Deps, actor: Actor, groupId: string): Promise<TStrategy> {
  return readStrategy(deps.db, isoDay(deps.clock()), await loadGroup(deps.db, actor, groupId, 'read'));
}

export async function saveStrategy(deps: TransS3Deps, actor: Actor, groupId: string, input: StrategyInput) {
  return changeStrategy(deps, actor, groupId, async (tx) => {
    const values = { ...input, updatedBy: actor.userId, updatedAt: deps.clock() };
    await tx
      .insert(ts3Strategies)
      .values({ groupId, ...values })
      .onConflictDoUpdate({ target: ts3Strategies.groupId, set: values });
    return 'Vision and governance saved';
  });
}

export async function createAction(deps: TransS3Deps, actor: Actor, groupId: string, input: ActionInput) {
  return changeStrategy(deps, actor, groupId, async (tx, group) => {
    const values = await checkAction(tx, group, input);
    await tx
      .insert(ts3Actions)
      .values({ groupId, ...values, createdAt: deps.clock(), updatedAt: deps.clock() });
    return `Action '${input.title}' added`;
  });
}

export async function updateAction(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  actionId: string,
  input: ActionInput,
) {
  return changeStrategy(deps, actor, groupId, async (tx, group) => {
    await findAction(tx, groupId, actionId);
    const values = await checkAction(tx, group, input);
    await tx
      .update(ts3Actions)
      .set({ ...values, updatedAt: deps.clock() })
      .where(eq(ts3Actions.id, actionId));
    return `Action '${input.title}' changed`;
  });
}

export async function deleteAction(deps: TransS3Deps, actor: Actor, groupId: string, actionId: string) {
  return changeStrategy(deps, actor, groupId, async (tx) => {
    const action = await findAction(tx, groupId, actionId);
    await tx.delete(ts3Actions).where(eq(ts3Actions.id, actionId));
    return `Action '${action.title}' deleted`;
  });
}

export async function createIndicator(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  input: IndicatorInput,
) {
  return changeStrategy(deps, actor, groupId, async (tx) => {
    await checkCandidates(tx, groupId, input.candidateId ? [input.candidateId] : [], 'candidateId');
    await tx.insert(ts3Indicators).values({ groupId, ...input, createdAt: deps.clock() });
    return `Indicator '${input.name}' added`;
  });
}

export async function updateIndicator(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  indicatorId: string,
  input: IndicatorInput,
) {
  return changeStrategy(deps, actor, groupId, async (tx) => {
    await findIndicator(tx, groupId, indicatorId);
    await checkCandidates(tx, groupId, input.candidateId ? [input.candidateId] : [], 'candidateId');
    await tx.update(ts3Indicators).set(input).where(eq(ts3Indicators.id, indicatorId));
    return `Indicator '${input.name}' changed`;
  });
}

export async function deleteIndicator(deps: TransS3Deps, actor: Actor, groupId: string, indicatorId: string) {
  return changeStrategy(deps, actor, groupId, async (tx) => {
    const indicator = await findIndicator(tx, groupId, indicatorId);
    await tx.delete(ts3Indicators).where(eq(ts3Indicators.id, indicatorId));
    return `Indicator '${indicator.name}' deleted`;
  });
}

export async function addMeasurement(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  indicatorId: string,
  input: MeasurementInput,
) {
  return changeStrategy(deps, actor, groupId, async (tx) => {
    const indicator = await findIndicator(tx, groupId, indicatorId);
    await tx
      .insert(ts3Measurements)
      .values({ indicatorId, ...input, recordedBy: actor.userId, createdAt: deps.clock() });
    return `Measurement ${input.date} of '${indicator.name}' recorded`;
  });
}

/**
 * Runs a change (returning its summary) in one transaction with the edit check and the new version.
 * The version's snapshot is the whole strategy after the change, with the domains as references only.
 */
async function changeStrategy(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  change: (tx: Db, group: GroupRow) => Promise<string>,
): Promise<TStrategy> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadGroup(tx, actor, groupId, 'edit');
    const summary = await change(tx, loaded.group);
    const strategy = await readStrategy(tx, isoDay(deps.clock()), loaded);
    const { canEdit: _canEdit, updatedAt: _updatedAt, domains, ...rest } = strategy;
    const snapshot = { ...rest, domains: domains.map((d) => ({ id: d.id, key: d.key, label: d.label })) };
    await recordVersion(tx, actor, groupId, STEP, summary, snapshot);
    return { ...strategy, updatedAt: await lastChange(tx, groupId) };
  });
}

/** When the strategy last changed: its latest step-7 version (deletions included). */
async function lastChange(db: Db, groupId: string): Promise<string | null> {
  const [last] = await db
    .select({ at: max(ts3Versions.createdAt) })
    .from(ts3Versions)
    .where(and(eq(ts3Versions.groupId, groupId), eq(ts3Versions.step, STEP)));
  return last?.at?.toISOString() ?? null;
}

async function findAction(db: Db, groupId: string, actionId: string) {
  const [row] = await db
    .select()
    .from(ts3Actions)
    .where(and(eq(ts3Actions.id, actionId), eq(ts3Actions.groupId, groupId)));
  if (!row) throw new TransS3Error('NOT_FOUND', `No action ${actionId} in this group.`);
  return row;
}

async function findIndicator(db: Db, groupId: string, indicatorId: string) {
  const [row] = await db
    .select()
    .from(ts3Indicators)
    .where(and(eq(ts3Indicators.id, indicatorId), eq(ts3Indicators.groupId, groupId)));
  if (!row) throw new TransS3Error('NOT_FOUND', `No indicator ${indicatorId} in this group.`);
  return row;
}

function invalid(details: ErrorDetail[]) {
  return new TransS3Error('INVALID_INPUT', details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
}

async function checkCandidates(db: Db, groupId: string, ids: string[], path: string): Promise<void> {
  const details = await missingCandidates(db, groupId, ids, path);
  if (details.length) throw invalid(details);
}

async function missingCandidates(
  db: Db,
  groupId: string,
  ids: string[],
  path: string,
): Promise<ErrorDetail[]> {
  if (!ids.length) return [];
  const found = await db
    .select({ id: ts3Candidates.id })
    .from(ts3Candidates)
    .where(and(eq(ts3Candidates.groupId, groupId), inArray(ts3Candidates.id, ids)));
  const known = new Set(found.map((c) => c.id));
  const missing = ids.filter((id) => !known.has(id));
  return missing.length ? [{ path, message: `not a domain of this group: ${missing.join(', ')}` }] : [];
}

/** The action's references must be the group's regions and candidates and existing organisations. */
async function checkAction(db: Db, group: GroupRow, input: ActionInput) {
  const regions = new Set(group.regions);
  const partnerRegions = unique(input.partnerRegions);
  const organisationIds = unique(input.organisationIds);
  const candidateIds = unique(input.candidateIds);
  const details: ErrorDetail[] = [];
  if (input.leadRegion && !regions.has(input.leadRegion)) {
    details.push({ path: 'leadRegion', message: `${input.leadRegion} is not a region of the group` });
  }
  const outside = partnerRegions.filter((r) => !regions.has(r));
  if (outside.length) {
    details.push({ path: 'partnerRegions', message: `not regions of the group: ${outside.join(', ')}` });
  }
  if (organisationIds.length) {
    const found = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, organisationIds));
    const known = new Set(found.map((o) => o.id));
    const missing = organisationIds.filter((id) => !known.has(id));
    if (missing.length)
      details.push({ path: 'organisationIds', message: `no such organisations: ${missing.join(', ')}` });
  }
  details.push(...(await missingCandidates(db, group.id, candidateIds, 'candidateIds')));
  if (details.length) throw invalid(details);
  return { ...input, partnerRegions, organisationIds, candidateIds };
}

/** The strategy as the API shows it; `today` dates the indicators' progress. */
async function readStrategy(db: Db, today: string, { group, access }: LoadedGroup): Promise<TStrategy> {
  const [strategy] = await db.select().from(ts3Strategies).where(eq(ts3Strategies.groupId, group.id));
  const candidates = await db.select().from(ts3Candidates).where(eq(ts3Candidates.groupId, group.id));
  const actions = await db
    .select()
    .from(ts3Actions)
    .where(eq(ts3Actions.groupId, group.id))
    .orderBy(asc(ts3Actions.startDate), asc(ts3Actions.createdAt), asc(ts3Actions.title));
  const indicators = await db
    .select()
    .from(ts3Indicators)
    .where(eq(ts3Indicators.groupId, group.id))
    .orderBy(asc(ts3Indicators.createdAt), asc(ts3Indicators.name));
  const measurements = indicators.length
    ? await db
        .select()
        .from(ts3Measurements)
        .where(
          inArray(
            ts3Measurements.indicatorId,
            indicators.map((i) => i.id),
          ),
        )
        .orderBy(asc(ts3Measurements.date), asc(ts3Measurements.createdAt))
    : [];
  const organisationIds = unique(actions.flatMap((a) => a.organisationIds));
  const organisationRows = organisationIds.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, organisationIds))
    : [];
  const labels = await loadLabels(db, {
    nuts: [
      ...group.regions,
      ...actions.flatMap((a) => [...(a.leadRegion ? [a.leadRegion] : []), ...a.partnerRegions]),
    ],
  });

  const finals = candidates
    .filter((c) => c.status === 'final')
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  const candidateRefs = new Map(candidates.map((c) => [c.id, { id: c.id, label: c.label }]));
  const organisationRefs = new Map(organisationRows.map((o) => [o.id, o]));
  const refs = <T>(ids: string[], lookup: Map<string, T>) => ids.flatMap((id) => lookup.get(id) ?? []);

  return {
    group: { id: group.id, name: group.name, regions: group.regions.map((code) => named(labels.nuts, code)) },
    title: strategy?.title ?? '',
    vision: strategy?.vision ?? '',
    governance: strategy?.governance ?? [],
    domains: await presentCandidates(db, finals),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      leadRegion: a.leadRegion ? named(labels.nuts, a.leadRegion) : null,
      partnerRegions: a.partnerRegions.map((code) => named(labels.nuts, code)),
      organisations: refs(a.organisationIds, organisationRefs),
      candidates: refs(a.candidateIds, candidateRefs),
      budget: a.budget,
      currency: a.currency,
      startDate: a.startDate,
      endDate: a.endDate,
      status: a.status as TStrategy['actions'][number]['status'],
    })),
    indicators: indicators.map((i) => {
      const mine = measurements.filter((m) => m.indicatorId === i.id);
      const { latest, progress, status } = indicatorProgress(i, mine, today);
      return {
        id: i.id,
        name: i.name,
        unit: i.unit,
        source: i.source,
        candidate: i.candidateId ? (candidateRefs.get(i.candidateId) ?? null) : null,
        baseline: i.baseline,
        baselineDate: i.baselineDate,
        target: i.target,
        targetDate: i.targetDate,
        measurements: mine.map((m) => ({ id: m.id, date: m.date, value: m.value, note: m.note })),
        progress: { latest: latest && { date: latest.date, value: latest.value }, progress, status },
      };
    }),
    updatedAt: await lastChange(db, group.id),
    canEdit: canEditGroup(access),
  };
}
