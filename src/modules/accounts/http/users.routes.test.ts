import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, logInAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { buildOrganisation, buildUser } from '../../../../test/factories.ts';

let t: TestApp;
let admin: Session;
let member: Session;
let broker: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await logInAs(t.app, (await buildUser(t.database.db, { role: 'admin', name: 'Ada Admin' })).email);
  member = await logInAs(
    t.app,
    (await buildUser(t.database.db, { role: 'member', organisation: true })).email,
  );
  broker = await logInAs(t.app, (await buildUser(t.database.db, { role: 'broker' })).email);
});
afterAll(() => t.close());

describe('users (admin)', () => {
  it('lets an admin list users with their memberships, and forbids members and brokers', async () => {
    const list = await as(t.app, admin, { method: 'GET', url: '/api/users?limit=10' });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBeGreaterThanOrEqual(3);
    expect(list.json().items.some((u: { memberships: unknown[] }) => u.memberships.length === 1)).toBe(true);
    for (const session of [member, broker]) {
      const denied = await as(t.app, session, { method: 'GET', url: '/api/users' });
      expect(denied.statusCode).toBe(403);
      expect(denied.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('invites a user: the mail waits in the outbox, the link sets a password and signs in', async () => {
    const organisation = await buildOrganisation(t.database.db, {
      name: 'Kymenlaakso Cleantech Oy',
      countryCode: 'FI',
      nutsCode: 'FI1C4',
    });
    const invited = await as(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'New.Broker@Test.example',
        name: 'Nina Broker',
        role: 'broker',
        preferredLanguage: 'fi',
        organisationId: organisation.id,
        membershipRole: 'manager',
      },
    });
    expect(invited.statusCode).toBe(201);
    const { user, invitationUrl } = invited.json();
    expect(user).toMatchObject({
      email: 'new.broker@test.example',
      role: 'broker',
      hasPassword: false,
      preferredLanguage: 'fi',
    });
    expect(user.memberships).toEqual([
      { organisationId: organisation.id, organisationName: 'Kymenlaakso Cleantech Oy', role: 'manager' },
    ]);
    expect(invitationUrl).toMatch(/^http:\/\/gosmart\.test\/invite\/.+/);

    const outbox = await as(t.app, admin, { method: 'GET', url: '/api/admin/outbox' });
    const mail = outbox.json().find((m: { to: string }) => m.to === 'new.broker@test.example');
    expect(mail.body).toContain(invitationUrl);
    expect(mail.sentAt).toBeNull();

    // Before accepting, the account cannot log in.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'new.broker@test.example', password: 'anything-at-all' },
    });
    expect(early.statusCode).toBe(401);

    const token = invitationUrl.split('/invite/')[1];
    const info = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(info.json()).toMatchObject({ email: 'new.broker@test.example', name: 'Nina Broker' });
    const short = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}`,
      payload: { password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].path).toBe('body.password');
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}`,
      payload: { password: 'a-long-new-password' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user.hasPassword).toBe(true);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}`,
      payload: { password: 'another-long-password' },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('INVITATION_INVALID');
    await logInAs(t.app, 'new.broker@test.example', 'a-long-new-password');
  });

  it('refuses to invite an e-mail that exists (409 naming email) and writes nothing', async () => {
    const existing = await buildUser(t.database.db);
    const before = (await as(t.app, admin, { method: 'GET', url: '/api/admin/outbox' })).json().length;
    const response = await as(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { email: existing.email, name: 'Dup', role: 'member' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'EMAIL_TAKEN',
      details: [{ path: 'email', message: 'is already registered' }],
    });
    const after = (await as(t.app, admin, { method: 'GET', url: '/api/admin/outbox' })).json().length;
    expect(after).toBe(before);
  });

  it('rolls back the whole invitation when the organisation does not exist', async () => {
    const response = await as(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'orphan@test.example',
        name: 'Orphan',
        role: 'member',
        organisationId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(response.statusCode).toBe(404);
    const list = await as(t.app, admin, { method: 'GET', url: '/api/users?q=orphan' });
    expect(list.json().total).toBe(0);
  });

  it('changes roles, deactivates users (ending their sessions) and protects the last admin', async () => {
    const target = await buildUser(t.database.db);
    const targetSession = await logInAs(t.app, target.email);
    const promoted = await as(t.app, admin, {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      payload: { role: 'analyst' },
    });
    expect(promoted.json().role).toBe('analyst');
    const deactivated = await as(t.app, admin, {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      payload: { isActive: false },
    });
    expect(deactivated.json().isActive).toBe(false);
    expect((await as(t.app, targetSession, { method: 'GET', url: '/api/session' })).statusCode).toBe(401);

    const lastAdmin = await as(t.app, admin, {
      method: 'PATCH',
      url: `/api/users/${admin.userId}`,
      payload: { role: 'member' },
    });
    expect(lastAdmin.statusCode).toBe(409);
    expect(lastAdmin.json().error.code).toBe('LAST_ADMIN');
  });

  it('records who did what in the audit log, readable by admins only', async () => {
    const audit = await as(t.app, admin, {
      method: 'GET',
      url: '/api/admin/audit?targetType=user&limit=500',
    });
    expect(audit.statusCode).toBe(200);
    const actions = audit.json().map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.invite', 'invitation.accept', 'user.update', 'session.create']),
    );
    expect(audit.json().find((e: { action: string }) => e.action === 'user.invite').actorUserId).toBe(
      admin.userId,
    );
    expect((await as(t.app, broker, { method: 'GET', url: '/api/admin/audit' })).statusCode).toBe(403);
    expect((await as(t.app, member, { method: 'GET', url: '/api/admin/outbox' })).statusCode).toBe(403);
  });
});
