import { isApiError } from '../../shared/api.ts';

/**
 * The API's field errors for a form's fields: `body.nace.2` → `nace`. `complete` is false when
 * the error has something no field shows (no details, or a path outside the form): then the
 * form shows the error as an alert as well.
 */
export function apiFieldErrors(
  error: unknown,
  fields: readonly string[],
): { errors: Record<string, string>; complete: boolean } {
  if (!isApiError(error) || error.details.length === 0) return { errors: {}, complete: false };
  const errors: Record<string, string> = {};
  let complete = true;
  for (const detail of error.details) {
    const path = detail.path.startsWith('body.') ? detail.path.slice('body.'.length) : detail.path;
    const field = path.split('.')[0] ?? '';
    if (fields.includes(field)) errors[field] ??= detail.message;
    else complete = false;
  }
  return { errors, complete };
}
