// Step 6: stakeholder consultation rounds.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor } from '../../accounts/index.ts';
import {
  createRound,
  getRound,
  listRounds,
  saveResponse,
  updateRound,
  type ConsultationDeps,
} from '../application/consultation.ts';
import {
  ZGroupItemParams,
  ZIdParams,
  ZResponseRequest,
  ZRound,
  ZRoundCandidateParams,
  ZRoundPatch,
  ZRoundRequest,
  ZRoundsResponse,
} from '../contract.ts';

const user = { auth: 'user' } as const;
const tags = ['trans-s3'];

export async function transS3ConsultationRoutes(parent: FastifyInstance, httpDeps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const deps: ConsultationDeps = {
    db: httpDeps.database.db,
    clock: httpDeps.clock,
    publicUrl: httpDeps.config.publicUrl,
  };

  app.get(
    '/api/trans-s3/groups/:id/rounds',
    {
      config: user,
      schema: {
        tags,
        summary: 'The group’s consultation rounds (step 6), latest first',
        params: ZIdParams,
        response: { 200: ZRoundsResponse },
      },
    },
    async (request) => listRounds(deps, requireActor(request), request.params.id),
  );
  app.post(
    '/api/trans-s3/groups/:id/rounds',
    {
      config: user,
      schema: {
        tags,
        summary: 'Open a consultation round; the invited stakeholders (default: all) are notified',
        params: ZIdParams,
        body: ZRoundRequest,
        response: { 201: ZRound },
      },
    },
    async (request, reply) => {
      const round = await createRound(deps, requireActor(request), request.params.id, request.body);
      return reply.status(201).send(round);
    },
  );
  app.get(
    '/api/trans-s3/groups/:id/rounds/:itemId',
    {
      config: user,
      schema: {
        tags,
        summary: 'A consultation round: my answers, turnout by helix, and the results when visible',
        params: ZGroupItemParams,
        response: { 200: ZRound },
      },
    },
    async (request) => getRound(deps, requireActor(request), request.params.id, request.params.itemId),
  );
  app.patch(
    '/api/trans-s3/groups/:id/rounds/:itemId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Change a round’s title, dates or invitees until it closes (409 ROUND_CLOSED after)',
        params: ZGroupItemParams,
        body: ZRoundPatch,
        response: { 200: ZRound },
      },
    },
    async (request) =>
      updateRound(deps, requireActor(request), request.params.id, request.params.itemId, request.body),
  );
  app.put(
    '/api/trans-s3/groups/:id/rounds/:itemId/responses/:candidateId',
    {
      config: user,
      schema: {
        tags,
        summary:
          'Answer about one candidate: a 1-5 rating per criterion and a comment (invitees, while open)',
        params: ZRoundCandidateParams,
        body: ZResponseRequest,
        response: { 200: ZRound },
      },
    },
    async (request) => {
      const { id, itemId, candidateId } = request.params;
      return saveResponse(deps, requireActor(request), id, itemId, candidateId, request.body);
    },
  );
}
