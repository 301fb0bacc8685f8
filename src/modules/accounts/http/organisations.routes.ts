import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import {
  ZIdParams,
  ZMembershipRequest,
  ZOrganisationDetailResponse,
  ZOrganisationListQuery,
  ZOrganisationListResponse,
  ZOrganisationRequest,
  ZOrganisationUpdateRequest,
  ZUuid,
} from '../contract.ts';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  removeMembership,
  setMembership,
  updateOrganisation,
} from '../application/organisations.ts';
import type { MembershipRole } from '../domain/user.ts';
import { requireActor } from './auth.plugin.ts';
import { presentOrganisation } from './presenters.ts';

const tags = ['organisations'];
const user = { auth: 'user' } as const;

export async function organisationsRoutes(parent: FastifyInstance, deps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  const detail = async (actor: ReturnType<typeof requireActor>, id: string) => {
    const found = await getOrganisation({ db }, actor, id);
    return {
      ...presentOrganisation(actor, found.organisation, found.regionName),
      members: found.members.map((m) => ({ ...m, role: m.role as MembershipRole })),
    };
  };

  app.get(
    '/api/organisations',
    {
      config: user,
      schema: {
        tags,
        summary: 'Search the actor registry',
        querystring: ZOrganisationListQuery,
        response: { 200: ZOrganisationListResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { q, country, helix, nuts, limit, offset } = request.query;
      const { rows, total } = await listOrganisations({ db }, actor, {
        q,
        countryCode: country,
        helixType: helix,
        nutsCode: nuts,
        limit,
        offset,
      });
      return {
        total,
        items: rows.map((row) => presentOrganisation(actor, row.organisation, row.regionName)),
      };
    },
  );

  app.post(
    '/api/organisations',
    {
      config: user,
      schema: {
        tags,
        summary: 'Register an organisation',
        body: ZOrganisationRequest,
        response: { 201: ZOrganisationDetailResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createOrganisation({ db }, actor, request.body);
      return reply.status(201).send(await detail(actor, created.id));
    },
  );

  app.get(
    '/api/organisations/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'One organisation with its members',
        params: ZIdParams,
        response: { 200: ZOrganisationDetailResponse },
      },
    },
    async (request) => detail(requireActor(request), request.params.id),
  );

  app.patch(
    '/api/organisations/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'Change an organisation',
        params: ZIdParams,
        body: ZOrganisationUpdateRequest,
        response: { 200: ZOrganisationDetailResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateOrganisation({ db }, actor, request.params.id, request.body);
      return detail(actor, request.params.id);
    },
  );

  app.delete(
    '/api/organisations/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags,
        summary: 'Delete an organisation (admin)',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteOrganisation({ db }, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/organisations/:id/members',
    {
      config: user,
      schema: {
        tags,
        summary: 'Add a member or change their role',
        params: ZIdParams,
        body: ZMembershipRequest,
        response: { 200: ZOrganisationDetailResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setMembership({ db }, actor, request.params.id, request.body);
      return detail(actor, request.params.id);
    },
  );

  app.delete(
    '/api/organisations/:id/members/:userId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Remove a member',
        params: ZIdParams.extend({ userId: ZUuid }),
        response: { 200: ZOrganisationDetailResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await removeMembership({ db }, actor, request.params.id, request.params.userId);
      return detail(actor, request.params.id);
    },
  );
}
