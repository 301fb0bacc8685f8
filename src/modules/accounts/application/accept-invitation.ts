import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AccountsError } from '../errors.ts';
import { hashPassword, hashSecret, newSecret } from '../domain/secrets.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createCredentialsRepository } from '../infra/credentials.repository.ts';
import { createUsersRepository } from '../infra/users.repository.ts';
import { sessionExpiry } from './authenticate.ts';

const invalid = () =>
  new AccountsError(
    'INVITATION_INVALID',
    'This invitation link is unknown, already used or expired; ask an administrator for a new one.',
  );

export async function getInvitation(deps: { db: Db; clock: Clock }, token: string) {
  const invitation = await createCredentialsRepository(deps.db).findOpenInvitation(
    hashSecret(token),
    deps.clock(),
  );
  const user = invitation && (await createUsersRepository(deps.db).findById(invitation.userId));
  if (!invitation || !user) throw invalid();
  return { email: user.email, name: user.name, expiresAt: invitation.expiresAt };
}

/** Sets the invitee's password, spends the invitation and opens a session. */
export async function acceptInvitation(deps: { db: Db; clock: Clock }, token: string, password: string) {
  const now = deps.clock();
  const passwordHash = await hashPassword(password);
  const sessionToken = newSecret();
  const userId = await deps.db.transaction(async (tx) => {
    const credentials = createCredentialsRepository(tx);
    const invitation = await credentials.findOpenInvitation(hashSecret(token), now);
    if (!invitation) throw invalid();
    await credentials.acceptInvitation(invitation.tokenHash, now);
    await createUsersRepository(tx).update(invitation.userId, { passwordHash });
    await credentials.insertSession({
      tokenHash: hashSecret(sessionToken),
      userId: invitation.userId,
      expiresAt: sessionExpiry(now),
    });
    await createAuditRepository(tx).record({
      actorUserId: invitation.userId,
      action: 'invitation.accept',
      targetType: 'user',
      targetId: invitation.userId,
    });
    return invitation.userId;
  });
  return { sessionToken, userId };
}
