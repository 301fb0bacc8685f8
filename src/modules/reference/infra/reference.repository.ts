import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db/client.ts';
import { countries, naceActivities, nutsRegions, technologyFields, trlLevels } from './reference.tables.ts';

/** Code-prefix matches first, then by trigram similarity of the name. */
function searchOrder(codeColumn: PgColumn, nameColumn: PgColumn, q: string | undefined): SQL[] {
  if (!q) return [asc(codeColumn)];
  return [
    sql`(upper(${codeColumn}) = upper(${q})) desc`,
    sql`(${codeColumn} ilike ${q + '%'}) desc`,
    sql`similarity(${nameColumn}, ${q}) desc`,
    asc(codeColumn),
  ];
}

function searchWhere(codeColumn: PgColumn, nameColumn: PgColumn, q: string | undefined) {
  return q
    ? or(ilike(codeColumn, `${q}%`), ilike(nameColumn, `%${q}%`), sql`${nameColumn} % ${q}`)
    : undefined;
}

export function createReferenceRepository(db: Db) {
  return {
    listCountries: () => db.select().from(countries).orderBy(asc(countries.name)),
    findCountry: async (code: string) =>
      (await db.select().from(countries).where(eq(countries.code, code)))[0],
    /** Every NUTS 2021 code with its level. */
    listNutsLevels: async () =>
      new Map(
        (await db.select({ code: nutsRegions.code, level: nutsRegions.level }).from(nutsRegions)).map((r) => [
          r.code,
          r.level,
        ]),
      ),
    /** Names of the given NUTS and NACE codes (unknown codes are left out). */
    labels: async (codes: { nuts?: string[]; nace?: string[] }) => {
      const nuts = codes.nuts?.length
        ? await db
            .select({ code: nutsRegions.code, name: nutsRegions.name })
            .from(nutsRegions)
            .where(inArray(nutsRegions.code, codes.nuts))
        : [];
      const nace = codes.nace?.length
        ? await db
            .select({ code: naceActivities.code, name: naceActivities.name })
            .from(naceActivities)
            .where(inArray(naceActivities.code, codes.nace))
        : [];
      return {
        nuts: new Map(nuts.map((r) => [r.code, r.name])),
        nace: new Map(nace.map((r) => [r.code, r.name])),
      };
    },
    findNuts: async (code: string) =>
      (await db.select().from(nutsRegions).where(eq(nutsRegions.code, code)))[0],
    searchNuts: (filter: {
      q?: string;
      level?: number;
      countryCode?: string;
      parentCode?: string;
      limit: number;
    }) =>
      db
        .select()
        .from(nutsRegions)
        .where(
          and(
            searchWhere(nutsRegions.code, nutsRegions.name, filter.q),
            filter.level === undefined ? undefined : eq(nutsRegions.level, filter.level),
            filter.countryCode ? eq(nutsRegions.countryCode, filter.countryCode) : undefined,
            filter.parentCode ? eq(nutsRegions.parentCode, filter.parentCode) : undefined,
          ),
        )
        .orderBy(...searchOrder(nutsRegions.code, nutsRegions.name, filter.q))
        .limit(filter.limit),
    /** The codes of the list that are not NACE Rev.2 codes (platform notation). */
    unknownNaceCodes: async (codes: string[]) => {
      if (codes.length === 0) return [];
      const known = await db
        .select({ code: naceActivities.code })
        .from(naceActivities)
        .where(inArray(naceActivities.code, codes));
      const knownCodes = new Set(known.map((row) => row.code));
      return codes.filter((code) => !knownCodes.has(code));
    },
    findNace: async (code: string) =>
      (await db.select().from(naceActivities).where(eq(naceActivities.code, code)))[0],
    searchNace: (filter: { q?: string; level?: number; parentCode?: string; limit: number }) =>
      db
        .select()
        .from(naceActivities)
        .where(
          and(
            searchWhere(naceActivities.code, naceActivities.name, filter.q),
            filter.level === undefined ? undefined : eq(naceActivities.level, filter.level),
            filter.parentCode ? eq(naceActivities.parentCode, filter.parentCode) : undefined,
          ),
        )
        .orderBy(...searchOrder(naceActivities.code, naceActivities.name, filter.q))
        .limit(filter.limit),
    listTechnologyFields: () => db.select().from(technologyFields).orderBy(asc(technologyFields.id)),
    listTrlLevels: () => db.select().from(trlLevels).orderBy(asc(trlLevels.level)),
  };
}

export type ReferenceRepository = ReturnType<typeof createReferenceRepository>;
