import type { Db } from '../../../platform/db/client.ts';
import { AccountsError } from '../errors.ts';
import { canManageUsers } from '../policies.ts';
import type { Actor, Language, Role } from '../domain/user.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createCredentialsRepository } from '../infra/credentials.repository.ts';
import { createUsersRepository } from '../infra/users.repository.ts';

export async function listUsers(
  deps: { db: Db },
  actor: Actor,
  filter: { q?: string | undefined; role?: Role | undefined; limit: number; offset: number },
) {
  if (!canManageUsers(actor)) throw new AccountsError('NOT_ALLOWED', 'Only administrators can list users.');
  const users = createUsersRepository(deps.db);
  const { rows, total } = await users.list(filter);
  const memberships = await users.membershipsOfMany(rows.map((row) => row.id));
  return {
    total,
    items: rows.map((row) => ({ row, memberships: memberships.filter((m) => m.userId === row.id) })),
  };
}

export async function getUser(deps: { db: Db }, actor: Actor, userId: string) {
  if (!canManageUsers(actor) && actor.userId !== userId) {
    throw new AccountsError('NOT_ALLOWED', 'Only administrators can see other users.');
  }
  return loadUser(deps, userId);
}

/** A user with memberships, without a policy check: for the user's own session and internal callers. */
export async function loadUser(deps: { db: Db }, userId: string) {
  const users = createUsersRepository(deps.db);
  const row = await users.findById(userId);
  if (!row) throw new AccountsError('USER_NOT_FOUND', `No user ${userId}.`);
  return { row, memberships: await users.membershipsOf(userId) };
}

/** An administrator changes a user's name, role, language or active flag; deactivation ends their sessions. */
export async function updateUser(
  deps: { db: Db },
  actor: Actor,
  userId: string,
  changes: {
    name?: string | undefined;
    role?: Role | undefined;
    isActive?: boolean | undefined;
    preferredLanguage?: Language | undefined;
  },
) {
  if (!canManageUsers(actor)) throw new AccountsError('NOT_ALLOWED', 'Only administrators can change users.');
  await deps.db.transaction(async (tx) => {
    const users = createUsersRepository(tx);
    const before = await users.findById(userId);
    if (!before) throw new AccountsError('USER_NOT_FOUND', `No user ${userId}.`);
    const isLosingAdmin =
      before.role === 'admin' &&
      before.isActive &&
      ((changes.role !== undefined && changes.role !== 'admin') || changes.isActive === false);
    if (isLosingAdmin && (await users.countActiveAdmins()) <= 1) {
      throw new AccountsError(
        'LAST_ADMIN',
        'This is the last active administrator; make another user admin first.',
      );
    }
    await users.update(userId, changes);
    if (changes.isActive === false) await createCredentialsRepository(tx).deleteSessionsOf(userId);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'user.update',
      targetType: 'user',
      targetId: userId,
      details: { changes },
    });
  });
  return getUser(deps, actor, userId);
}

/** Users change their own display name and language. */
export async function updateOwnProfile(
  deps: { db: Db },
  actor: Actor,
  changes: { name?: string | undefined; preferredLanguage?: Language | undefined },
) {
  await deps.db.transaction(async (tx) => {
    await createUsersRepository(tx).update(actor.userId, changes);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'user.update_self',
      targetType: 'user',
      targetId: actor.userId,
      details: { changes },
    });
  });
  return getUser(deps, actor, actor.userId);
}
