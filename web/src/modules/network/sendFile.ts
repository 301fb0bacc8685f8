import type { TSessionResponse } from '../../../../src/modules/accounts/contract.ts';
import { api, ApiError, type ApiErrorDetail, buildUrl, setCsrfToken } from '../../shared/api.ts';

type Query = Parameters<typeof buildUrl>[1];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function toApiError(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => null);
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : null;
  const details: ApiErrorDetail[] = Array.isArray(error?.details)
    ? error.details.flatMap((item: unknown) =>
        isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
          ? [{ path: item.path, message: item.message }]
          : [],
      )
    : [];
  return new ApiError(
    response.status,
    typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`,
    typeof error?.message === 'string' ? error.message : response.statusText,
    details,
  );
}

type SendFileOptions = {
  method: 'POST' | 'PUT';
  query?: Query;
  /** Defaults to the file's own type, or application/octet-stream when the browser does not know it. */
  contentType?: string;
};

/**
 * Sends a file as the raw request body (imports, evidence files) and returns the JSON answer.
 * api.ts only sends JSON, so this fetches a fresh CSRF token itself: an upload can be the first
 * change in a long-open tab.
 */
export async function sendFile<T>(path: string, file: Blob, options: SendFileOptions): Promise<T> {
  const session = await api.get<TSessionResponse>('/api/session');
  setCsrfToken(session.csrfToken);
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method,
      headers: {
        Accept: 'application/json',
        'Content-Type': options.contentType ?? (file.type || 'application/octet-stream'),
        'X-CSRF-Token': session.csrfToken,
      },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The server could not be reached.');
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
