/** What kind of failure a domain error is; the HTTP layer maps each kind to one status. */
export const ERROR_KINDS = [
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'unavailable',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export type ErrorDetail = { path: string; message: string };

/**
 * Base of every module's error: a stable machine `code`, a human message and optional field details.
 * Modules declare their codes with `defineErrors` so each code has exactly one kind.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Seconds until a rate-limited action may be retried. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * Declares a module's error codes and returns its error class:
 * `export const AccountsError = defineErrors('AccountsError', { EMAIL_TAKEN: 'conflict' })`.
 */
export function defineErrors<const Codes extends Record<string, ErrorKind>>(name: string, codes: Codes) {
  return class ModuleError extends DomainError {
    constructor(
      code: keyof Codes & string,
      message: string,
      details: ErrorDetail[] = [],
      retryAfterSeconds?: number,
    ) {
      super(codes[code] as ErrorKind, code, message, details, retryAfterSeconds);
      this.name = name;
    }
  };
}

/** Errors any module may raise without declaring them. */
export const CommonError = defineErrors('CommonError', {
  NOT_FOUND: 'not_found',
  FORBIDDEN: 'forbidden',
  UNAUTHENTICATED: 'unauthenticated',
  VALIDATION_FAILED: 'invalid',
});
