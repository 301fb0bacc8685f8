import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { Membership, MembershipRole } from '../domain/user.ts';
import { brokerRegions, memberships, organisations, users } from './accounts.tables.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export function createUsersRepository(db: Db) {
  return {
    async findById(id: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },
    async findByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
      return row;
    },
    async insert(user: NewUser): Promise<UserRow> {
      const [row] = await db.insert(users).values(user).returning();
      if (!row) throw new Error('insert into users returned no row');
      return row;
    },
    async update(id: string, changes: Partial<NewUser>): Promise<UserRow | undefined> {
      const [row] = await db
        .update(users)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(users.id, id))
        .returning();
      return row;
    },
    async list(filter: { q?: string; role?: string; limit: number; offset: number }) {
      const conditions = [
        filter.q ? or(ilike(users.email, `%${filter.q}%`), ilike(users.name, `%${filter.q}%`)) : undefined,
        filter.role ? eq(users.role, filter.role) : undefined,
      ];
      const where = and(...conditions);
      const rows = await db
        .select()
        .from(users)
        .where(where)
        .orderBy(asc(users.name), asc(users.email))
        .limit(filter.limit)
        .offset(filter.offset);
      const [total] = await db.select({ value: count() }).from(users).where(where);
      return { rows, total: total?.value ?? 0 };
    },
    async countActiveAdmins(): Promise<number> {
      const [row] = await db
        .select({ value: count() })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.isActive, true)));
      return row?.value ?? 0;
    },
    async countDemo(): Promise<number> {
      const [row] = await db.select({ value: count() }).from(users).where(eq(users.isDemo, true));
      return row?.value ?? 0;
    },
    async countAll(): Promise<number> {
      const [row] = await db.select({ value: count() }).from(users);
      return row?.value ?? 0;
    },
    async membershipsOf(userId: string): Promise<(Membership & { organisationName: string })[]> {
      const rows = await db
        .select({
          organisationId: memberships.organisationId,
          role: memberships.role,
          organisationName: organisations.name,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(organisations.name));
      return rows.map((row) => ({ ...row, role: row.role as MembershipRole }));
    },
    async brokerRegionsOf(userId: string): Promise<string[]> {
      const rows = await db
        .select({ code: brokerRegions.nutsCode })
        .from(brokerRegions)
        .where(eq(brokerRegions.userId, userId))
        .orderBy(asc(brokerRegions.nutsCode));
      return rows.map((row) => row.code);
    },
    async membershipsOfMany(userIds: string[]) {
      if (userIds.length === 0) return [];
      return db
        .select({
          userId: memberships.userId,
          organisationId: memberships.organisationId,
          role: memberships.role,
          organisationName: organisations.name,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(sql`${memberships.userId} in ${userIds}`);
    },
    async addMembership(userId: string, organisationId: string, role: MembershipRole): Promise<void> {
      await db
        .insert(memberships)
        .values({ userId, organisationId, role })
        .onConflictDoUpdate({ target: [memberships.userId, memberships.organisationId], set: { role } });
    },
    async removeMembership(userId: string, organisationId: string): Promise<boolean> {
      const rows = await db
        .delete(memberships)
        .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
        .returning();
      return rows.length > 0;
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
