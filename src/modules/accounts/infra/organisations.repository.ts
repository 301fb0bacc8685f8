import { and, asc, count, eq, ilike, like, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { nutsRegions } from '../../reference/index.ts';
import { memberships, organisations, users } from './accounts.tables.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type OrganisationFilter = {
  q?: string;
  countryCode?: string;
  helixType?: string;
  nutsCode?: string;
  limit: number;
  offset: number;
};

const withRegion = {
  organisation: organisations,
  regionName: nutsRegions.name,
};

export function createOrganisationsRepository(db: Db) {
  return {
    async findById(id: string) {
      const [row] = await db
        .select(withRegion)
        .from(organisations)
        .leftJoin(nutsRegions, eq(nutsRegions.code, organisations.nutsCode))
        .where(eq(organisations.id, id));
      return row;
    },
    async list(filter: OrganisationFilter) {
      const where = and(
        filter.q ? ilike(organisations.name, `%${filter.q}%`) : undefined,
        filter.countryCode ? eq(organisations.countryCode, filter.countryCode) : undefined,
        filter.helixType ? eq(organisations.helixType, filter.helixType) : undefined,
        // A NUTS filter matches the region and everything inside it.
        filter.nutsCode ? like(organisations.nutsCode, `${filter.nutsCode}%`) : undefined,
      );
      const rows = await db
        .select(withRegion)
        .from(organisations)
        .leftJoin(nutsRegions, eq(nutsRegions.code, organisations.nutsCode))
        .where(where)
        .orderBy(
          // Best name matches first when searching; alphabetical otherwise.
          filter.q ? sql`similarity(${organisations.name}, ${filter.q}) desc` : asc(organisations.name),
          asc(organisations.name),
          asc(organisations.id),
        )
        .limit(filter.limit)
        .offset(filter.offset);
      const [total] = await db.select({ value: count() }).from(organisations).where(where);
      return { rows, total: total?.value ?? 0 };
    },
    async insert(organisation: NewOrganisation): Promise<OrganisationRow> {
      const [row] = await db.insert(organisations).values(organisation).returning();
      if (!row) throw new Error('insert into organisations returned no row');
      return row;
    },
    async update(id: string, changes: Partial<NewOrganisation>): Promise<OrganisationRow | undefined> {
      const [row] = await db
        .update(organisations)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(organisations.id, id))
        .returning();
      return row;
    },
    async delete(id: string): Promise<boolean> {
      const rows = await db
        .delete(organisations)
        .where(eq(organisations.id, id))
        .returning({ id: organisations.id });
      return rows.length > 0;
    },
    async members(organisationId: string) {
      return db
        .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.organisationId, organisationId))
        .orderBy(asc(users.name));
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
