import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import {
  ZAuditEntryResponse,
  ZAuditQuery,
  ZIdParams,
  ZInviteUserRequest,
  ZInviteUserResponse,
  ZOutboxMessageResponse,
  ZPage,
  ZUpdateUserRequest,
  ZUserListQuery,
  ZUserListResponse,
  ZUserResponse,
} from '../contract.ts';
import { listAuditLog, listOutbox } from '../application/admin-records.ts';
import { inviteUser } from '../application/invite-user.ts';
import { getUser, listUsers, updateUser } from '../application/manage-users.ts';
import { requireActor } from './auth.plugin.ts';
import { presentUser } from './presenters.ts';

const tags = ['users'];
const admin = { auth: ['admin'] as const };

export async function usersRoutes(parent: FastifyInstance, deps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  app.get(
    '/api/users',
    {
      config: admin,
      schema: {
        tags,
        summary: 'List users (admin)',
        querystring: ZUserListQuery,
        response: { 200: ZUserListResponse },
      },
    },
    async (request) => {
      const { items, total } = await listUsers({ db }, requireActor(request), request.query);
      return { total, items: items.map(({ row, memberships }) => presentUser(row, memberships)) };
    },
  );

  app.post(
    '/api/users',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Invite a user (admin): e-mails a link to set a password',
        body: ZInviteUserRequest,
        response: { 201: ZInviteUserResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await inviteUser(
        { db, clock: deps.clock, publicUrl: deps.config.publicUrl },
        actor,
        request.body,
      );
      const { row, memberships } = await getUser({ db }, actor, result.user.id);
      return reply.status(201).send({
        user: presentUser(row, memberships),
        invitationUrl: result.invitationUrl,
        expiresAt: result.expiresAt.toISOString(),
      });
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: admin,
      schema: { tags, summary: 'One user (admin)', params: ZIdParams, response: { 200: ZUserResponse } },
    },
    async (request) => {
      const { row, memberships } = await getUser({ db }, requireActor(request), request.params.id);
      return presentUser(row, memberships);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Change a user (admin)',
        params: ZIdParams,
        body: ZUpdateUserRequest,
        response: { 200: ZUserResponse },
      },
    },
    async (request) => {
      const { row, memberships } = await updateUser(
        { db },
        requireActor(request),
        request.params.id,
        request.body,
      );
      return presentUser(row, memberships);
    },
  );

  app.get(
    '/api/admin/audit',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first (admin)',
        querystring: ZAuditQuery,
        response: { 200: z.array(ZAuditEntryResponse) },
      },
    },
    async (request) =>
      (await listAuditLog({ db }, requireActor(request), request.query)).map((entry) => ({
        ...entry,
        at: entry.at.toISOString(),
      })),
  );

  app.get(
    '/api/admin/outbox',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        summary: 'Outgoing mail, newest first (admin)',
        querystring: ZPage,
        response: { 200: z.array(ZOutboxMessageResponse) },
      },
    },
    async (request) =>
      (await listOutbox({ db }, requireActor(request), request.query)).map((message) => ({
        ...message,
        createdAt: message.createdAt.toISOString(),
        sentAt: message.sentAt?.toISOString() ?? null,
      })),
  );
}
