import type { Db } from '../../../platform/db/client.ts';
import { hashSecret } from '../domain/secrets.ts';
import type { Actor } from '../domain/user.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createCredentialsRepository } from '../infra/credentials.repository.ts';

export async function logOut(deps: { db: Db }, actor: Actor, sessionToken: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await createCredentialsRepository(tx).deleteSession(hashSecret(sessionToken));
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'session.delete',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
}
