import { asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { outboxMessages } from './accounts.tables.ts';

export type OutboxMessage = typeof outboxMessages.$inferSelect;

export function createOutboxRepository(db: Db) {
  return {
    async enqueue(message: { to: string; subject: string; body: string }): Promise<OutboxMessage> {
      const [row] = await db.insert(outboxMessages).values(message).returning();
      if (!row) throw new Error('insert into outbox_messages returned no row');
      return row;
    },
    async pending(limit: number): Promise<OutboxMessage[]> {
      return db
        .select()
        .from(outboxMessages)
        .where(isNull(outboxMessages.sentAt))
        .orderBy(asc(outboxMessages.createdAt))
        .limit(limit);
    },
    async markSent(id: string, at: Date): Promise<void> {
      await db.update(outboxMessages).set({ sentAt: at, lastError: null }).where(eq(outboxMessages.id, id));
    },
    async markFailed(id: string, error: string): Promise<void> {
      await db.update(outboxMessages).set({ lastError: error }).where(eq(outboxMessages.id, id));
    },
    async list(limit: number, offset: number): Promise<OutboxMessage[]> {
      return db
        .select()
        .from(outboxMessages)
        .orderBy(desc(outboxMessages.createdAt))
        .limit(limit)
        .offset(offset);
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
