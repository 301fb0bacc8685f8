import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AccountsError } from '../errors.ts';
import { canManageUsers } from '../policies.ts';
import { hashSecret, newSecret } from '../domain/secrets.ts';
import { normaliseEmail, type Actor, type Language, type MembershipRole, type Role } from '../domain/user.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createCredentialsRepository } from '../infra/credentials.repository.ts';
import { createOutboxRepository } from '../infra/outbox.repository.ts';
import { createUsersRepository, type UserRow } from '../infra/users.repository.ts';
import { assertEmailFree, assertOrganisationExists } from './create-user.ts';

export const INVITATION_DAYS = 7;

export type InviteUserInput = {
  email: string;
  name: string;
  role: Role;
  preferredLanguage: Language;
  organisationId?: string | undefined;
  membershipRole: MembershipRole;
};

/**
 * Creates the account without a password and mails a one-time link where the invitee sets one.
 * The mail goes through the outbox, so it is never lost when no SMTP server is configured.
 */
export async function inviteUser(
  deps: { db: Db; clock: Clock; publicUrl: string },
  actor: Actor,
  input: InviteUserInput,
): Promise<{ user: UserRow; invitationUrl: string; expiresAt: Date }> {
  if (!canManageUsers(actor)) throw new AccountsError('NOT_ALLOWED', 'Only administrators can invite users.');
  const email = normaliseEmail(input.email);
  const token = newSecret();
  const expiresAt = new Date(deps.clock().getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const invitationUrl = `${deps.publicUrl}/invite/${token}`;

  const user = await deps.db.transaction(async (tx) => {
    const users = createUsersRepository(tx);
    await assertEmailFree(users, email);
    if (input.organisationId) await assertOrganisationExists(tx, input.organisationId);
    const created = await users.insert({
      email,
      name: input.name,
      role: input.role,
      preferredLanguage: input.preferredLanguage,
      passwordHash: null,
    });
    if (input.organisationId)
      await users.addMembership(created.id, input.organisationId, input.membershipRole);
    await createCredentialsRepository(tx).insertInvitation({
      tokenHash: hashSecret(token),
      userId: created.id,
      invitedBy: actor.userId,
      expiresAt,
    });
    await createOutboxRepository(tx).enqueue({
      to: email,
      subject: 'You are invited to GoSmart',
      body: [
        `Hello ${input.name},`,
        '',
        `${actor.name} has invited you to GoSmart, the transnational smart specialisation and innovation brokerage platform, as ${input.role}.`,
        `Set your password here (the link works once, until ${expiresAt.toISOString().slice(0, 10)}):`,
        invitationUrl,
      ].join('\n'),
    });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'user.invite',
      targetType: 'user',
      targetId: created.id,
      details: { email, role: input.role, organisationId: input.organisationId ?? null },
    });
    return created;
  });
  return { user, invitationUrl, expiresAt };
}
