import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { organisations, users } from '../../accounts/index.ts';
import { isSmeSizeClass, type HelixType } from '../../reference/index.ts';
import type { TOrganisationRef, TPersonRef } from '../contract.ts';

const unique = (ids: (string | null | undefined)[]) => [
  ...new Set(ids.filter((id): id is string => typeof id === 'string')),
];

export function toOrganisationRef(row: typeof organisations.$inferSelect): TOrganisationRef {
  return {
    id: row.id,
    name: row.name,
    countryCode: row.countryCode,
    nutsCode: row.nutsCode,
    helixType: row.helixType as HelixType,
    sizeClass: isSmeSizeClass(row.sizeClass) ? row.sizeClass : null,
  };
}

/** Loads the organisations and people that records point to, in two queries, for presenting them. */
export function createRefsRepository(db: Db) {
  return {
    async organisations(ids: (string | null | undefined)[]): Promise<Map<string, TOrganisationRef>> {
      const wanted = unique(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db.select().from(organisations).where(inArray(organisations.id, wanted));
      return new Map(rows.map((row) => [row.id, toOrganisationRef(row)]));
    },
    async people(ids: (string | null | undefined)[]): Promise<Map<string, TPersonRef>> {
      const wanted = unique(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(inArray(users.id, wanted));
      return new Map(rows.map((row) => [row.id, row]));
    },
  };
}

export type Refs = { organisations: Map<string, TOrganisationRef>; people: Map<string, TPersonRef> };

/** Both maps at once, for presenters that need organisations and people. */
export async function loadRefs(
  db: Db,
  ids: { organisations: (string | null | undefined)[]; people: (string | null | undefined)[] },
): Promise<Refs> {
  const repository = createRefsRepository(db);
  const [organisationsById, peopleById] = await Promise.all([
    repository.organisations(ids.organisations),
    repository.people(ids.people),
  ]);
  return { organisations: organisationsById, people: peopleById };
}

/** The referenced record must exist (foreign keys guarantee it); a missing one is a bug, not a user error. */
export function must<T>(map: Map<string, T>, id: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`referenced record ${id} was not loaded`);
  return found;
}

export const personOrNull = (map: Map<string, TPersonRef>, id: string | null) =>
  id ? (map.get(id) ?? null) : null;
