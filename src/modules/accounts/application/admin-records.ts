import type { Db } from '../../../platform/db/client.ts';
import { AccountsError } from '../errors.ts';
import { canReadAuditLog, canReadOutbox } from '../policies.ts';
import type { Actor } from '../domain/user.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createOutboxRepository } from '../infra/outbox.repository.ts';

export async function listAuditLog(
  deps: { db: Db },
  actor: Actor,
  filter: {
    targetType?: string | undefined;
    targetId?: string | undefined;
    before?: number | undefined;
    limit: number;
  },
) {
  if (!canReadAuditLog(actor))
    throw new AccountsError('NOT_ALLOWED', 'Only administrators can read the audit log.');
  return createAuditRepository(deps.db).list({ ...filter, beforeId: filter.before });
}

export async function listOutbox(deps: { db: Db }, actor: Actor, page: { limit: number; offset: number }) {
  if (!canReadOutbox(actor))
    throw new AccountsError('NOT_ALLOWED', 'Only administrators can read the mail outbox.');
  return createOutboxRepository(deps.db).list(page.limit, page.offset);
}
