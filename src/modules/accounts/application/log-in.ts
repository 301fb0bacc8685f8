import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AccountsError } from '../errors.ts';
import { DUMMY_PASSWORD_HASH, hashSecret, newSecret, verifyPassword } from '../domain/secrets.ts';
import { normaliseEmail } from '../domain/user.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createCredentialsRepository } from '../infra/credentials.repository.ts';
import { createUsersRepository } from '../infra/users.repository.ts';
import { sessionExpiry } from './authenticate.ts';

/** Failed attempts allowed in the window, per account and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 30 };

/**
 * Checks the password and opens a session. Throttling counts failures in the database, so it holds
 * across app instances and restarts.
 */
export async function logIn(
  deps: { db: Db; clock: Clock },
  input: { email: string; password: string; ip: string },
): Promise<{ sessionToken: string; userId: string; expiresAt: Date }> {
  const email = normaliseEmail(input.email);
  const now = deps.clock();
  const credentials = createCredentialsRepository(deps.db);
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const failures = await credentials.countFailures(email, input.ip, since);
  if (failures.byEmail >= LOGIN_LIMITS.perEmail || failures.byIp >= LOGIN_LIMITS.perIp) {
    throw new AccountsError(
      'TOO_MANY_LOGIN_ATTEMPTS',
      `Too many failed log-in attempts; try again in ${LOGIN_LIMITS.windowMinutes} minutes.`,
      [],
      LOGIN_LIMITS.windowMinutes * 60,
    );
  }

  const user = await createUsersRepository(deps.db).findByEmail(email);
  // Always run scrypt, so the response time does not tell whether the account exists.
  const isPasswordRight = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !user.passwordHash || !isPasswordRight || !user.isActive) {
    await credentials.recordLoginAttempt({ email, ip: input.ip, isSuccess: false, at: now });
    throw new AccountsError('INVALID_CREDENTIALS', 'The e-mail address or password is wrong.');
  }

  const sessionToken = newSecret();
  const expiresAt = sessionExpiry(now);
  await deps.db.transaction(async (tx) => {
    await createCredentialsRepository(tx).insertSession({
      tokenHash: hashSecret(sessionToken),
      userId: user.id,
      expiresAt,
    });
    await createCredentialsRepository(tx).recordLoginAttempt({
      email,
      ip: input.ip,
      isSuccess: true,
      at: now,
    });
    await createAuditRepository(tx).record({
      actorUserId: user.id,
      action: 'session.create',
      targetType: 'user',
      targetId: user.id,
      details: { ip: input.ip },
    });
  });
  return { sessionToken, userId: user.id, expiresAt };
}
