import SwaggerParser from '@apidevtools/swagger-parser';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import {
  TEST_CONFIG,
  as,
  createTestApp,
  logInAs,
  type Session,
  type TestApp,
} from '../../../test/test-app.ts';
import { buildUser } from '../../../test/factories.ts';

let t: TestApp;
let member: Session;
beforeAll(async () => {
  t = await createTestApp();
  member = await logInAs(t.app, (await buildUser(t.database.db)).email);
});
afterAll(() => t.close());

describe('HTTP platform', () => {
  it('reports health with the database kind', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'No route GET /api/no-such-thing.', details: [] },
    });
  });

  it('answers malformed JSON with a 400', async () => {
    const response = await as(t.app, member, {
      method: 'PATCH',
      url: '/api/me',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers an oversized body with a 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'a@b.example', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sets security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('publishes a valid OpenAPI 3.1 document and the docs page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeTruthy();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/session', '/api/organisations/{id}', '/api/reference/nuts']),
    );
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('makes every route declare who may call it, and refuses anonymous calls to all but the public ones', async () => {
    const routes: RouteOptions[] = [];
    const app = await buildApp({
      database: t.database,
      config: TEST_CONFIG,
      logger: false,
      isServingWeb: false,
      onRoute: (route) => routes.push(route),
    });
    await app.ready();
    const apiRoutes = routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(apiRoutes.length).toBeGreaterThan(20);
    const publicRoutes = apiRoutes
      .filter((r) => r.config?.auth === 'public' && r.method !== 'HEAD')
      .map((r) => `${String(r.method)} ${r.url}`);
    expect(publicRoutes.sort()).toEqual(
      [
        'GET /api/brokers',
        'GET /api/brokers/:id',
        'GET /api/health',
        'GET /api/invitations/:token',
        'GET /api/openapi.json',
        'GET /api/public/profiles',
        'GET /api/public/profiles/:id',
        'POST /api/invitations/:token',
        'POST /api/session',
      ].sort(),
    );
    const anyId = '00000000-0000-4000-8000-000000000000';
    for (const route of apiRoutes) {
      expect(route.config?.auth, `${String(route.method)} ${route.url}`).toBeDefined();
      if (route.config?.auth === 'public') continue;
      for (const method of [route.method].flat()) {
        if (method === 'HEAD') continue;
        const url = route.url.replace(':userId', anyId).replace(':id', anyId).replace(':code', 'PL84');
        const response = await app.inject({ method, url });
        expect(response.statusCode, `${method} ${url}`).toBe(401);
      }
    }
    await app.close();
  });
});
