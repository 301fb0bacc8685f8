import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, logInAs, type TestApp } from '../../../../test/test-app.ts';
import { buildUser, TEST_PASSWORD } from '../../../../test/factories.ts';
import { LOGIN_LIMITS } from '../application/log-in.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sessions', () => {
  it('logs in with the right password and returns the user, a cookie and a CSRF token', async () => {
    const user = await buildUser(t.database.db, {
      role: 'broker',
      email: 'Broker.One@Test.example',
      organisation: true,
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'broker.one@test.example', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, email: 'broker.one@test.example', role: 'broker' });
    expect(body.user.memberships).toHaveLength(1);
    expect(body.csrfToken).toEqual(expect.any(String));
    const cookie = response.cookies.find((c) => c.name === 'gosmart_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(JSON.stringify(body)).not.toContain('passwordHash');
  });

  it('refuses a wrong password with 401 and the same message as an unknown account', async () => {
    const user = await buildUser(t.database.db);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: 'not-the-password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'nobody@test.example', password: 'whatever-it-is' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.cookies.find((c) => c.name === 'gosmart_session')).toBeUndefined();
  });

  it('names the field when the login body is malformed', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'not-an-email', password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.details).toContainEqual({
      path: 'body.email',
      message: 'must be an e-mail address',
    });
  });

  it('rate-limits repeated bad logins for an account, even with the right password afterwards', async () => {
    const user = await buildUser(t.database.db);
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: user.email, password: 'wrong-password' },
      });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from another address is not affected.
    const other = await buildUser(t.database.db);
    const fine = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: other.email, password: TEST_PASSWORD },
      remoteAddress: '10.9.9.9',
    });
    expect(fine.statusCode).toBe(200);
  });

  it('returns the current user, and 401 without a session', async () => {
    const user = await buildUser(t.database.db, { role: 'analyst' });
    const session = await logInAs(t.app, user.email);
    const me = await as(t.app, session, { method: 'GET', url: '/api/session' });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ id: user.id, role: 'analyst' });
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a cookie-authenticated change without the CSRF token, and accepts it with the token', async () => {
    const user = await buildUser(t.database.db);
    const session = await logInAs(t.app, user.email);
    const without = await as(t.app, session, {
      method: 'PATCH',
      url: '/api/me',
      payload: { preferredLanguage: 'pl' },
      isWithoutCsrf: true,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_INVALID');
    const forged = await as(t.app, session, {
      method: 'PATCH',
      url: '/api/me',
      payload: { preferredLanguage: 'pl' },
      isWithoutCsrf: true,
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    const withToken = await as(t.app, session, {
      method: 'PATCH',
      url: '/api/me',
      payload: { preferredLanguage: 'pl' },
    });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.json().preferredLanguage).toBe('pl');
  });

  it("does not accept another user's CSRF token", async () => {
    const alice = await logInAs(t.app, (await buildUser(t.database.db)).email);
    const bob = await logInAs(t.app, (await buildUser(t.database.db)).email);
    const response = await as(t.app, alice, {
      method: 'PATCH',
      url: '/api/me',
      payload: { name: 'Eve' },
      isWithoutCsrf: true,
      headers: { 'x-csrf-token': bob.csrfToken },
    });
    expect(response.statusCode).toBe(403);
  });

  it('logs out: the session cookie no longer works', async () => {
    const user = await buildUser(t.database.db);
    const session = await logInAs(t.app, user.email);
    const out = await as(t.app, session, { method: 'DELETE', url: '/api/session' });
    expect(out.statusCode).toBe(204);
    const after = await as(t.app, session, { method: 'GET', url: '/api/session' });
    expect(after.statusCode).toBe(401);
  });

  it('creates a personal access token shown once, which works as a bearer token without CSRF until revoked', async () => {
    const user = await buildUser(t.database.db, { role: 'admin' });
    const session = await logInAs(t.app, user.email);
    const created = await as(t.app, session, {
      method: 'POST',
      url: '/api/me/tokens',
      payload: { name: 'import script' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^gsm_/);
    const listed = await as(t.app, session, { method: 'GET', url: '/api/me/tokens' });
    expect(listed.json()).toEqual([expect.objectContaining({ id, name: 'import script' })]);
    expect(listed.body).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(200);
    const change = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: bearer,
      payload: { name: 'Scripted' },
    });
    expect(change.statusCode).toBe(200);

    expect((await as(t.app, session, { method: 'DELETE', url: `/api/me/tokens/${id}` })).statusCode).toBe(
      204,
    );
    const revoked = await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer });
    expect(revoked.statusCode).toBe(401);
  });

  it('refuses an invalid bearer token with 401', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/organisations',
      headers: { authorization: 'Bearer gsm_nope' },
    });
    expect(response.statusCode).toBe(401);
  });
});
