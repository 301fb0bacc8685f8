// Code lists, the priorities register, region groups and their members.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor } from '../../accounts/index.ts';
import {
  addMember,
  createGroup,
  getGroup,
  listGroups,
  removeMember,
  updateGroup,
  updateMember,
} from '../application/groups.ts';
import {
  createPriority,
  deletePriority,
  exportPriorities,
  importPriorities,
  listPriorities,
  updatePriority,
} from '../application/priorities.ts';
import type { TransS3Deps } from '../application/deps.ts';
import {
  ZCodesResponse,
  ZGroup,
  ZGroupMemberParams,
  ZGroupPatch,
  ZGroupRequest,
  ZGroupsResponse,
  ZIdParams,
  ZMemberPatch,
  ZMemberRequest,
  ZPrioritiesImportRequest,
  ZPrioritiesImportResponse,
  ZPrioritiesQuery,
  ZPrioritiesResponse,
  ZPriority,
  ZPriorityRequest,
} from '../contract.ts';
import { NABS_CHAPTERS, POLICY_OBJECTIVES } from '../domain/codes.ts';

const user = { auth: 'user' } as const;
const tags = ['trans-s3'];

export async function transS3GroupRoutes(parent: FastifyInstance, httpDeps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const deps: TransS3Deps = { db: httpDeps.database.db, clock: httpDeps.clock };

  app.get(
    '/api/trans-s3/codes',
    {
      config: user,
      schema: {
        tags,
        summary: 'NABS 2007 chapters and the Eye@RIS3 policy objectives',
        response: { 200: ZCodesResponse },
      },
    },
    async () => ({
      nabs: NABS_CHAPTERS.map((c) => ({ code: c.code, name: c.name })),
      objectives: POLICY_OBJECTIVES.map((c) => ({ code: c.code, name: c.name, group: c.group })),
    }),
  );

  // ---- Priorities register
  app.get(
    '/api/trans-s3/priorities',
    {
      config: user,
      schema: {
        tags,
        summary: "The regions' RIS3 priorities, coded like Eye@RIS3",
        querystring: ZPrioritiesQuery,
        response: { 200: ZPrioritiesResponse },
      },
    },
    async (request) => listPriorities(deps, requireActor(request), request.query),
  );
  app.get(
    '/api/trans-s3/priorities/export.csv',
    {
      config: user,
      schema: {
        tags,
        summary:
          'The priorities as CSV: region,priority_id,title,description,nace,nabs,objectives,tech_fields,source_document,source_year',
        querystring: ZPrioritiesQuery,
      },
    },
    async (request, reply) => {
      const csv = await exportPriorities(deps, requireActor(request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="ris3-priorities.csv"')
        .send(csv);
    },
  );
  app.post(
    '/api/trans-s3/priorities',
    {
      config: user,
      schema: {
        tags,
        summary: 'Add a priority (analysts, admins)',
        body: ZPriorityRequest,
        response: { 201: ZPriority },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPriority(deps, requireActor(request), request.body)),
  );
  app.post(
    '/api/trans-s3/priorities/import',
    {
      config: user,
      schema: {
        tags,
        summary: 'Import priorities from CSV (all or nothing; an existing region + priority_id is updated)',
        body: ZPrioritiesImportRequest,
        response: { 200: ZPrioritiesImportResponse },
      },
    },
    async (request) => importPriorities(deps, requireActor(request), request.body.csv),
  );
  app.put(
    '/api/trans-s3/priorities/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'Change a priority',
        params: ZIdParams,
        body: ZPriorityRequest,
        response: { 200: ZPriority },
      },
    },
    async (request) => updatePriority(deps, requireActor(request), request.params.id, request.body),
  );
  app.delete(
    '/api/trans-s3/priorities/:id',
    {
      config: user,
      schema: { tags, summary: 'Delete a priority', params: ZIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deletePriority(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---- Groups
  app.get(
    '/api/trans-s3/groups',
    {
      config: user,
      schema: {
        tags,
        summary: 'The Trans-S3 groups the user is a member of (all, for admins)',
        response: { 200: ZGroupsResponse },
      },
    },
    async (request) => listGroups(deps, requireActor(request)),
  );
  app.post(
    '/api/trans-s3/groups',
    {
      config: user,
      schema: {
        tags,
        summary: 'Start a Trans-S3 group (analysts, admins); the creator leads it',
        body: ZGroupRequest,
        response: { 201: ZGroup },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = await createGroup(deps, actor, request.body);
      return reply.status(201).send(await getGroup(deps, actor, id));
    },
  );
  app.get(
    '/api/trans-s3/groups/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'A group with its members and what the user may do',
        params: ZIdParams,
        response: { 200: ZGroup },
      },
    },
    async (request) => getGroup(deps, requireActor(request), request.params.id),
  );
  app.patch(
    '/api/trans-s3/groups/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'Change a group, or move it to another step',
        params: ZIdParams,
        body: ZGroupPatch,
        response: { 200: ZGroup },
      },
    },
    async (request) => updateGroup(deps, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/api/trans-s3/groups/:id/members',
    {
      config: user,
      schema: {
        tags,
        summary: 'Add a member by e-mail (lead, admin)',
        params: ZIdParams,
        body: ZMemberRequest,
        response: { 200: ZGroup },
      },
    },
    async (request) => addMember(deps, requireActor(request), request.params.id, request.body),
  );
  app.put(
    '/api/trans-s3/groups/:id/members/:userId',
    {
      config: user,
      schema: {
        tags,
        summary: "Change a member's role, helix or region",
        params: ZGroupMemberParams,
        body: ZMemberPatch,
        response: { 200: ZGroup },
      },
    },
    async (request) =>
      updateMember(deps, requireActor(request), request.params.id, request.params.userId, request.body),
  );
  app.delete(
    '/api/trans-s3/groups/:id/members/:userId',
    {
      config: user,
      schema: { tags, summary: 'Remove a member', params: ZGroupMemberParams, response: { 200: ZGroup } },
    },
    async (request) => removeMember(deps, requireActor(request), request.params.id, request.params.userId),
  );
}
