import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { auditLog } from './accounts.tables.ts';

export type AuditEntry = {
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

export function createAuditRepository(db: Db) {
  return {
    /** Called inside the use case's transaction, so the record and the change commit together. */
    async record(entry: AuditEntry): Promise<void> {
      await db
        .insert(auditLog)
        .values({ ...entry, targetId: entry.targetId ?? null, details: entry.details ?? {} });
    },
    async list(filter: { targetType?: string; targetId?: string; beforeId?: number; limit: number }) {
      return db
        .select()
        .from(auditLog)
        .where(
          and(
            filter.targetType ? eq(auditLog.targetType, filter.targetType) : undefined,
            filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
            filter.beforeId ? lt(auditLog.id, filter.beforeId) : undefined,
          ),
        )
        .orderBy(desc(auditLog.id))
        .limit(filter.limit);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
