import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, apiRequest, buildUrl, setCsrfToken, toFormErrors } from './api.ts';

type Call = { url: string; init: RequestInit };
const realFetch = globalThis.fetch;

/** Replaces fetch with a fake that answers from a list and records the calls. */
function fakeFetch(responses: Response[]): Call[] {
  const calls: Call[] = [];
  globalThis.fetch = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error('no more fake responses');
    return next;
  };
  return calls;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const headerOf = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
});

describe('buildUrl', () => {
  it('drops empty values and encodes the rest', () => {
    expect(
      buildUrl('/api/organisations', { q: 'a&b', country: '', helix: undefined, limit: 20, offset: 0 }),
    ).toBe('/api/organisations?q=a%26b&limit=20&offset=0');
    expect(buildUrl('/api/session')).toBe('/api/session');
  });
});

describe('toFormErrors', () => {
  it('maps body paths to form fields and keeps the first message per field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Invalid request', [
      { path: 'body.name', message: 'must not be empty' },
      { path: 'body.name', message: 'second message' },
      { path: 'countryCode', message: 'unknown country XX' },
      { path: 'querystring.limit', message: 'too big' },
      { path: 'body', message: 'give at least one field' },
    ]);
    expect(toFormErrors(error)).toEqual({ name: 'must not be empty', countryCode: 'unknown country XX' });
  });

  it('gives nothing for errors that are not API errors', () => {
    expect(toFormErrors(new Error('boom'))).toEqual({});
  });
});

describe('apiRequest', () => {
  it('sends the CSRF token on mutations only, with the cookie', async () => {
    setCsrfToken('token-1');
    const calls = fakeFetch([json(200, { ok: true }), json(200, { ok: true })]);
    await apiRequest('/api/me', { method: 'PATCH', body: { name: 'A' } });
    await apiRequest('/api/session');
    expect(headerOf(calls[0], 'X-CSRF-Token')).toBe('token-1');
    expect(headerOf(calls[0], 'Content-Type')).toBe('application/json');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(headerOf(calls[1], 'X-CSRF-Token')).toBeNull();
  });

  it('throws ApiError with the code, message and details of the error body', async () => {
    fakeFetch([
      json(409, {
        error: {
          code: 'EMAIL_TAKEN',
          message: 'taken',
          details: [{ path: 'email', message: 'is already registered' }],
        },
      }),
    ]);
    const error = await apiRequest('/api/users', { method: 'POST', body: {} }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'EMAIL_TAKEN',
      details: [{ path: 'email', message: 'is already registered' }],
    });
  });

  it('returns undefined for 204', async () => {
    fakeFetch([new Response(null, { status: 204 })]);
    await expect(apiRequest('/api/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('fetches a fresh CSRF token and retries once when the token is rejected', async () => {
    setCsrfToken('stale');
    const calls = fakeFetch([
      json(403, { error: { code: 'CSRF_INVALID', message: 'Invalid CSRF token', details: [] } }),
      json(200, { user: {}, csrfToken: 'fresh' }),
      json(200, { id: 't1' }),
    ]);
    await expect(apiRequest('/api/me/tokens', { method: 'POST', body: { name: 'x' } })).resolves.toEqual({
      id: 't1',
    });
    expect(calls.map((call) => call.url)).toEqual(['/api/me/tokens', '/api/session', '/api/me/tokens']);
    expect(headerOf(calls[2], 'X-CSRF-Token')).toBe('fresh');
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    globalThis.fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(apiRequest('/api/session')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
