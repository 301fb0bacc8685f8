import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import {
  ZAcceptInvitationRequest,
  ZAccessTokenResponse,
  ZCreatedTokenResponse,
  ZCreateTokenRequest,
  ZIdParams,
  ZInvitationResponse,
  ZLoginRequest,
  ZSessionResponse,
  ZTokenParams,
  ZUpdateMeRequest,
} from '../contract.ts';
import { acceptInvitation, getInvitation } from '../application/accept-invitation.ts';
import { createAccessToken, listAccessTokens, revokeAccessToken } from '../application/access-tokens.ts';
import { SESSION_DAYS } from '../application/authenticate.ts';
import { logIn } from '../application/log-in.ts';
import { logOut } from '../application/log-out.ts';
import { loadUser, updateOwnProfile } from '../application/manage-users.ts';
import { SESSION_COOKIE, requireActor } from './auth.plugin.ts';
import { presentUser } from './presenters.ts';

const tags = ['session'];

export async function sessionRoutes(parent: FastifyInstance, deps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const ctx = { db, clock: deps.clock };

  const startSession = async (reply: FastifyReply, sessionToken: string, userId: string) => {
    reply.setCookie(SESSION_COOKIE, sessionToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.config.isHttps,
      maxAge: SESSION_DAYS * 24 * 60 * 60,
    });
    const { row, memberships } = await loadUser({ db }, userId);
    return { user: presentUser(row, memberships), csrfToken: reply.generateCsrf({ userInfo: userId }) };
  };

  app.post(
    '/api/session',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Log in with e-mail and password',
        body: ZLoginRequest,
        response: { 200: ZSessionResponse },
      },
    },
    async (request, reply) => {
      const { sessionToken, userId } = await logIn(ctx, { ...request.body, ip: request.ip });
      return startSession(reply, sessionToken, userId);
    },
  );

  app.get(
    '/api/session',
    {
      config: { auth: 'user' },
      schema: { tags, summary: 'The signed-in user and a CSRF token', response: { 200: ZSessionResponse } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { row, memberships } = await loadUser({ db }, actor.userId);
      return {
        user: presentUser(row, memberships),
        csrfToken: reply.generateCsrf({ userInfo: actor.userId }),
      };
    },
  );

  app.delete(
    '/api/session',
    { config: { auth: 'user' }, schema: { tags, summary: 'Log out', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logOut({ db }, requireActor(request), token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/me',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Change your name or language',
        body: ZUpdateMeRequest,
        response: { 200: ZSessionResponse.shape.user },
      },
    },
    async (request) => {
      const { row, memberships } = await updateOwnProfile({ db }, requireActor(request), request.body);
      return presentUser(row, memberships);
    },
  );

  const presentToken = (row: {
    id: string;
    name: string;
    prefix: string;
    createdAt: Date;
    lastUsedAt: Date | null;
  }) => ({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  });

  app.get(
    '/api/me/tokens',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Your personal access tokens',
        response: { 200: z.array(ZAccessTokenResponse) },
      },
    },
    async (request) => (await listAccessTokens({ db }, requireActor(request))).map(presentToken),
  );

  app.post(
    '/api/me/tokens',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Create a personal access token (shown once)',
        body: ZCreateTokenRequest,
        response: { 201: ZCreatedTokenResponse },
      },
    },
    async (request, reply) => {
      const { row, token } = await createAccessToken({ db }, requireActor(request), request.body.name);
      return reply.status(201).send({ ...presentToken(row), token });
    },
  );

  app.delete(
    '/api/me/tokens/:id',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Revoke a personal access token',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeAccessToken(ctx, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Who an invitation is for',
        params: ZTokenParams,
        response: { 200: ZInvitationResponse },
      },
    },
    async (request) => {
      const invitation = await getInvitation(ctx, request.params.token);
      return { ...invitation, expiresAt: invitation.expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/invitations/:token',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Accept an invitation: set a password and log in',
        params: ZTokenParams,
        body: ZAcceptInvitationRequest,
        response: { 200: ZSessionResponse },
      },
    },
    async (request, reply) => {
      const { sessionToken, userId } = await acceptInvitation(
        ctx,
        request.params.token,
        request.body.password,
      );
      return startSession(reply, sessionToken, userId);
    },
  );
}
