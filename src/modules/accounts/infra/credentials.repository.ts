import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { accessTokens, invitations, loginAttempts, sessions } from './accounts.tables.ts';

/** Sessions, personal access tokens, invitations and login attempts: everything that proves who someone is. */
export function createCredentialsRepository(db: Db) {
  return {
    async insertSession(session: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(session);
    },
    async findLiveSession(tokenHash: string, now: Date) {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
      return row;
    },
    async touchSession(tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteSession(tokenHash: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteSessionsOf(userId: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },
    async deleteExpiredSessions(now: Date): Promise<void> {
      await db.delete(sessions).where(sql`${sessions.expiresAt} <= ${now}`);
    },

    async insertToken(token: typeof accessTokens.$inferInsert) {
      const [row] = await db.insert(accessTokens).values(token).returning();
      if (!row) throw new Error('insert into access_tokens returned no row');
      return row;
    },
    async findLiveToken(tokenHash: string) {
      const [row] = await db
        .select()
        .from(accessTokens)
        .where(and(eq(accessTokens.tokenHash, tokenHash), isNull(accessTokens.revokedAt)));
      return row;
    },
    async listTokens(userId: string) {
      return db
        .select()
        .from(accessTokens)
        .where(and(eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)))
        .orderBy(desc(accessTokens.createdAt));
    },
    async revokeToken(userId: string, tokenId: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(accessTokens)
        .set({ revokedAt: now })
        .where(
          and(eq(accessTokens.id, tokenId), eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)),
        )
        .returning();
      return rows.length > 0;
    },
    async markTokenUsed(id: string, now: Date): Promise<void> {
      await db.update(accessTokens).set({ lastUsedAt: now }).where(eq(accessTokens.id, id));
    },

    async insertInvitation(invitation: typeof invitations.$inferInsert): Promise<void> {
      await db.insert(invitations).values(invitation);
    },
    async findOpenInvitation(tokenHash: string, now: Date) {
      const [row] = await db
        .select()
        .from(invitations)
        .where(
          and(
            eq(invitations.tokenHash, tokenHash),
            isNull(invitations.acceptedAt),
            gt(invitations.expiresAt, now),
          ),
        );
      return row;
    },
    async acceptInvitation(tokenHash: string, now: Date): Promise<void> {
      await db.update(invitations).set({ acceptedAt: now }).where(eq(invitations.tokenHash, tokenHash));
    },

    async recordLoginAttempt(attempt: {
      email: string;
      ip: string;
      isSuccess: boolean;
      at: Date;
    }): Promise<void> {
      await db.insert(loginAttempts).values(attempt);
    },
    /** Failed attempts since `since`, by e-mail and by client address. */
    async countFailures(email: string, ip: string, since: Date) {
      const failed = and(eq(loginAttempts.isSuccess, false), gt(loginAttempts.at, since));
      const [byEmail] = await db
        .select({ value: count() })
        .from(loginAttempts)
        .where(and(failed, eq(loginAttempts.email, email)));
      const [byIp] = await db
        .select({ value: count() })
        .from(loginAttempts)
        .where(and(failed, eq(loginAttempts.ip, ip)));
      return { byEmail: byEmail?.value ?? 0, byIp: byIp?.value ?? 0 };
    },
  };
}

export type CredentialsRepository = ReturnType<typeof createCredentialsRepository>;
