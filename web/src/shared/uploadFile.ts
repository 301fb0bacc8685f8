import type { TSessionResponse } from '../../../src/modules/accounts/contract.ts';
import { api, ApiError, buildUrl, setCsrfToken, toApiError } from './api.ts';

/**
 * A fresh CSRF token (also remembered for api.ts): an upload can be the first change in a long-open
 * tab, and api.ts, which only sends JSON, does not send files.
 */
export async function freshCsrfToken(signal?: AbortSignal): Promise<string> {
  const session = await api.get<TSessionResponse>('/api/session', undefined, signal);
  setCsrfToken(session.csrfToken);
  return session.csrfToken;
}

type UploadFileOptions = {
  /** POST unless given. */
  method?: 'POST' | 'PUT';
  query?: Parameters<typeof buildUrl>[1];
  /**
   * Defaults to the file's own type, or application/octet-stream when the browser does not know it
   * or it is JSON (which the server would parse instead of storing as bytes).
   */
  contentType?: string;
};

/**
 * Sends a file as the raw request body (attachments, evidence files, imports) and returns the JSON
 * answer; errors are thrown as ApiError, like api.ts does. For upload progress see s3/upload.ts.
 */
export async function uploadFile<T>(path: string, file: Blob, options: UploadFileOptions = {}): Promise<T> {
  const csrfToken = await freshCsrfToken();
  const contentType =
    options.contentType ??
    (!file.type || file.type === 'application/json' ? 'application/octet-stream' : file.type);
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'POST',
      headers: { Accept: 'application/json', 'Content-Type': contentType, 'X-CSRF-Token': csrfToken },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The server could not be reached.');
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
