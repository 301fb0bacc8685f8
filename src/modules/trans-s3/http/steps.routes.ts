// Steps 1-5, the prioritisation and the history of a group.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor } from '../../accounts/index.ts';
import {
  addCandidate,
  listCandidates,
  mergeCandidates,
  runCommonPriorities,
  splitCandidate,
  updateCandidate,
} from '../application/candidates.ts';
import type { TransS3Deps } from '../application/deps.ts';
import {
  getPrioritisation,
  getVersion,
  listHistory,
  setFinalDomains,
  setWeights,
} from '../application/prioritisation.ts';
import {
  addCriterion,
  addTrendNote,
  candidateProfile,
  deleteCriterion,
  deleteTrendNote,
  getInternationalisation,
  getVerification,
  judgeCriterion,
  listTrendNotes,
  rateCandidate,
} from '../application/review.ts';
import {
  ZCandidate,
  ZCandidatePatch,
  ZCandidateProfile,
  ZCandidateRequest,
  ZCandidatesResponse,
  ZCriterionRequest,
  ZExpertRatingRequest,
  ZFinalRequest,
  ZGroupItemParams,
  ZHistoryQuery,
  ZHistoryResponse,
  ZIdParams,
  ZInternationalisationResponse,
  ZJudgementRequest,
  ZMergeRequest,
  ZPrioritisationResponse,
  ZProfileQuery,
  ZRoundCandidateParams,
  ZRunCommonRequest,
  ZSplitRequest,
  ZSplitResponse,
  ZTrendNote,
  ZTrendNoteRequest,
  ZTrendNotesResponse,
  ZVerificationResponse,
  ZVersion,
  ZWeightsRequest,
} from '../contract.ts';

const user = { auth: 'user' } as const;
const tags = ['trans-s3'];

export async function transS3StepRoutes(parent: FastifyInstance, httpDeps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const deps: TransS3Deps = { db: httpDeps.database.db, clock: httpDeps.clock };

  // ---- Step 1
  app.post(
    '/api/trans-s3/groups/:id/common',
    {
      config: user,
      schema: {
        tags,
        summary:
          "Step 1: cluster the group's priorities into candidate transnational domains (replaces the candidates; the old set stays in the history)",
        params: ZIdParams,
        body: ZRunCommonRequest,
        response: { 200: ZCandidatesResponse },
      },
    },
    async (request) => runCommonPriorities(deps, requireActor(request), request.params.id, request.body),
  );
  app.get(
    '/api/trans-s3/groups/:id/candidates',
    {
      config: user,
      schema: {
        tags,
        summary: 'The candidate domains and the priorities in none',
        params: ZIdParams,
        response: { 200: ZCandidatesResponse },
      },
    },
    async (request) => listCandidates(deps, requireActor(request), request.params.id),
  );
  app.post(
    '/api/trans-s3/groups/:id/candidates',
    {
      config: user,
      schema: {
        tags,
        summary: 'Add a candidate by hand',
        params: ZIdParams,
        body: ZCandidateRequest,
        response: { 201: ZCandidate },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCandidate(deps, requireActor(request), request.params.id, request.body)),
  );
  app.post(
    '/api/trans-s3/groups/:id/candidates/merge',
    {
      config: user,
      schema: {
        tags,
        summary: 'Merge candidates into one',
        params: ZIdParams,
        body: ZMergeRequest,
        response: { 200: ZCandidate },
      },
    },
    async (request) => mergeCandidates(deps, requireActor(request), request.params.id, request.body),
  );
  app.patch(
    '/api/trans-s3/groups/:id/candidates/:itemId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Rename, drop or restore a candidate; change its priorities or NACE codes',
        params: ZGroupItemParams,
        body: ZCandidatePatch,
        response: { 200: ZCandidate },
      },
    },
    async (request) =>
      updateCandidate(deps, requireActor(request), request.params.id, request.params.itemId, request.body),
  );
  app.post(
    '/api/trans-s3/groups/:id/candidates/:itemId/split',
    {
      config: user,
      schema: {
        tags,
        summary: 'Split priorities off a candidate into a new one',
        params: ZGroupItemParams,
        body: ZSplitRequest,
        response: { 200: ZSplitResponse },
      },
    },
    async (request) =>
      splitCandidate(deps, requireActor(request), request.params.id, request.params.itemId, request.body),
  );

  // ---- Step 2
  app.get(
    '/api/trans-s3/groups/:id/candidates/:itemId/profile',
    {
      config: user,
      schema: {
        tags,
        summary:
          'Step 2: the evidence per region (employment, RCA, growth, relatedness density, PCI, registry organisations by helix)',
        params: ZGroupItemParams,
        querystring: ZProfileQuery,
        response: { 200: ZCandidateProfile },
      },
    },
    async (request) =>
      candidateProfile(
        deps,
        requireActor(request),
        request.params.id,
        request.params.itemId,
        request.query.datasetId,
      ),
  );

  // ---- Step 3
  app.get(
    '/api/trans-s3/groups/:id/verification',
    {
      config: user,
      schema: {
        tags,
        summary: 'Step 3: every candidate against every criterion',
        params: ZIdParams,
        response: { 200: ZVerificationResponse },
      },
    },
    async (request) => getVerification(deps, requireActor(request), request.params.id),
  );
  app.post(
    '/api/trans-s3/groups/:id/criteria',
    {
      config: user,
      schema: {
        tags,
        summary: 'Add a verification criterion',
        params: ZIdParams,
        body: ZCriterionRequest,
        response: { 200: ZVerificationResponse },
      },
    },
    async (request) => addCriterion(deps, requireActor(request), request.params.id, request.body),
  );
  app.delete(
    '/api/trans-s3/groups/:id/criteria/:itemId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Remove a criterion',
        params: ZGroupItemParams,
        response: { 200: ZVerificationResponse },
      },
    },
    async (request) => deleteCriterion(deps, requireActor(request), request.params.id, request.params.itemId),
  );
  app.put(
    '/api/trans-s3/groups/:id/criteria/:itemId/judgements/:candidateId',
    {
      config: user,
      schema: {
        tags,
        summary: "An analyst's judgement where the data cannot decide, with a justification",
        params: ZRoundCandidateParams,
        body: ZJudgementRequest,
        response: { 200: ZVerificationResponse },
      },
    },
    async (request) =>
      judgeCriterion(
        deps,
        requireActor(request),
        request.params.id,
        request.params.itemId,
        request.params.candidateId,
        request.body,
      ),
  );

  // ---- Step 4
  app.get(
    '/api/trans-s3/groups/:id/candidates/:itemId/trends',
    {
      config: user,
      schema: {
        tags,
        summary: "Step 4: a candidate's market and technology trend notes",
        params: ZGroupItemParams,
        response: { 200: ZTrendNotesResponse },
      },
    },
    async (request) => listTrendNotes(deps, requireActor(request), request.params.id, request.params.itemId),
  );
  app.post(
    '/api/trans-s3/groups/:id/candidates/:itemId/trends',
    {
      config: user,
      schema: {
        tags,
        summary: 'Add a trend note with its source',
        params: ZGroupItemParams,
        body: ZTrendNoteRequest,
        response: { 201: ZTrendNote },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addTrendNote(
            deps,
            requireActor(request),
            request.params.id,
            request.params.itemId,
            request.body,
          ),
        ),
  );
  app.delete(
    '/api/trans-s3/groups/:id/trends/:itemId',
    {
      config: user,
      schema: { tags, summary: 'Remove a trend note', params: ZGroupItemParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteTrendNote(deps, requireActor(request), request.params.id, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  // ---- Step 5
  app.get(
    '/api/trans-s3/groups/:id/internationalisation',
    {
      config: user,
      schema: {
        tags,
        summary:
          'Step 5: internationalisation potential from export orientation, cross-border brokerage links and expert ratings',
        params: ZIdParams,
        response: { 200: ZInternationalisationResponse },
      },
    },
    async (request) => getInternationalisation(deps, requireActor(request), request.params.id),
  );
  app.put(
    '/api/trans-s3/groups/:id/candidates/:itemId/expert-rating',
    {
      config: user,
      schema: {
        tags,
        summary: "The user's expert rating (1-5) of a candidate's internationalisation potential",
        params: ZGroupItemParams,
        body: ZExpertRatingRequest,
        response: { 200: ZInternationalisationResponse },
      },
    },
    async (request) =>
      rateCandidate(deps, requireActor(request), request.params.id, request.params.itemId, request.body),
  );

  // ---- Prioritisation
  app.get(
    '/api/trans-s3/groups/:id/prioritisation',
    {
      config: user,
      schema: {
        tags,
        summary: 'Candidates ranked on steps 2-6 with the weights, and the ranks under ±20 % weight changes',
        params: ZIdParams,
        response: { 200: ZPrioritisationResponse },
      },
    },
    async (request) => getPrioritisation(deps, requireActor(request), request.params.id),
  );
  app.put(
    '/api/trans-s3/groups/:id/prioritisation/weights',
    {
      config: user,
      schema: {
        tags,
        summary: 'Set the weights',
        params: ZIdParams,
        body: ZWeightsRequest,
        response: { 200: ZPrioritisationResponse },
      },
    },
    async (request) => setWeights(deps, requireActor(request), request.params.id, request.body.weights),
  );
  app.put(
    '/api/trans-s3/groups/:id/prioritisation/final',
    {
      config: user,
      schema: {
        tags,
        summary: 'Mark the final domains',
        params: ZIdParams,
        body: ZFinalRequest,
        response: { 200: ZPrioritisationResponse },
      },
    },
    async (request) =>
      setFinalDomains(deps, requireActor(request), request.params.id, request.body.candidateIds),
  );

  // ---- History
  app.get(
    '/api/trans-s3/groups/:id/history',
    {
      config: user,
      schema: {
        tags,
        summary: "Every version of every step's result: who changed what, when",
        params: ZIdParams,
        querystring: ZHistoryQuery,
        response: { 200: ZHistoryResponse },
      },
    },
    async (request) => listHistory(deps, requireActor(request), request.params.id, request.query.step),
  );
  app.get(
    '/api/trans-s3/groups/:id/history/:itemId',
    {
      config: user,
      schema: {
        tags,
        summary: 'One version with its snapshot',
        params: ZGroupItemParams,
        response: { 200: ZVersion },
      },
    },
    async (request) => getVersion(deps, requireActor(request), request.params.id, request.params.itemId),
  );
}
