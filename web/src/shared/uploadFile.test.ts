import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, setCsrfToken } from './api.ts';
import { uploadFile } from './uploadFile.ts';

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
const session = () => json(200, { csrfToken: 'fresh-token' });
const headerOf = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
});

describe('uploadFile', () => {
  it('fetches a fresh CSRF token, then sends the file as the raw body with its own type', async () => {
    const calls = fakeFetch([session(), json(201, { id: 'a1' })]);
    const file = new File(['%PDF'], 'plan.pdf', { type: 'application/pdf' });
    const answer = await uploadFile<{ id: string }>('/api/cases/c1/attachments', file, {
      query: { fileName: file.name },
    });
    expect(answer).toEqual({ id: 'a1' });
    expect(calls[0]?.url).toBe('/api/session');
    expect(calls[1]?.url).toBe('/api/cases/c1/attachments?fileName=plan.pdf');
    expect(calls[1]?.init.method).toBe('POST');
    expect(calls[1]?.init.body).toBe(file);
    expect(headerOf(calls[1], 'Content-Type')).toBe('application/pdf');
    expect(headerOf(calls[1], 'X-CSRF-Token')).toBe('fresh-token');
  });

  it('sends JSON and untyped files as bytes, unless told the type', async () => {
    const calls = fakeFetch([session(), json(200, {}), session(), json(200, {}), session(), json(200, {})]);
    await uploadFile('/api/x', new File(['{}'], 'data.json', { type: 'application/json' }), {
      method: 'PUT',
    });
    await uploadFile('/api/x', new File(['?'], 'blob'));
    await uploadFile('/api/x', new File(['a;b'], 'list.csv', { type: 'text/csv' }), {
      contentType: 'application/octet-stream',
    });
    expect(calls[1]?.init.method).toBe('PUT');
    expect([calls[1], calls[3], calls[5]].map((call) => headerOf(call, 'Content-Type'))).toEqual([
      'application/octet-stream',
      'application/octet-stream',
      'application/octet-stream',
    ]);
  });

  it("throws the API's error as an ApiError", async () => {
    fakeFetch([
      session(),
      json(400, {
        error: {
          code: 'INVALID_INPUT',
          message: 'Too large',
          details: [{ path: 'body', message: 'at most 10 MB' }],
        },
      }),
    ]);
    const error: unknown = await uploadFile('/api/x', new File(['x'], 'x.txt')).catch((caught) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
      message: 'Too large',
      details: [{ path: 'body', message: 'at most 10 MB' }],
    });
  });
});
