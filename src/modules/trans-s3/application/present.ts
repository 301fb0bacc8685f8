// Rows → API shapes, with the names of every code.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { createReferenceRepository, technologyFields } from '../../reference/index.ts';
import type { TCandidate, TPriority } from '../contract.ts';
import { nabsName, policyObjectiveName } from '../domain/codes.ts';
import { ts3Priorities, type ts3Candidates } from '../infra/trans-s3.tables.ts';

export type PriorityRow = typeof ts3Priorities.$inferSelect;
export type CandidateRow = typeof ts3Candidates.$inferSelect;

export type Labels = { nuts: Map<string, string>; nace: Map<string, string>; tech: Map<number, string> };

export async function loadLabels(db: Db, codes: { nuts?: string[]; nace?: string[] }): Promise<Labels> {
  const labels = await createReferenceRepository(db).labels({
    nuts: [...new Set(codes.nuts ?? [])],
    nace: [...new Set(codes.nace ?? [])],
  });
  const tech = await db
    .select({ id: technologyFields.id, name: technologyFields.name })
    .from(technologyFields);
  return { ...labels, tech: new Map(tech.map((t) => [t.id, t.name])) };
}

export const named = (labels: Map<string, string>, code: string) => ({
  code,
  name: labels.get(code) ?? code,
});

export function presentPriority(row: PriorityRow, labels: Labels): TPriority {
  return {
    id: row.id,
    region: row.region,
    regionName: labels.nuts.get(row.region) ?? row.region,
    code: row.code,
    title: row.title,
    description: row.description,
    sourceDocument: row.sourceDocument,
    sourceYear: row.sourceYear,
    nace: row.nace.map((code) => named(labels.nace, code)),
    nabs: row.nabs.map((code) => ({ code, name: nabsName(code) ?? code })),
    objectives: row.objectives.map((code) => ({ code, name: policyObjectiveName(code) ?? code })),
    techFields: row.techFields.map((id) => ({ id, name: labels.tech.get(id) ?? String(id) })),
    isDemo: row.isDemo,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function presentPriorities(db: Db, rows: PriorityRow[]): Promise<TPriority[]> {
  const labels = await loadLabels(db, { nuts: rows.map((r) => r.region), nace: rows.flatMap((r) => r.nace) });
  return rows.map((row) => presentPriority(row, labels));
}

export const priorityRef = (p: PriorityRow) => ({ id: p.id, region: p.region, code: p.code, title: p.title });

export async function prioritiesById(db: Db, ids: string[]): Promise<Map<string, PriorityRow>> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await db.select().from(ts3Priorities).where(inArray(ts3Priorities.id, unique))
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

export async function presentCandidates(db: Db, rows: CandidateRow[]): Promise<TCandidate[]> {
  const priorities = await prioritiesById(
    db,
    rows.flatMap((r) => r.priorityIds),
  );
  const members = rows.map((row) =>
    row.priorityIds.flatMap((id) => {
      const p = priorities.get(id);
      return p ? [p] : [];
    }),
  );
  const labels = await loadLabels(db, {
    nuts: members.flat().map((p) => p.region),
    nace: rows.flatMap((r) => r.nace),
  });
  return rows.map((row, index) => {
    const mine = (members[index] ?? []).sort(
      (a, b) => a.region.localeCompare(b.region) || a.code.localeCompare(b.code),
    );
    const regions = [...new Set(mine.map((p) => p.region))].sort();
    return {
      id: row.id,
      key: row.key,
      label: row.label,
      description: row.description,
      status: row.status as TCandidate['status'],
      origin: row.origin as TCandidate['origin'],
      strength: row.strength,
      regions: regions.map((code) => named(labels.nuts, code)),
      priorities: mine.map(priorityRef),
      nace: row.nace.map((code) => named(labels.nace, code)),
      why: row.why,
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}
