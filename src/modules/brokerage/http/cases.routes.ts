import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor } from '../../accounts/index.ts';
import {
  addActivity,
  addAttachment,
  deleteAttachment,
  getAttachment,
  getCase,
  getDiagnosis,
  getDiagnosisVersion,
  listActivities,
  listAttachments,
  listCases,
  openCase,
  saveDiagnosis,
  updateCase,
} from '../application/cases.ts';
import { exportCases } from '../application/reports.ts';
import {
  ZActivityListResponse,
  ZActivityRequest,
  ZActivityResponse,
  ZAttachmentListResponse,
  ZAttachmentParams,
  ZAttachmentResponse,
  ZCaseCreateRequest,
  ZCaseListQuery,
  ZCaseListResponse,
  ZCaseResponse,
  ZCaseUpdateRequest,
  ZDiagnosisData,
  ZDiagnosisResponse,
  ZDiagnosisVersionParams,
  ZDiagnosisVersionResponse,
  ZCaseExportQuery,
  ZFileQuery,
  ZIdParams,
} from '../contract.ts';
import { brokerageDeps } from './deps.ts';
import { acceptRawUploads, sendFile, UPLOAD_LIMIT, uploadedFile } from './uploads.ts';

const tags = ['cases'];
const user = { auth: 'user' } as const;

export async function casesRoutes(parent: FastifyInstance, httpDeps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const deps = brokerageDeps(httpDeps);
  acceptRawUploads(app);

  app.get(
    '/api/cases',
    {
      config: user,
      schema: {
        tags,
        summary: "Cases the user may see (a broker's own, a member's organisation's, all for admins)",
        querystring: ZCaseListQuery,
        response: { 200: ZCaseListResponse },
      },
    },
    async (request) => listCases(deps, requireActor(request), request.query),
  );
  app.get(
    '/api/cases/export',
    {
      config: user,
      schema: {
        tags,
        summary: 'The visible cases as CSV or XLSX, for reporting (the list’s filters apply)',
        querystring: ZCaseExportQuery,
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const file = await exportCases(deps, requireActor(request), format, filter);
      return sendFile(reply, { fileName: `gosmart-cases.${file.extension}`, ...file });
    },
  );
  app.post(
    '/api/cases',
    {
      config: { auth: ['broker', 'admin'] },
      schema: {
        tags,
        summary: 'Open a case for a client organisation',
        body: ZCaseCreateRequest,
        response: { 201: ZCaseResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await openCase(deps, actor, request.body);
      return reply.status(201).send(await getCase(deps, actor, created.id));
    },
  );
  app.get(
    '/api/cases/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'One case with its client and broker',
        params: ZIdParams,
        response: { 200: ZCaseResponse },
      },
    },
    async (request) => getCase(deps, requireActor(request), request.params.id),
  );
  app.patch(
    '/api/cases/:id',
    {
      config: user,
      schema: {
        tags,
        summary:
          'Change a case: title, follow-up date, or move it along the pipeline (409 names the allowed stages)',
        params: ZIdParams,
        body: ZCaseUpdateRequest,
        response: { 200: ZCaseResponse },
      },
    },
    async (request) => updateCase(deps, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/cases/:id/activities',
    {
      config: user,
      schema: {
        tags,
        summary: 'The activity log of a case, newest first',
        params: ZIdParams,
        response: { 200: ZActivityListResponse },
      },
    },
    async (request) => {
      const items = await listActivities(deps, requireActor(request), request.params.id);
      return { items, total: items.length };
    },
  );
  app.post(
    '/api/cases/:id/activities',
    {
      config: user,
      schema: {
        tags,
        summary: 'Log a meeting, call, e-mail or note',
        params: ZIdParams,
        body: ZActivityRequest,
        response: { 201: ZActivityResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await addActivity(deps, actor, request.params.id, request.body);
      const items = await listActivities(deps, actor, request.params.id);
      return reply.status(201).send(items.find((item) => item.id === created.id) as (typeof items)[number]);
    },
  );

  app.get(
    '/api/cases/:id/attachments',
    {
      config: user,
      schema: {
        tags,
        summary: 'Files attached to a case',
        params: ZIdParams,
        response: { 200: ZAttachmentListResponse },
      },
    },
    async (request) => {
      const items = await listAttachments(deps, requireActor(request), request.params.id);
      return { items, total: items.length };
    },
  );
  app.post(
    '/api/cases/:id/attachments',
    {
      config: user,
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: 'Attach a file (raw body, at most 10 MB)',
        params: ZIdParams,
        querystring: ZFileQuery,
        response: { 201: ZAttachmentResponse },
      },
    },
    async (request, reply) => {
      const created = await addAttachment(
        deps,
        requireActor(request),
        request.params.id,
        uploadedFile(request, request.query.fileName),
      );
      return reply.status(201).send(created);
    },
  );
  app.get(
    '/api/cases/:id/attachments/:attachmentId/content',
    { config: user, schema: { tags, summary: 'Download an attachment', params: ZAttachmentParams } },
    async (request, reply) =>
      sendFile(
        reply,
        await getAttachment(deps, requireActor(request), request.params.id, request.params.attachmentId),
      ),
  );
  app.delete(
    '/api/cases/:id/attachments/:attachmentId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Remove an attachment',
        params: ZAttachmentParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteAttachment(deps, requireActor(request), request.params.id, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/cases/:id/diagnosis',
    {
      config: user,
      schema: {
        tags,
        summary: "The client's diagnosis (confidential: the client, its broker and admins)",
        params: ZIdParams,
        response: { 200: ZDiagnosisResponse },
      },
    },
    async (request) => getDiagnosis(deps, requireActor(request), request.params.id),
  );
  app.put(
    '/api/cases/:id/diagnosis',
    {
      config: user,
      schema: {
        tags,
        summary: 'Save the diagnosis as a new version',
        params: ZIdParams,
        body: ZDiagnosisData,
        response: { 200: ZDiagnosisResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveDiagnosis(deps, actor, request.params.id, request.body);
      return getDiagnosis(deps, actor, request.params.id);
    },
  );
  app.get(
    '/api/cases/:id/diagnosis/versions/:version',
    {
      config: user,
      schema: {
        tags,
        summary: 'An earlier version of the diagnosis',
        params: ZDiagnosisVersionParams,
        response: { 200: ZDiagnosisVersionResponse },
      },
    },
    async (request) =>
      getDiagnosisVersion(deps, requireActor(request), request.params.id, request.params.version),
  );
}
