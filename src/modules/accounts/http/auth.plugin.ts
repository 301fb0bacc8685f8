import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CommonError } from '../../../platform/errors.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { Actor, Role } from '../domain/user.ts';
import { authenticateAccessToken, authenticateSession } from '../application/authenticate.ts';

/** What a route requires: anyone, any signed-in user, or one of some roles. Every /api route declares one. */
export type AuthRequirement = 'public' | 'user' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthRequirement;
  }
  interface FastifyRequest {
    actor: Actor | undefined;
  }
}

export const SESSION_COOKIE = 'gosmart_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes outside our modules (Swagger UI's assets) that are public by nature. */
const isExempt = (url: string) => !url.startsWith('/api/') || url.startsWith('/api/docs');

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new CommonError('UNAUTHENTICATED', 'Sign in first.');
  return request.actor;
}

export const authPlugin = fp(async (app: FastifyInstance, options: { db: Db; clock: Clock }) => {
  app.decorateRequest('actor', undefined);

  app.addHook('onRoute', (route) => {
    if (!isExempt(route.url) && route.config?.auth === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.auth`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.actor = await identify(request, reply, options);
    const requirement = request.routeOptions.config.auth;
    if (requirement === undefined || requirement === 'public') return;
    if (!request.actor)
      throw new CommonError('UNAUTHENTICATED', 'Sign in first, or send a personal access token.');
    if (requirement !== 'user' && !requirement.includes(request.actor.role)) {
      throw new CommonError('FORBIDDEN', `This needs the role ${requirement.join(' or ')}.`);
    }
    // Cookies ride along with cross-site requests; bearer tokens do not, so only sessions need CSRF.
    if (request.actor.via === 'session' && !SAFE_METHODS.has(request.method)) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
      });
    }
  });
});

async function identify(request: FastifyRequest, reply: FastifyReply, deps: { db: Db; clock: Clock }) {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match?.[1] ? await authenticateAccessToken(deps, match[1]) : undefined;
    if (!actor) throw new CommonError('UNAUTHENTICATED', 'The bearer token is invalid or revoked.');
    return actor;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return undefined;
  const actor = await authenticateSession(deps, cookie);
  if (!actor) reply.clearCookie(SESSION_COOKIE, { path: '/' });
  return actor;
}
