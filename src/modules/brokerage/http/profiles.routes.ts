import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor } from '../../accounts/index.ts';
import {
  decideInterest,
  expressInterest,
  getInterest,
  listInterests,
  listProfileInterests,
} from '../application/interests.ts';
import {
  createProfile,
  getProfile,
  getPublicProfile,
  listProfiles,
  listPublicProfiles,
  transitionProfileView,
  updateProfile,
} from '../application/profiles.ts';
import {
  ZIdParams,
  ZInterestDecisionRequest,
  ZInterestListQuery,
  ZInterestListResponse,
  ZInterestRequest,
  ZInterestResponse,
  ZProfileCreateRequest,
  ZProfileListQuery,
  ZProfileListResponse,
  ZProfileResponse,
  ZProfileTransitionRequest,
  ZProfileUpdateRequest,
  ZPublicProfile,
  ZPublicProfileListQuery,
  ZPublicProfileListResponse,
} from '../contract.ts';
import type { ProfileAction } from '../domain/lifecycle.ts';
import { brokerageDeps } from './deps.ts';

const tags = ['profiles'];
const user = { auth: 'user' } as const;

/** The lifecycle steps a user may request (expiry is the daily job's). */
const STEPS: { action: ProfileAction; summary: string }[] = [
  { action: 'submit', summary: 'Submit a draft for validation by a broker of the owner’s region' },
  { action: 'validate', summary: 'Validate a submitted profile (a broker of the owner’s region)' },
  { action: 'return', summary: 'Send a profile back to draft with a comment (required)' },
  { action: 'publish', summary: 'Publish a validated profile (expires after its deadline or 12 months)' },
  { action: 'withdraw', summary: 'Withdraw a profile' },
  { action: 'renew', summary: 'Renew a published or expired profile for another 12 months' },
];

export async function profilesRoutes(parent: FastifyInstance, httpDeps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const deps = brokerageDeps(httpDeps);

  app.get(
    '/api/profiles',
    {
      config: user,
      schema: {
        tags,
        summary: 'Search cooperation profiles (published; scope=mine or to_validate for the user’s own work)',
        querystring: ZProfileListQuery,
        response: { 200: ZProfileListResponse },
      },
    },
    async (request) => listProfiles(deps, requireActor(request), request.query),
  );
  app.post(
    '/api/profiles',
    {
      config: user,
      schema: {
        tags,
        summary: 'Draft a cooperation profile for an organisation',
        body: ZProfileCreateRequest,
        response: { 201: ZProfileResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createProfile(deps, actor, request.body);
      return reply.status(201).send(await getProfile(deps, actor, created.id));
    },
  );
  app.get(
    '/api/profiles/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'One profile, with what the user may do with it',
        params: ZIdParams,
        response: { 200: ZProfileResponse },
      },
    },
    async (request) => getProfile(deps, requireActor(request), request.params.id),
  );
  app.patch(
    '/api/profiles/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'Change a draft profile',
        params: ZIdParams,
        body: ZProfileUpdateRequest,
        response: { 200: ZProfileResponse },
      },
    },
    async (request) => updateProfile(deps, requireActor(request), request.params.id, request.body),
  );
  for (const { action, summary } of STEPS) {
    app.post(
      `/api/profiles/:id/${action}`,
      {
        config: user,
        schema: {
          tags,
          summary,
          params: ZIdParams,
          body: ZProfileTransitionRequest,
          response: { 200: ZProfileResponse },
        },
      },
      async (request) =>
        transitionProfileView(deps, requireActor(request), request.params.id, action, request.body?.comment),
    );
  }

  app.get(
    '/api/profiles/:id/interests',
    {
      config: user,
      schema: {
        tags: ['interests'],
        summary: 'Expressions of interest in a profile (its owner side sees all; others their own)',
        params: ZIdParams,
        querystring: ZInterestListQuery.pick({ limit: true, offset: true }),
        response: { 200: ZInterestListResponse },
      },
    },
    async (request) => listProfileInterests(deps, requireActor(request), request.params.id, request.query),
  );
  app.post(
    '/api/profiles/:id/interests',
    {
      config: user,
      schema: {
        tags: ['interests'],
        summary: 'Express interest in a published profile; its broker is told',
        params: ZIdParams,
        body: ZInterestRequest,
        response: { 201: ZInterestResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await expressInterest(deps, actor, request.params.id, request.body);
      return reply.status(201).send(await getInterest(deps, actor, created.id));
    },
  );
  app.get(
    '/api/interests',
    {
      config: user,
      schema: {
        tags: ['interests'],
        summary: 'Expressions of interest received by or sent from the user’s organisations (or clients)',
        querystring: ZInterestListQuery,
        response: { 200: ZInterestListResponse },
      },
    },
    async (request) => listInterests(deps, requireActor(request), request.query),
  );
  app.get(
    '/api/interests/:id',
    {
      config: user,
      schema: {
        tags: ['interests'],
        summary: 'One expression of interest (contacts shown after acceptance, with consent)',
        params: ZIdParams,
        response: { 200: ZInterestResponse },
      },
    },
    async (request) => getInterest(deps, requireActor(request), request.params.id),
  );
  for (const action of ['accept', 'decline', 'introduce'] as const) {
    app.post(
      `/api/interests/:id/${action}`,
      {
        config: user,
        schema: {
          tags: ['interests'],
          summary:
            action === 'introduce'
              ? 'Record that a broker introduced the parties'
              : `${action === 'accept' ? 'Accept' : 'Decline'} an expression of interest (the profile owner’s side)`,
          params: ZIdParams,
          body: ZInterestDecisionRequest,
          response: { 200: ZInterestResponse },
        },
      },
      async (request) =>
        decideInterest(deps, requireActor(request), request.params.id, action, request.body?.message),
    );
  }

  app.get(
    '/api/public/profiles',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Published profiles without the organisations’ identity (anonymous)',
        querystring: ZPublicProfileListQuery,
        response: { 200: ZPublicProfileListResponse },
      },
    },
    async (request) => listPublicProfiles(deps, request.query),
  );
  app.get(
    '/api/public/profiles/:id',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['public'],
        summary: 'One published profile without the organisation’s identity (anonymous)',
        params: ZIdParams,
        response: { 200: ZPublicProfile },
      },
    },
    async (request) => getPublicProfile(deps, request.params.id),
  );
}
