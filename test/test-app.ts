import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../src/app.ts';
import { parseEnv, type Config } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/client.ts';
import { createTestDatabase } from './test-database.ts';
import { TEST_PASSWORD } from './factories.ts';

export const TEST_CONFIG: Config = {
  ...(() => {
    const env = parseEnv({});
    return { port: env.PORT, host: env.HOST, mailFrom: env.MAIL_FROM };
  })(),
  dataDir: '/nonexistent',
  databaseUrl: undefined,
  sessionSecret: 'test-secret-test-secret-test-secret-0123',
  publicUrl: 'http://gosmart.test',
  smtpUrl: undefined,
  logLevel: 'silent',
  demoSeed: false,
  isHttps: false,
};

export type TestApp = { app: FastifyInstance; database: Database; close(): Promise<void> };

export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({ database, config: TEST_CONFIG, logger: false, isServingWeb: false });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in browser: the session cookie and the CSRF cookie + token, as the web app would hold them. */
export type Session = { cookie: string; csrfToken: string; userId: string };

export async function logInAs(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const body = response.json<{ csrfToken: string; user: { id: string } }>();
  return { cookie, csrfToken: body.csrfToken, userId: body.user.id };
}

/** An inject as that session; state-changing methods carry the CSRF header unless told not to. */
export function as(
  app: FastifyInstance,
  session: Session,
  options: InjectOptions & { isWithoutCsrf?: boolean },
) {
  const { isWithoutCsrf, headers, ...rest } = options;
  return app.inject({
    ...rest,
    headers: {
      ...headers,
      cookie: session.cookie,
      ...(isWithoutCsrf ? {} : { 'x-csrf-token': session.csrfToken }),
    },
  });
}
