import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import { hashSecret } from '../domain/secrets.ts';
import { isLanguage, isRole, type Actor } from '../domain/user.ts';
import { createCredentialsRepository } from '../infra/credentials.repository.ts';
import { createUsersRepository } from '../infra/users.repository.ts';

export const SESSION_DAYS = 14;
const TOUCH_EVERY_MS = 60 * 60 * 1000;

export async function actorForUser(db: Db, userId: string, via: Actor['via']): Promise<Actor | undefined> {
  const users = createUsersRepository(db);
  const user = await users.findById(userId);
  if (!user || !user.isActive || !isRole(user.role)) return undefined;
  const memberships = await users.membershipsOf(user.id);
  const brokerRegions = user.role === 'broker' ? await users.brokerRegionsOf(user.id) : [];
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    preferredLanguage: isLanguage(user.preferredLanguage) ? user.preferredLanguage : 'en',
    memberships: memberships.map(({ organisationId, role }) => ({ organisationId, role })),
    brokerRegions,
    via,
  };
}

/** The actor behind a session cookie; sliding expiry, refreshed at most hourly to spare writes. */
export async function authenticateSession(deps: { db: Db; clock: Clock }, sessionToken: string) {
  const credentials = createCredentialsRepository(deps.db);
  const now = deps.clock();
  const session = await credentials.findLiveSession(hashSecret(sessionToken), now);
  if (!session) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await credentials.touchSession(session.tokenHash, now, sessionExpiry(now));
  }
  return actorForUser(deps.db, session.userId, 'session');
}

export async function authenticateAccessToken(deps: { db: Db; clock: Clock }, token: string) {
  const credentials = createCredentialsRepository(deps.db);
  const row = await credentials.findLiveToken(hashSecret(token));
  if (!row) return undefined;
  const now = deps.clock();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await credentials.markTokenUsed(row.id, now);
  }
  return actorForUser(deps.db, row.userId, 'token');
}

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000);
}
