import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { systemClock, type Clock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/client.ts';
import type { HttpDeps } from './platform/http/deps.ts';
import { registerErrorHandling, routeNotFound } from './platform/http/error-handler.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import {
  authPlugin,
  notificationsRoutes,
  organisationsRoutes,
  sessionRoutes,
  usersRoutes,
} from './modules/accounts/index.ts';
import { casesRoutes, networkRoutes, profilesRoutes } from './modules/brokerage/index.ts';
import { matchingRoutes } from './modules/matching/index.ts';
import {
  transS3ConsultationRoutes,
  transS3GroupRoutes,
  transS3StepRoutes,
  transS3StrategyRoutes,
} from './modules/trans-s3/index.ts';
import { referenceRoutes } from './modules/reference/index.ts';
import { s3Routes } from './modules/s3/index.ts';

export const VERSION: string = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))).version;

export const WEB_DIST = fileURLToPath(new URL('../dist/web', import.meta.url));

export type BuildAppOptions = {
  database: Database;
  config: Config;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from dist/web when it exists (default true). */
  isServingWeb?: boolean;
  /** Sees every route as it is registered (tests walk the routes with it). */
  onRoute?: (route: RouteOptions) => void;
};

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { database, config } = options;
  const deps: HttpDeps = { database, config, clock: options.clock ?? systemClock };
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  });

  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const isServingWeb = (options.isServingWeb ?? true) && existsSync(`${WEB_DIST}/index.html`);
  registerErrorHandling(
    app,
    // Client-side routes (/organisations/…) get the app shell; unknown /api paths stay JSON 404s.
    isServingWeb
      ? (request, reply) =>
          request.method === 'GET' && !request.url.startsWith('/api/')
            ? reply.sendFile('index.html')
            : reply.status(404).send(routeNotFound(request))
      : undefined,
  );

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        // Mantine and Swagger UI set inline styles; scripts stay same-origin only.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': config.isHttps ? [] : null,
      },
    },
    hsts: config.isHttps,
  });
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyCsrf, {
    cookieKey: 'gosmart_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: config.isHttps, signed: true },
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return Array.isArray(header) ? header[0] : header;
    },
    // Binds each token to the signed-in user, against cookie tossing.
    getUserInfo: (request) => request.actor?.userId ?? '',
    csrfOpts: { hmacKey: config.sessionSecret },
  });
  await app.register(authPlugin, { db: database.db, clock: deps.clock });
  await registerOpenApi(app, VERSION);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database check',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: database.kind, version: VERSION };
    },
  );

  await app.register(sessionRoutes, deps);
  await app.register(usersRoutes, deps);
  await app.register(organisationsRoutes, deps);
  await app.register(referenceRoutes, deps);
  await app.register(s3Routes, deps);
  await app.register(notificationsRoutes, deps);
  await app.register(casesRoutes, deps);
  await app.register(profilesRoutes, deps);
  await app.register(networkRoutes, deps);
  await app.register(matchingRoutes, deps);
  await app.register(transS3GroupRoutes, deps);
  await app.register(transS3StepRoutes, deps);
  await app.register(transS3ConsultationRoutes, deps);
  await app.register(transS3StrategyRoutes, deps);

  if (isServingWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  return app;
}
