/**
 * Typed fetch wrapper for the GoSmart API: same-origin cookie session, JSON bodies, the CSRF header
 * on every non-GET request, and errors thrown as `ApiError` with the API's `{ code, message, details }`.
 */

export type ApiErrorDetail = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Status 0: the request never got an answer (offline, server down). */
const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

let csrfToken: string | null = null;

/** Remember the CSRF token of the latest session response (login, GET /api/session, invitation). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
};

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toDetails(value: unknown): ApiErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
      ? [{ path: item.path, message: item.message }]
      : [],
  );
}

/** The API's `{ error: { code, message, details } }` answer (parsed body, or null) as an ApiError. */
export function apiErrorOf(status: number, statusText: string, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : null;
  return new ApiError(
    status,
    typeof error?.code === 'string' ? error.code : `HTTP_${status}`,
    typeof error?.message === 'string' ? error.message : statusText,
    toDetails(error?.details),
  );
}

/** Reads an error response's body into an ApiError. */
export async function toApiError(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => null);
  return apiErrorOf(response.status, response.statusText, payload);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR_CODE, 'The server could not be reached.');
  }
}

/** Fetch a fresh CSRF token; false when signed out. */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('/api/session', {});
  if (!response.ok) return false;
  const payload: unknown = await response.json();
  if (!isRecord(payload) || typeof payload.csrfToken !== 'string') return false;
  setCsrfToken(payload.csrfToken);
  return true;
}

/**
 * Calls the API and returns the parsed JSON body (undefined for 204). The caller names the response
 * type, which comes from the shared zod contracts; the server serialises through the same schemas.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 403 && (options.method ?? 'GET') !== 'GET') {
    // A token from another session (e.g. after signing in in another tab): fetch a fresh one, retry once.
    const error = await toApiError(response.clone());
    if (error.code === 'CSRF_INVALID' && (await refreshCsrfToken())) response = await send(path, options);
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: (path: string) => apiRequest<undefined>(path, { method: 'DELETE' }),
};

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/**
 * Maps a 400/409 error's details to Mantine form errors: `body.name` → `name`,
 * `body.website` → `website`. Paths outside the body (query string) are dropped.
 */
export function toFormErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const detail of error.details) {
    const path = detail.path.startsWith('body.') ? detail.path.slice('body.'.length) : detail.path;
    if (!path || path.startsWith('querystring.') || path.startsWith('params.') || path === 'body') continue;
    errors[path] ??= detail.message;
  }
  return errors;
}
