import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { memberships, organisations, users } from '../../accounts/index.ts';

/** Existence checks for the records brokerage requests point to. */
export function createOrganisationsLookup(db: Db) {
  return {
    async find(id: string) {
      return (await db.select().from(organisations).where(eq(organisations.id, id)))[0];
    },
    async exists(id: string): Promise<boolean> {
      return (
        (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id)))
          .length > 0
      );
    },
    async isActiveBroker(userId: string): Promise<boolean> {
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.role, 'broker'), eq(users.isActive, true)));
      return rows.length > 0;
    },
    async user(id: string) {
      return (
        await db
          .select({
            id: users.id,
            name: users.name,
            email: users.email,
            role: users.role,
            isActive: users.isActive,
          })
          .from(users)
          .where(eq(users.id, id))
      )[0];
    },
    /** Members of an organisation, to notify them. */
    async members(organisationId: string) {
      return db
        .select({ id: users.id, email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organisationId, organisationId), eq(users.isActive, true)));
    },
  };
}
