import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor } from '../../accounts/index.ts';
import { caseMatches, profileMatches, saveMatchFeedback, type MatchingDeps } from '../application/matches.ts';
import {
  MATCH_VERDICTS,
  ZIdParams,
  ZMatchFeedbackRequest,
  ZMatchesResponse,
  ZMatchQuery,
} from '../contract.ts';

const user = { auth: 'user' } as const;

export async function matchingRoutes(parent: FastifyInstance, httpDeps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const deps: MatchingDeps = {
    db: httpDeps.database.db,
    clock: httpDeps.clock,
    publicUrl: httpDeps.config.publicUrl,
  };

  app.get(
    '/api/profiles/:id/matches',
    {
      config: user,
      schema: {
        tags: ['matching'],
        summary:
          'Ranked partner matches of a profile, each with its score, the contribution of every signal and the reasons; kind=organisations (brokers) finds organisations without a profile',
        params: ZIdParams,
        querystring: ZMatchQuery,
        response: { 200: ZMatchesResponse },
      },
    },
    async (request) => profileMatches(deps, requireActor(request), request.params.id, request.query),
  );
  app.get(
    '/api/cases/:id/matches',
    {
      config: user,
      schema: {
        tags: ['matching'],
        summary: "Partners for a broker's client, from the case's diagnosis and the client's codes",
        params: ZIdParams,
        querystring: ZMatchQuery,
        response: { 200: ZMatchesResponse },
      },
    },
    async (request) => caseMatches(deps, requireActor(request), request.params.id, request.query),
  );
  app.put(
    '/api/matches/feedback',
    {
      config: user,
      schema: {
        tags: ['matching'],
        summary: "Mark a match 'good' or 'not_relevant' (null takes it back); stored with its rank and score",
        body: ZMatchFeedbackRequest,
        response: { 200: z.object({ verdict: z.enum(MATCH_VERDICTS).nullable() }) },
      },
    },
    async (request) => saveMatchFeedback(deps, requireActor(request), request.body),
  );
}
