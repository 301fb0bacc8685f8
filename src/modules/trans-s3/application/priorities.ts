// The priorities register: each region's RIS3 priorities, coded like Eye@RIS3.
import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, type Actor } from '../../accounts/index.ts';
import { naceActivities, nutsRegions } from '../../reference/index.ts';
import type { TPriority } from '../contract.ts';
import { POLICY_OBJECTIVES, NABS_CHAPTERS } from '../domain/codes.ts';
import { formatPrioritiesCsv, parsePrioritiesCsv, PrioritiesCsvError } from '../domain/priorities-csv.ts';
import { TransS3Error } from '../errors.ts';
import { ts3Priorities } from '../infra/trans-s3.tables.ts';
import { canEditPriorities } from '../policies.ts';
import type { TransS3Deps } from './deps.ts';
import { loadGroup } from './group-access.ts';
import { presentPriorities, type PriorityRow } from './present.ts';

export type PriorityInput = {
  region: string;
  code: string;
  title: string;
  description: string;
  sourceDocument: string | null;
  sourceYear: number | null;
  nace: string[];
  nabs: string[];
  objectives: string[];
  techFields: number[];
};

const notFound = (id: string) => new TransS3Error('NOT_FOUND', `No priority ${id}.`);
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function assertCanEdit(actor: Actor) {
  if (!canEditPriorities(actor))
    throw new TransS3Error('NOT_ALLOWED', 'Only analysts and administrators keep the priorities register.');
}

export async function listPriorities(
  deps: TransS3Deps,
  actor: Actor,
  query: { region?: string | undefined; groupId?: string | undefined; q?: string | undefined },
): Promise<{ items: TPriority[]; canEdit: boolean }> {
  const rows = await selectPriorities(deps.db, actor, query);
  return { items: await presentPriorities(deps.db, rows), canEdit: canEditPriorities(actor) };
}

async function selectPriorities(
  db: Db,
  actor: Actor,
  query: { region?: string | undefined; groupId?: string | undefined; q?: string | undefined },
): Promise<PriorityRow[]> {
  const conditions: (SQL | undefined)[] = [];
  if (query.region) conditions.push(eq(ts3Priorities.region, query.region));
  if (query.groupId) {
    const { group } = await loadGroup(db, actor, query.groupId);
    conditions.push(inArray(ts3Priorities.region, group.regions.length ? group.regions : ['-']));
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(
      or(
        ilike(ts3Priorities.title, pattern),
        ilike(ts3Priorities.description, pattern),
        ilike(ts3Priorities.code, pattern),
      ),
    );
  }
  return db
    .select()
    .from(ts3Priorities)
    .where(and(...conditions))
    .orderBy(asc(ts3Priorities.region), asc(ts3Priorities.code));
}

/** The codes every priority is checked against: reference NACE, NABS 2007 chapters, Eye@RIS3 objectives, WIPO fields. */
async function knownCodes(db: Db) {
  const nace = await db.select({ code: naceActivities.code }).from(naceActivities);
  return {
    nace: new Set(nace.map((n) => n.code)),
    nabs: new Set(NABS_CHAPTERS.map((c) => c.code)),
    objectives: new Set(POLICY_OBJECTIVES.map((c) => c.code)),
    techFields: new Set(Array.from({ length: 35 }, (_, i) => i + 1)),
  };
}

async function validateInput(db: Db, input: PriorityInput) {
  const known = await knownCodes(db);
  const details: { path: string; message: string }[] = [];
  const [region] = await db
    .select({ code: nutsRegions.code })
    .from(nutsRegions)
    .where(eq(nutsRegions.code, input.region));
  if (!region) details.push({ path: 'region', message: `unknown NUTS region ${input.region}` });
  input.nace.forEach((code, i) => {
    if (!known.nace.has(code))
      details.push({ path: `nace.${i}`, message: `unknown NACE Rev.2 code ${code}` });
  });
  input.nabs.forEach((code, i) => {
    if (!known.nabs.has(code))
      details.push({ path: `nabs.${i}`, message: `unknown NABS 2007 chapter ${code}` });
  });
  input.objectives.forEach((code, i) => {
    if (!known.objectives.has(code))
      details.push({ path: `objectives.${i}`, message: `unknown policy objective ${code}` });
  });
  if (details.length) throw new TransS3Error('INVALID_INPUT', 'The priority has unknown codes.', details);
}

const uniq = <T>(values: T[]) => [...new Set(values)];
const normalise = (input: PriorityInput): PriorityInput => ({
  ...input,
  nace: uniq(input.nace),
  nabs: uniq(input.nabs),
  objectives: uniq(input.objectives),
  techFields: uniq(input.techFields),
});

async function assertCodeFree(db: Db, input: PriorityInput, exceptId?: string) {
  const [clash] = await db
    .select({ id: ts3Priorities.id })
    .from(ts3Priorities)
    .where(and(eq(ts3Priorities.region, input.region), eq(ts3Priorities.code, input.code)));
  if (clash && clash.id !== exceptId) {
    throw new TransS3Error('CONFLICT', `${input.region} already has a priority ${input.code}.`, [
      { path: 'code', message: `already used in ${input.region}` },
    ]);
  }
}

export async function createPriority(
  deps: TransS3Deps,
  actor: Actor,
  raw: PriorityInput,
): Promise<TPriority> {
  assertCanEdit(actor);
  const input = normalise(raw);
  return deps.db.transaction(async (tx) => {
    await validateInput(tx, input);
    await assertCodeFree(tx, input);
    const [row] = await tx
      .insert(ts3Priorities)
      .values({ ...input, createdBy: actor.userId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'trans-s3.priority.create',
      targetType: 'ts3_priority',
      targetId: row.id,
      details: { region: row.region, code: row.code },
    });
    return (await presentPriorities(tx, [row]))[0] as TPriority;
  });
}

export async function updatePriority(
  deps: TransS3Deps,
  actor: Actor,
  id: string,
  raw: PriorityInput,
): Promise<TPriority> {
  assertCanEdit(actor);
  const input = normalise(raw);
  return deps.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(ts3Priorities).where(eq(ts3Priorities.id, id));
    if (!existing) throw notFound(id);
    await validateInput(tx, input);
    await assertCodeFree(tx, input, id);
    const [row] = await tx
      .update(ts3Priorities)
      .set({ ...input, updatedAt: deps.clock() })
      .where(eq(ts3Priorities.id, id))
      .returning();
    if (!row) throw notFound(id);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'trans-s3.priority.update',
      targetType: 'ts3_priority',
      targetId: id,
      details: {
        before: { title: existing.title, nace: existing.nace },
        after: { title: row.title, nace: row.nace },
      },
    });
    return (await presentPriorities(tx, [row]))[0] as TPriority;
  });
}

export async function deletePriority(deps: TransS3Deps, actor: Actor, id: string): Promise<void> {
  assertCanEdit(actor);
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.delete(ts3Priorities).where(eq(ts3Priorities.id, id)).returning();
    if (!row) throw notFound(id);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'trans-s3.priority.delete',
      targetType: 'ts3_priority',
      targetId: id,
      details: { region: row.region, code: row.code, title: row.title },
    });
  });
}

/** Reads the priorities CSV; all or nothing: a priority (region + priority_id) that exists is updated. */
export async function importPriorities(
  deps: TransS3Deps,
  actor: Actor,
  csv: string,
  options: { isDemo?: boolean } = {},
): Promise<{ created: number; updated: number }> {
  assertCanEdit(actor);
  return importPriorityRows(deps, actor, csv, options);
}

export async function importPriorityRows(
  deps: TransS3Deps,
  actor: Actor | 'system',
  csv: string,
  options: { isDemo?: boolean } = {},
): Promise<{ created: number; updated: number }> {
  return deps.db.transaction(async (tx) => {
    let rows;
    try {
      rows = parsePrioritiesCsv(csv, await knownCodes(tx));
    } catch (error) {
      if (error instanceof PrioritiesCsvError) {
        throw new TransS3Error(
          'INVALID_INPUT',
          `The CSV has ${error.details.length} error(s); nothing was imported.`,
          error.details.map((d) => ({ path: `line ${d.line}, ${d.field}`, message: d.message })),
        );
      }
      throw error;
    }
    const regions = uniq(rows.map((r) => r.region));
    const knownRegions = regions.length
      ? new Set(
          (
            await tx
              .select({ code: nutsRegions.code })
              .from(nutsRegions)
              .where(inArray(nutsRegions.code, regions))
          ).map((r) => r.code),
        )
      : new Set<string>();
    const unknown = rows.flatMap((row, index) =>
      knownRegions.has(row.region)
        ? []
        : [{ path: `line ${index + 2}, region`, message: `unknown NUTS region ${row.region}` }],
    );
    if (unknown.length)
      throw new TransS3Error(
        'INVALID_INPUT',
        'The CSV names unknown regions; nothing was imported.',
        unknown,
      );
    let created = 0;
    let updated = 0;
    const userId = actor === 'system' ? null : actor.userId;
    for (const row of rows) {
      const values = {
        region: row.region,
        code: row.code,
        title: row.title,
        description: row.description,
        sourceDocument: row.sourceDocument,
        sourceYear: row.sourceYear,
        nace: row.nace,
        nabs: row.nabs,
        objectives: row.objectives,
        techFields: row.techFields,
      };
      const [existing] = await tx
        .select({ id: ts3Priorities.id })
        .from(ts3Priorities)
        .where(and(eq(ts3Priorities.region, row.region), eq(ts3Priorities.code, row.code)));
      if (existing) {
        await tx
          .update(ts3Priorities)
          .set({ ...values, updatedAt: deps.clock() })
          .where(eq(ts3Priorities.id, existing.id));
        updated++;
      } else {
        await tx
          .insert(ts3Priorities)
          .values({ ...values, isDemo: options.isDemo ?? false, createdBy: userId });
        created++;
      }
    }
    await createAuditRepository(tx).record({
      actorUserId: userId,
      action: 'trans-s3.priority.import',
      targetType: 'ts3_priority',
      details: { created, updated },
    });
    return { created, updated };
  });
}

export async function exportPriorities(
  deps: TransS3Deps,
  actor: Actor,
  query: { region?: string | undefined; groupId?: string | undefined },
): Promise<string> {
  const rows = await selectPriorities(deps.db, actor, query);
  return formatPrioritiesCsv(
    rows.map((r) => ({
      id: r.id,
      region: r.region,
      code: r.code,
      title: r.title,
      description: r.description,
      sourceDocument: r.sourceDocument,
      sourceYear: r.sourceYear,
      nace: r.nace,
      nabs: r.nabs,
      objectives: r.objectives,
      techFields: r.techFields,
    })),
  );
}
