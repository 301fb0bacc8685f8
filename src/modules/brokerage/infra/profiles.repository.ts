import { and, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { organisations } from '../../accounts/index.ts';
import { brokerResponsibleFor, inBrokerRegions } from './access.repository.ts';
import { interests, profileComments, profiles } from './brokerage.tables.ts';

export type ProfileRow = typeof profiles.$inferSelect;

export type ProfileFilter = {
  q?: string | undefined;
  type?: string | undefined;
  countryCode?: string | undefined;
  nace?: string | undefined;
  techField?: number | undefined;
  partnershipType?: string | undefined;
  organisationId?: string | undefined;
  statuses?: string[] | undefined;
  /** Extra condition on profiles joined with organisations (visibility, scope). */
  scope?: SQL | undefined;
  limit: number;
  offset: number;
};

/** The stored, weighted search vector (title A, summary B, the rest C) with its GIN index. */
const document = profiles.searchVector;
const query = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/** Conditions for the scopes of the profile list; they expect `organisations` joined. */
export const profileScopes = {
  ofOrganisations: (ids: string[]) => (ids.length > 0 ? inArray(profiles.organisationId, ids) : sql`false`),
  brokerClients: (brokerId: string) => brokerResponsibleFor(brokerId),
  inBrokerRegions: (brokerId: string) => inBrokerRegions(brokerId),
  createdBy: (userId: string) => eq(profiles.createdBy, userId),
};

export function createProfilesRepository(db: Db) {
  const where = (filter: ProfileFilter) =>
    and(
      filter.q
        ? // Both indexed: the weighted document (GIN) and an exact EEN reference (unique index).
          or(sql`${document} @@ ${query(filter.q)}`, eq(profiles.reference, filter.q.trim().toUpperCase()))
        : undefined,
      filter.type ? eq(profiles.type, filter.type) : undefined,
      filter.countryCode ? eq(organisations.countryCode, filter.countryCode) : undefined,
      filter.nace
        ? sql`exists (select 1 from unnest(${profiles.naceCodes}) as code where code like ${`${filter.nace}%`})`
        : undefined,
      filter.techField ? sql`${filter.techField} = any(${profiles.techFields})` : undefined,
      filter.partnershipType ? sql`${filter.partnershipType} = any(${profiles.partnershipTypes})` : undefined,
      filter.organisationId ? eq(profiles.organisationId, filter.organisationId) : undefined,
      filter.statuses ? inArray(profiles.status, filter.statuses) : undefined,
      filter.scope,
    );
  return {
    async insert(row: typeof profiles.$inferInsert): Promise<ProfileRow> {
      const [created] = await db.insert(profiles).values(row).returning();
      if (!created) throw new Error('insert into profiles returned no row');
      return created;
    },
    async findById(id: string): Promise<ProfileRow | undefined> {
      return (await db.select().from(profiles).where(eq(profiles.id, id)))[0];
    },
    async findByIds(ids: string[]): Promise<ProfileRow[]> {
      return ids.length === 0 ? [] : db.select().from(profiles).where(inArray(profiles.id, ids));
    },
    async update(id: string, changes: Partial<typeof profiles.$inferInsert>, at: Date): Promise<ProfileRow> {
      const [row] = await db
        .update(profiles)
        .set({ ...changes, updatedAt: at })
        .where(eq(profiles.id, id))
        .returning();
      if (!row) throw new Error(`profile ${id} vanished during update`);
      return row;
    },
    async list(filter: ProfileFilter) {
      const condition = where(filter);
      const rows = await db
        .select({ profile: profiles })
        .from(profiles)
        .innerJoin(organisations, eq(organisations.id, profiles.organisationId))
        .where(condition)
        .orderBy(
          ...(filter.q ? [sql`ts_rank(${document}, ${query(filter.q)}) desc`] : []),
          sql`${profiles.publishedAt} desc nulls last`,
          desc(profiles.updatedAt),
          desc(profiles.id),
        )
        .limit(filter.limit)
        .offset(filter.offset);
      const [total] = await db
        .select({ value: count() })
        .from(profiles)
        .innerJoin(organisations, eq(organisations.id, profiles.organisationId))
        .where(condition);
      return { rows: rows.map((r) => r.profile), total: total?.value ?? 0 };
    },
    /** The next free sequence number of an EEN-style reference prefix (e.g. TOPL20261127), under a lock. */
    async nextReferenceSequence(prefix: string): Promise<number> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${prefix}))`);
      const [row] = await db
        .select({ value: count() })
        .from(profiles)
        .where(like(profiles.reference, `${prefix}%`));
      return (row?.value ?? 0) + 1;
    },
    async comments(profileId: string) {
      return db
        .select()
        .from(profileComments)
        .where(eq(profileComments.profileId, profileId))
        .orderBy(desc(profileComments.createdAt));
    },
    async addComment(row: typeof profileComments.$inferInsert) {
      await db.insert(profileComments).values(row);
    },
    async interestCount(profileId: string): Promise<number> {
      const [row] = await db
        .select({ value: count() })
        .from(interests)
        .where(eq(interests.profileId, profileId));
      return row?.value ?? 0;
    },
    /** Published profiles past their expiry. */
    async expiring(now: Date): Promise<ProfileRow[]> {
      return db
        .select()
        .from(profiles)
        .where(and(eq(profiles.status, 'published'), sql`${profiles.expiresAt} <= ${now.toISOString()}`));
    },
    /** Published profiles expiring before `by` whose owners were not reminded yet. */
    async renewalDue(by: Date): Promise<ProfileRow[]> {
      return db
        .select()
        .from(profiles)
        .where(
          and(
            eq(profiles.status, 'published'),
            sql`${profiles.expiresAt} <= ${by.toISOString()}`,
            sql`${profiles.renewalReminderSentAt} is null`,
          ),
        );
    },
  };
}
