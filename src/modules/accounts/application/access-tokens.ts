import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AccountsError } from '../errors.ts';
import { hashSecret, newSecret } from '../domain/secrets.ts';
import type { Actor } from '../domain/user.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createCredentialsRepository } from '../infra/credentials.repository.ts';

export const TOKEN_PREFIX = 'gsm_';

/** A personal access token for scripts; the secret is returned once and stored only as a hash. */
export async function createAccessToken(deps: { db: Db }, actor: Actor, name: string) {
  const token = newSecret(TOKEN_PREFIX);
  const row = await deps.db.transaction(async (tx) => {
    const created = await createCredentialsRepository(tx).insertToken({
      userId: actor.userId,
      name,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'token.create',
      targetType: 'access_token',
      targetId: created.id,
      details: { name },
    });
    return created;
  });
  return { row, token };
}

export async function listAccessTokens(deps: { db: Db }, actor: Actor) {
  return createCredentialsRepository(deps.db).listTokens(actor.userId);
}

export async function revokeAccessToken(deps: { db: Db; clock: Clock }, actor: Actor, tokenId: string) {
  await deps.db.transaction(async (tx) => {
    const isRevoked = await createCredentialsRepository(tx).revokeToken(actor.userId, tokenId, deps.clock());
    if (!isRevoked) throw new AccountsError('TOKEN_NOT_FOUND', `No active token ${tokenId} of yours.`);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'token.revoke',
      targetType: 'access_token',
      targetId: tokenId,
    });
  });
}
