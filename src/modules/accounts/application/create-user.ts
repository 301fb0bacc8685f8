import type { Db } from '../../../platform/db/client.ts';
import { AccountsError } from '../errors.ts';
import { canManageUsers } from '../policies.ts';
import { MIN_PASSWORD_LENGTH, generatePassword, hashPassword } from '../domain/secrets.ts';
import { normaliseEmail, type Actor, type Language, type MembershipRole, type Role } from '../domain/user.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createOrganisationsRepository } from '../infra/organisations.repository.ts';
import { createUsersRepository, type UserRow } from '../infra/users.repository.ts';

export type CreateUserInput = {
  email: string;
  name?: string;
  role: Role;
  password?: string;
  preferredLanguage?: Language;
  organisationId?: string;
  membershipRole?: MembershipRole;
  isDemo?: boolean;
  /** A precomputed hash (the demo seed hashes its one password once). */
  passwordHash?: string;
};

/** Creates a user with a password; when none is given, generates one and returns it once. */
export async function createUser(
  deps: { db: Db },
  actor: Actor | 'system',
  input: CreateUserInput,
): Promise<{ user: UserRow; generatedPassword?: string }> {
  if (actor !== 'system' && !canManageUsers(actor)) {
    throw new AccountsError('NOT_ALLOWED', 'Only administrators can create users.');
  }
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountsError(
      'WEAK_PASSWORD',
      `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
      [{ path: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }],
    );
  }
  const email = normaliseEmail(input.email);
  const generatedPassword =
    input.password === undefined && input.passwordHash === undefined ? generatePassword() : undefined;
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password ?? generatedPassword ?? ''));

  const user = await deps.db.transaction(async (tx) => {
    const users = createUsersRepository(tx);
    await assertEmailFree(users, email);
    if (input.organisationId) await assertOrganisationExists(tx, input.organisationId);
    const created = await users.insert({
      email,
      name: input.name?.trim() || email.split('@')[0] || email,
      role: input.role,
      preferredLanguage: input.preferredLanguage ?? 'en',
      passwordHash,
      isDemo: input.isDemo ?? false,
    });
    if (input.organisationId)
      await users.addMembership(created.id, input.organisationId, input.membershipRole ?? 'member');
    await createAuditRepository(tx).record({
      actorUserId: actor === 'system' ? null : actor.userId,
      action: 'user.create',
      targetType: 'user',
      targetId: created.id,
      details: { email, role: input.role, organisationId: input.organisationId ?? null },
    });
    return created;
  });
  return generatedPassword === undefined ? { user } : { user, generatedPassword };
}

export async function assertEmailFree(
  users: ReturnType<typeof createUsersRepository>,
  email: string,
): Promise<void> {
  if (await users.findByEmail(email)) {
    throw new AccountsError('EMAIL_TAKEN', `A user with e-mail ${email} already exists.`, [
      { path: 'email', message: 'is already registered' },
    ]);
  }
}

export async function assertOrganisationExists(db: Db, organisationId: string): Promise<void> {
  if (!(await createOrganisationsRepository(db).findById(organisationId))) {
    throw new AccountsError('ORGANISATION_NOT_FOUND', `No organisation ${organisationId}.`, [
      { path: 'organisationId', message: 'does not exist' },
    ]);
  }
}
