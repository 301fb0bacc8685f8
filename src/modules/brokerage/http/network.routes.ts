import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor, ZOrganisationImportQuery, ZOrganisationImportResponse } from '../../accounts/index.ts';
import { getBroker, listBrokers, updateBroker } from '../application/brokers.ts';
import { getContacts, replaceContacts } from '../application/contacts.ts';
import { importOrganisations } from '../application/import-organisations.ts';
import {
  attachPartnershipEvidence,
  getPartnership,
  getPartnershipEvidence,
  listPartnerships,
  recordPartnership,
} from '../application/partnerships.ts';
import {
  addReferralMessage,
  decideReferral,
  getReferral,
  listReferrals,
  proposeCandidate,
  sendReferral,
} from '../application/referrals.ts';
import { exportPartnerships } from '../application/reports.ts';
import { getWorkspace } from '../application/workspace.ts';
import {
  ZBrokerListQuery,
  ZBrokerListResponse,
  ZBrokerResponse,
  ZBrokerUpdateRequest,
  ZContactsRequest,
  ZContactsResponse,
  ZPartnershipExportQuery,
  ZFileQuery,
  ZIdParams,
  ZPartnershipListQuery,
  ZPartnershipListResponse,
  ZPartnershipRequest,
  ZPartnershipResponse,
  ZReferralCandidateRequest,
  ZReferralDecisionRequest,
  ZReferralDetailResponse,
  ZReferralListQuery,
  ZReferralListResponse,
  ZReferralMessageRequest,
  ZReferralRequest,
  ZWorkspaceResponse,
} from '../contract.ts';
import { brokerageDeps } from './deps.ts';
import { acceptRawUploads, sendFile, UPLOAD_LIMIT, uploadedFile } from './uploads.ts';

const user = { auth: 'user' } as const;
const brokers = { auth: ['broker', 'admin'] } as const;

export async function networkRoutes(parent: FastifyInstance, httpDeps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const deps = brokerageDeps(httpDeps);
  acceptRawUploads(app);

  app.get(
    '/api/workspace',
    {
      config: user,
      schema: {
        tags: ['workspace'],
        summary:
          "The home screen: a broker's pipeline and to-dos, or an SME's organisations, interests and brokers",
        response: { 200: ZWorkspaceResponse },
      },
    },
    async (request) => getWorkspace(deps, requireActor(request)),
  );

  // Brokers are the network's public contact points: the directory needs no login.
  app.get(
    '/api/brokers',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['brokers'],
        summary: 'The broker directory: name, e-mail, organisation and regions of every broker',
        querystring: ZBrokerListQuery,
        response: { 200: ZBrokerListResponse },
      },
    },
    async (request) => listBrokers(deps, request.query),
  );
  app.get(
    '/api/brokers/:id',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['brokers'],
        summary: 'One broker’s directory entry',
        params: ZIdParams,
        response: { 200: ZBrokerResponse },
      },
    },
    async (request) => getBroker(deps, request.params.id),
  );
  app.put(
    '/api/brokers/:id',
    {
      config: brokers,
      schema: {
        tags: ['brokers'],
        summary: 'Change a directory entry (the broker themself or an admin)',
        params: ZIdParams,
        body: ZBrokerUpdateRequest,
        response: { 200: ZBrokerResponse },
      },
    },
    async (request) => updateBroker(deps, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/organisations/:id/contacts',
    {
      config: user,
      schema: {
        tags: ['organisations'],
        summary:
          'Contact persons (all for the organisation’s side; consenting ones for partners after an accepted EOI)',
        params: ZIdParams,
        response: { 200: ZContactsResponse },
      },
    },
    async (request) => getContacts(deps, requireActor(request), request.params.id),
  );
  app.put(
    '/api/organisations/:id/contacts',
    {
      config: user,
      schema: {
        tags: ['organisations'],
        summary: 'Replace the contact persons, with their consent to share',
        params: ZIdParams,
        body: ZContactsRequest,
        response: { 200: ZContactsResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await replaceContacts(deps, actor, request.params.id, request.body);
      return getContacts(deps, actor, request.params.id);
    },
  );
  app.post(
    '/api/organisations/import',
    {
      config: brokers,
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: ['organisations'],
        summary: 'Import organisations from CSV or XLSX (raw body); dryRun=true (default) only checks',
        querystring: ZOrganisationImportQuery,
        response: { 200: ZOrganisationImportResponse },
      },
    },
    async (request) => {
      const content = uploadedFile(request, 'import').content;
      // XLSX files are zip archives: they start with "PK".
      const format =
        request.query.format ?? (content.subarray(0, 2).toString('latin1') === 'PK' ? 'xlsx' : 'csv');
      return importOrganisations(deps, requireActor(request), {
        content,
        format,
        isDryRun: request.query.dryRun === 'true',
      });
    },
  );

  app.get(
    '/api/referrals',
    {
      config: brokers,
      schema: {
        tags: ['referrals'],
        summary: 'Referrals sent to or by the broker',
        querystring: ZReferralListQuery,
        response: { 200: ZReferralListResponse },
      },
    },
    async (request) => listReferrals(deps, requireActor(request), request.query),
  );
  app.post(
    '/api/referrals',
    {
      config: brokers,
      schema: {
        tags: ['referrals'],
        summary: 'Ask a broker in another region to find partners for a client',
        body: ZReferralRequest,
        response: { 201: ZReferralDetailResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await sendReferral(deps, actor, request.body);
      return reply.status(201).send(await getReferral(deps, actor, created.id));
    },
  );
  app.get(
    '/api/referrals/:id',
    {
      config: brokers,
      schema: {
        tags: ['referrals'],
        summary: 'One referral with its thread and candidate partners',
        params: ZIdParams,
        response: { 200: ZReferralDetailResponse },
      },
    },
    async (request) => getReferral(deps, requireActor(request), request.params.id),
  );
  for (const action of ['accept', 'decline', 'close'] as const) {
    app.post(
      `/api/referrals/:id/${action}`,
      {
        config: brokers,
        schema: {
          tags: ['referrals'],
          summary: `${action[0]?.toUpperCase()}${action.slice(1)} a referral`,
          params: ZIdParams,
          body: ZReferralDecisionRequest,
          response: { 200: ZReferralDetailResponse },
        },
      },
      async (request) =>
        decideReferral(deps, requireActor(request), request.params.id, action, request.body?.message),
    );
  }
  app.post(
    '/api/referrals/:id/messages',
    {
      config: brokers,
      schema: {
        tags: ['referrals'],
        summary: 'Write in the referral’s thread',
        params: ZIdParams,
        body: ZReferralMessageRequest,
        response: { 200: ZReferralDetailResponse },
      },
    },
    async (request) => addReferralMessage(deps, requireActor(request), request.params.id, request.body.text),
  );
  app.post(
    '/api/referrals/:id/candidates',
    {
      config: brokers,
      schema: {
        tags: ['referrals'],
        summary: 'Propose a candidate partner (the receiving broker)',
        params: ZIdParams,
        body: ZReferralCandidateRequest,
        response: { 200: ZReferralDetailResponse },
      },
    },
    async (request) => proposeCandidate(deps, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/partnerships',
    {
      config: user,
      schema: {
        tags: ['partnerships'],
        summary: 'Partnerships (the network’s results)',
        querystring: ZPartnershipListQuery,
        response: { 200: ZPartnershipListResponse },
      },
    },
    async (request) => listPartnerships(deps, requireActor(request), request.query),
  );
  app.get(
    '/api/partnerships/export',
    {
      config: user,
      schema: {
        tags: ['partnerships'],
        summary: 'The visible partnerships as CSV or XLSX, for reporting (the list’s filters apply)',
        querystring: ZPartnershipExportQuery,
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const file = await exportPartnerships(deps, requireActor(request), format, filter);
      return sendFile(reply, { fileName: `gosmart-partnerships.${file.extension}`, ...file });
    },
  );
  app.post(
    '/api/partnerships',
    {
      config: user,
      schema: {
        tags: ['partnerships'],
        summary: 'Record a partnership between two or more organisations',
        body: ZPartnershipRequest,
        response: { 201: ZPartnershipResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await recordPartnership(deps, actor, request.body);
      return reply.status(201).send(await getPartnership(deps, actor, created.id));
    },
  );
  app.get(
    '/api/partnerships/:id',
    {
      config: user,
      schema: {
        tags: ['partnerships'],
        summary: 'One partnership',
        params: ZIdParams,
        response: { 200: ZPartnershipResponse },
      },
    },
    async (request) => getPartnership(deps, requireActor(request), request.params.id),
  );
  app.put(
    '/api/partnerships/:id/evidence',
    {
      config: user,
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: ['partnerships'],
        summary: 'Attach or replace the evidence file (raw body, at most 10 MB)',
        params: ZIdParams,
        querystring: ZFileQuery,
        response: { 200: ZPartnershipResponse },
      },
    },
    async (request) =>
      attachPartnershipEvidence(
        deps,
        requireActor(request),
        request.params.id,
        uploadedFile(request, request.query.fileName),
      ),
  );
  app.get(
    '/api/partnerships/:id/evidence',
    {
      config: user,
      schema: { tags: ['partnerships'], summary: 'Download the evidence file', params: ZIdParams },
    },
    async (request, reply) =>
      sendFile(reply, await getPartnershipEvidence(deps, requireActor(request), request.params.id)),
  );
}
