import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from '../../../platform/http/deps.ts';
import { CommonError } from '../../../platform/errors.ts';
import {
  ZCodeParams,
  ZCountryResponse,
  ZEnumsResponse,
  ZNaceQuery,
  ZNaceResponse,
  ZNutsQuery,
  ZNutsResponse,
  ZTechnologyFieldResponse,
  ZTrlResponse,
} from '../contract.ts';
import { HELIX_TYPES, SME_SIZE_CEILINGS, SME_SIZE_CLASSES, naceDisplayCode } from '../domain/classifications.ts';
import { createReferenceRepository } from '../infra/reference.repository.ts';

const tags = ['reference'];
const config = { auth: 'user' } as const;

export async function referenceRoutes(parent: FastifyInstance, deps: HttpDeps) {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const reference = createReferenceRepository(deps.database.db);

  app.get(
    '/api/reference/countries',
    { config, schema: { tags, summary: 'Countries (ISO 3166 alpha-2, with Eurostat codes)', response: { 200: z.array(ZCountryResponse) } } },
    () => reference.listCountries(),
  );

  app.get(
    '/api/reference/nuts',
    { config, schema: { tags, summary: 'Search NUTS 2021 regions by code or name', querystring: ZNutsQuery, response: { 200: z.array(ZNutsResponse) } } },
    (request) => {
      const { q, level, country, parent: parentCode, limit } = request.query;
      return reference.searchNuts({ q, level, countryCode: country, parentCode, limit });
    },
  );

  app.get(
    '/api/reference/nuts/:code',
    { config, schema: { tags, summary: 'One NUTS 2021 region', params: ZCodeParams, response: { 200: ZNutsResponse } } },
    async (request) => {
      const region = await reference.findNuts(request.params.code);
      if (!region) throw new CommonError('NOT_FOUND', `No NUTS 2021 region ${request.params.code}.`);
      return region;
    },
  );

  app.get(
    '/api/reference/nace',
    { config, schema: { tags, summary: 'Search NACE Rev.2 activities by code or name', querystring: ZNaceQuery, response: { 200: z.array(ZNaceResponse) } } },
    (request) => {
      const { q, level, parent: parentCode, limit } = request.query;
      return reference.searchNace({ q, level, parentCode: parentCode ? naceDisplayCode(parentCode) : undefined, limit });
    },
  );

  app.get(
    '/api/reference/nace/:code',
    { config, schema: { tags, summary: 'One NACE Rev.2 activity (C10.51 or Eurostat C1051)', params: ZCodeParams, response: { 200: ZNaceResponse } } },
    async (request) => {
      const activity = await reference.findNace(naceDisplayCode(request.params.code));
      if (!activity) throw new CommonError('NOT_FOUND', `No NACE Rev.2 activity ${request.params.code}.`);
      return activity;
    },
  );

  app.get(
    '/api/reference/technology-fields',
    { config, schema: { tags, summary: 'The 35 WIPO technology fields', response: { 200: z.array(ZTechnologyFieldResponse) } } },
    () => reference.listTechnologyFields(),
  );

  app.get(
    '/api/reference/trl',
    { config, schema: { tags, summary: 'Technology readiness levels 1-9 (EU definitions)', response: { 200: z.array(ZTrlResponse) } } },
    () => reference.listTrlLevels(),
  );

  app.get(
    '/api/reference/enums',
    { config, schema: { tags, summary: 'Helix types and EU SME size classes', response: { 200: ZEnumsResponse } } },
    () => ({
      helixTypes: [...HELIX_TYPES],
      smeSizeClasses: SME_SIZE_CLASSES.map((code) => ({
        code,
        headcountBelow: code === 'large' ? null : SME_SIZE_CEILINGS[code].headcount,
      })),
    }),
  );
}
