// Step 7: vision, governance, action plan, indicators and the strategy document.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor } from '../../accounts/index.ts';
import { exportStrategy, type StrategyExportDeps } from '../application/export-strategy.ts';
import {
  addMeasurement,
  createAction,
  createIndicator,
  deleteAction,
  deleteIndicator,
  getStrategy,
  saveStrategy,
  updateAction,
  updateIndicator,
} from '../application/strategy.ts';
import {
  ZActionRequest,
  ZExportQuery,
  ZGroupItemParams,
  ZIdParams,
  ZIndicatorRequest,
  ZMeasurementRequest,
  ZStrategy,
  ZStrategyRequest,
} from '../contract.ts';
import { createChromiumPdfRenderer } from '../infra/pdf.ts';

const user = { auth: 'user' } as const;
const tags = ['trans-s3'];

export async function transS3StrategyRoutes(parent: FastifyInstance, httpDeps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const deps: StrategyExportDeps = {
    db: httpDeps.database.db,
    clock: httpDeps.clock,
    renderPdf: createChromiumPdfRenderer(),
  };

  app.get(
    '/api/trans-s3/groups/:id/strategy',
    {
      config: user,
      schema: {
        tags,
        summary:
          'Step 7: the vision, governance, final domains, action plan and indicators with their progress',
        params: ZIdParams,
        response: { 200: ZStrategy },
      },
    },
    async (request) => getStrategy(deps, requireActor(request), request.params.id),
  );
  app.put(
    '/api/trans-s3/groups/:id/strategy',
    {
      config: user,
      schema: {
        tags,
        summary: 'Save the title, vision and governance bodies',
        params: ZIdParams,
        body: ZStrategyRequest,
        response: { 200: ZStrategy },
      },
    },
    async (request) => saveStrategy(deps, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/trans-s3/groups/:id/actions',
    {
      config: user,
      schema: {
        tags,
        summary:
          "Add an action to the plan (regions of the group, the group's domains, existing organisations)",
        params: ZIdParams,
        body: ZActionRequest,
        response: { 201: ZStrategy },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createAction(deps, requireActor(request), request.params.id, request.body)),
  );
  app.put(
    '/api/trans-s3/groups/:id/actions/:itemId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Change an action',
        params: ZGroupItemParams,
        body: ZActionRequest,
        response: { 200: ZStrategy },
      },
    },
    async (request) =>
      updateAction(deps, requireActor(request), request.params.id, request.params.itemId, request.body),
  );
  app.delete(
    '/api/trans-s3/groups/:id/actions/:itemId',
    {
      config: user,
      schema: { tags, summary: 'Delete an action', params: ZGroupItemParams, response: { 200: ZStrategy } },
    },
    async (request) => deleteAction(deps, requireActor(request), request.params.id, request.params.itemId),
  );

  app.post(
    '/api/trans-s3/groups/:id/indicators',
    {
      config: user,
      schema: {
        tags,
        summary: 'Add a monitoring indicator (baseline and target, optionally of one domain)',
        params: ZIdParams,
        body: ZIndicatorRequest,
        response: { 201: ZStrategy },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createIndicator(deps, requireActor(request), request.params.id, request.body)),
  );
  app.put(
    '/api/trans-s3/groups/:id/indicators/:itemId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Change an indicator',
        params: ZGroupItemParams,
        body: ZIndicatorRequest,
        response: { 200: ZStrategy },
      },
    },
    async (request) =>
      updateIndicator(deps, requireActor(request), request.params.id, request.params.itemId, request.body),
  );
  app.delete(
    '/api/trans-s3/groups/:id/indicators/:itemId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Delete an indicator and its measurements',
        params: ZGroupItemParams,
        response: { 200: ZStrategy },
      },
    },
    async (request) => deleteIndicator(deps, requireActor(request), request.params.id, request.params.itemId),
  );
  app.post(
    '/api/trans-s3/groups/:id/indicators/:itemId/measurements',
    {
      config: user,
      schema: {
        tags,
        summary: 'Record a measured value of an indicator',
        params: ZGroupItemParams,
        body: ZMeasurementRequest,
        response: { 201: ZStrategy },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addMeasurement(
            deps,
            requireActor(request),
            request.params.id,
            request.params.itemId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/trans-s3/groups/:id/strategy/export',
    {
      config: user,
      schema: {
        tags,
        summary: 'The strategy document: printable HTML (inline), PDF or JSON (downloads)',
        params: ZIdParams,
        querystring: ZExportQuery,
      },
    },
    async (request, reply) => {
      const file = await exportStrategy(deps, requireActor(request), request.params.id, request.query.format);
      return reply
        .type(file.contentType)
        .header(
          'content-disposition',
          `${file.isAttachment ? 'attachment' : 'inline'}; filename="${file.fileName}"`,
        )
        .send(file.body);
    },
  );
}
