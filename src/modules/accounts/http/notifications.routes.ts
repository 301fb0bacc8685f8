import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { ZIdParams, ZNotificationListQuery, ZNotificationListResponse } from '../contract.ts';
import { AccountsError } from '../errors.ts';
import { createNotificationsRepository } from '../infra/notifications.repository.ts';
import { requireActor } from './auth.plugin.ts';

const tags = ['notifications'];
const user = { auth: 'user' } as const;

export async function notificationsRoutes(parent: FastifyInstance, deps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const notifications = createNotificationsRepository(deps.database.db);

  app.get(
    '/api/notifications',
    {
      config: user,
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: ZNotificationListQuery,
        response: { 200: ZNotificationListResponse },
      },
    },
    async (request) => {
      const { rows, total, unread } = await notifications.list(requireActor(request).userId, {
        isUnreadOnly: request.query.unread === 'true',
        limit: request.query.limit,
        offset: request.query.offset,
      });
      return {
        total,
        unread,
        items: rows.map((row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          readAt: row.readAt?.toISOString() ?? null,
        })),
      };
    },
  );
  app.post(
    '/api/notifications/:id/read',
    {
      config: user,
      schema: { tags, summary: 'Mark a notification read', params: ZIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (!(await notifications.markRead(requireActor(request).userId, deps.clock(), request.params.id))) {
        throw new AccountsError('NOTIFICATION_NOT_FOUND', `No notification ${request.params.id}.`);
      }
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/notifications/read-all',
    {
      config: user,
      schema: { tags, summary: 'Mark all my notifications read', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await notifications.markRead(requireActor(request).userId, deps.clock());
      return reply.status(204).send(null);
    },
  );
}
