import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toCsv } from '../../../platform/csv.ts';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { requireActor } from '../../accounts/index.ts';
import {
  ZCompareQuery,
  ZCompareResponse,
  ZDatasetParams,
  ZDatasetResponse,
  ZImportQuery,
  ZMetricsQuery,
  ZMetricsResponse,
  ZPreviewResponse,
  ZProfileResponse,
  ZRegionParams,
  ZSpaceQuery,
  ZSpaceResponse,
} from '../contract.ts';
import { computeDatasetMetrics, loadDataset } from '../application/dataset-metrics.ts';
import { importDataset, previewImport } from '../application/import-dataset.ts';
import { deleteDataset, listDatasets } from '../application/manage-datasets.ts';
import { getActivitySpace, getRegionComparison, getRegionProfile } from '../application/region-analysis.ts';
import { labelOf } from '../domain/import/index.ts';
import { metricsTable } from '../domain/metrics-table.ts';
import { S3Error } from '../errors.ts';
import { decodeDataFile } from '../infra/read-data-file.ts';
import { presentDataset, presentNotes, presentSelection } from './s3.presenters.ts';

const tags = ['s3'];
const user = { auth: 'user' } as const;
const analysts = { auth: ['analyst', 'admin'] } as const;
const UPLOAD_LIMIT = 100 * 1024 * 1024;
const UPLOAD_TYPES = ['application/octet-stream', 'application/gzip', 'application/x-gzip', 'text/csv', 'text/tab-separated-values', 'text/plain'];

function parseSelection(select: string | undefined): Record<string, string> {
  if (!select) return {};
  return Object.fromEntries(select.split(',').map((pair) => pair.split('=').map((part) => part.trim()) as [string, string]));
}

function uploadedText(body: unknown): string {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new S3Error('INVALID_FILE', 'Send the file as the request body (Content-Type application/octet-stream, text/csv or application/gzip).', [
      { path: 'body', message: 'is empty' },
    ]);
  }
  return decodeDataFile(body);
}

export async function s3Routes(parent: FastifyInstance, deps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  // Data files arrive as the raw request body (this plugin's scope only).
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) => done(null, body));

  app.get('/api/s3/datasets', { config: user, schema: { tags, summary: 'Datasets', response: { 200: z.array(ZDatasetResponse) } } }, async () =>
    (await listDatasets({ db })).map(presentDataset),
  );

  app.post(
    '/api/s3/imports/preview',
    {
      config: analysts,
      bodyLimit: UPLOAD_LIMIT,
      schema: { tags, summary: 'Read a file (raw body: Eurostat TSV, .tsv.gz, SDMX-CSV or tidy CSV) without importing it', querystring: ZImportQuery.pick({ activityDimension: true }), response: { 200: ZPreviewResponse } },
    },
    async (request) => {
      const { activityDimension } = request.query;
      const preview = previewImport(requireActor(request), uploadedText(request.body), activityDimension ? { activityDimension } : {});
      return {
        ...preview,
        dimensions: preview.dimensions.map((d) => ({ name: d.name, values: d.values.map((v) => ({ ...v, label: labelOf(d.name, v.code) ?? null })) })),
      };
    },
  );

  app.post(
    '/api/s3/datasets',
    {
      config: analysts,
      bodyLimit: UPLOAD_LIMIT,
      schema: { tags, summary: 'Import one measure of a file as a dataset (raw body); replaces a dataset of the same name', querystring: ZImportQuery, response: { 201: ZDatasetResponse } },
    },
    async (request, reply) => {
      const { name, description, fileName, select, activityDimension } = request.query;
      const dataset = await importDataset({ db, clock: deps.clock }, requireActor(request), {
        name,
        description,
        sourceFile: fileName,
        text: uploadedText(request.body),
        selection: parseSelection(select),
        options: activityDimension ? { activityDimension } : {},
      });
      return reply.status(201).send(presentDataset(dataset));
    },
  );

  app.get('/api/s3/datasets/:id', { config: user, schema: { tags, summary: 'One dataset', params: ZDatasetParams, response: { 200: ZDatasetResponse } } }, async (request) =>
    presentDataset(await loadDataset(db, requireActor(request), request.params.id)),
  );

  app.delete(
    '/api/s3/datasets/:id',
    { config: analysts, schema: { tags, summary: 'Delete a dataset', params: ZDatasetParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteDataset({ db }, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/s3/datasets/:id/metrics',
    { config: user, schema: { tags, summary: 'RCA, M, density, ECI/PCI, COI, COG and specialisation indices', params: ZDatasetParams, querystring: ZMetricsQuery, response: { 200: ZMetricsResponse } } },
    async (request) => {
      const metrics = await computeDatasetMetrics({ db }, requireActor(request), request.params.id, request.query);
      return {
        ...metricsTable(metrics.matrix, metrics.result),
        meta: { dataset: metrics.dataset.name, selection: presentSelection(metrics), options: { ...metrics.result.options }, notes: presentNotes(metrics) },
      };
    },
  );

  app.get(
    '/api/s3/datasets/:id/metrics.csv',
    { config: user, schema: { tags, summary: 'The cells of the metrics as CSV', params: ZDatasetParams, querystring: ZMetricsQuery } },
    async (request, reply) => {
      const metrics = await computeDatasetMetrics({ db }, requireActor(request), request.params.id, request.query);
      const csv = toCsv(metricsTable(metrics.matrix, metrics.result).cells, ['region', 'activity', 'value', 'rca', 'm', 'density', 'cog']);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${metrics.dataset.name.replace(/[^\w.-]+/g, '_')}-${metrics.selection.fromYear}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/s3/datasets/:id/regions/:region/profile',
    { config: user, schema: { tags, summary: "A region's specialisations, complexity rank and opportunities (Balland et al. 2019)", params: ZRegionParams, querystring: ZMetricsQuery, response: { 200: ZProfileResponse } } },
    async (request) => {
      const { metrics, profile, growthPeriod, regionNotes, regionNames, activityNames } = await getRegionProfile({ db }, requireActor(request), request.params.id, request.params.region, request.query);
      return { ...profile, growthPeriod, selection: presentSelection(metrics), unit: metrics.dataset.unit, regionNotes, regionNames, activityNames, notes: presentNotes(metrics) };
    },
  );

  app.get(
    '/api/s3/datasets/:id/compare',
    { config: user, schema: { tags, summary: 'Shared specialisations and RCA of 2-8 regions', params: ZDatasetParams, querystring: ZCompareQuery, response: { 200: ZCompareResponse } } },
    async (request) => {
      const { regions, minRegions, ...query } = request.query;
      const { metrics, comparison, allRegions, regionNames, activityNames } = await getRegionComparison({ db }, requireActor(request), request.params.id, regions, minRegions, query);
      return { ...comparison, allRegions, selection: presentSelection(metrics), regionNames, activityNames, notes: presentNotes(metrics) };
    },
  );

  app.get(
    '/api/s3/datasets/:id/activity-space',
    { config: user, schema: { tags, summary: 'The proximity network of activities (maximum spanning tree plus strongest links)', params: ZDatasetParams, querystring: ZSpaceQuery, response: { 200: ZSpaceResponse } } },
    async (request) => {
      const { region, ...query } = request.query;
      const { metrics, space, specialised, regionNames, activityNames } = await getActivitySpace({ db }, requireActor(request), request.params.id, region, query);
      return { ...space, specialised, selection: presentSelection(metrics), regionNames, activityNames };
    },
  );
}
