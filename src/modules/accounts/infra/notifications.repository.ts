import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { notifications } from './accounts.tables.ts';

export type NotificationRow = typeof notifications.$inferSelect;

export function createNotificationsRepository(db: Db) {
  return {
    async insert(notification: typeof notifications.$inferInsert): Promise<void> {
      await db.insert(notifications).values(notification);
    },
    async list(userId: string, filter: { isUnreadOnly: boolean; limit: number; offset: number }) {
      const where = and(
        eq(notifications.userId, userId),
        filter.isUnreadOnly ? isNull(notifications.readAt) : undefined,
      );
      const rows = await db
        .select()
        .from(notifications)
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(filter.limit)
        .offset(filter.offset);
      const [total] = await db.select({ value: count() }).from(notifications).where(where);
      const [unread] = await db
        .select({ value: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return { rows, total: total?.value ?? 0, unread: unread?.value ?? 0 };
    },
    /** Marks one (or, without an id, every) unread notification of the user as read; false when the id is not theirs. */
    async markRead(userId: string, at: Date, id?: string): Promise<boolean> {
      const rows = await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(eq(notifications.userId, userId), id ? eq(notifications.id, id) : isNull(notifications.readAt)),
        )
        .returning({ id: notifications.id });
      return id === undefined || rows.length > 0;
    },
  };
}
