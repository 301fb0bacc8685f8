import type { TSessionResponse } from '../../../../src/modules/accounts/contract.ts';
import type { TAttachmentResponse } from '../../../../src/modules/brokerage/contract.ts';
import { api, ApiError, type ApiErrorDetail, buildUrl, setCsrfToken } from '../../shared/api.ts';

/** The API's limit for one attachment. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

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

/**
 * POSTs a file as the raw request body, typed with the file's own media type where the server keeps
 * it as bytes. The CSRF token is
 * fetched fresh first: an upload can be the first change in a long-open tab.
 */
export async function uploadAttachment(caseId: string, file: File): Promise<TAttachmentResponse> {
  // A JSON file sent as application/json would be parsed by the server instead of stored as bytes.
  const mediaType = !file.type || file.type === 'application/json' ? 'application/octet-stream' : file.type;
  const session = await api.get<TSessionResponse>('/api/session');
  setCsrfToken(session.csrfToken);
  let response: Response;
  try {
    response = await fetch(buildUrl(`/api/cases/${caseId}/attachments`, { fileName: file.name }), {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': mediaType,
        'X-CSRF-Token': session.csrfToken,
      },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The server could not be reached.');
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as TAttachmentResponse;
}
