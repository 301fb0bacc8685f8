import { ApiError, apiErrorOf, buildUrl } from '../../shared/api.ts';
import { freshCsrfToken } from '../../shared/uploadFile.ts';

export type UploadProgress = {
  loaded: number;
  total: number;
  /** The whole file has been sent; the server is now working on it. */
  isSent: boolean;
};

type Query = Parameters<typeof buildUrl>[1];

type UploadOptions = {
  query?: Query;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/** The same `{ error: { code, message, details } }` reading as api.ts, from an XHR's text. */
function toApiError(status: number, statusText: string, body: string): ApiError {
  let payload: unknown = null;
  try {
    payload = JSON.parse(body);
  } catch {
    // not JSON (e.g. a proxy's HTML error page)
  }
  return apiErrorOf(status, statusText, payload);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * POSTs a file as the raw request body with XMLHttpRequest, which (unlike fetch) reports upload
 * progress (shared/uploadFile.ts sends with fetch, without it). The server detects the format and
 * gzip itself. The CSRF token is fetched fresh first: an upload can be the first change in a
 * long-open tab.
 */
export async function uploadFileWithProgress<T>(
  path: string,
  file: Blob,
  options: UploadOptions = {},
): Promise<T> {
  const csrfToken = await freshCsrfToken(options.signal);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, options.query));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) =>
      options.onProgress?.({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
        isSent: false,
      });
    xhr.upload.onload = () => options.onProgress?.({ loaded: file.size, total: file.size, isSent: true });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(
            new ApiError(xhr.status, 'INTERNAL', 'The server answered with something that is not JSON.'),
          );
        }
      } else {
        reject(toApiError(xhr.status, xhr.statusText, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'The server could not be reached.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
