import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';

/** API error codes the UI explains in the user's language; others fall back to the server's message. */
const KNOWN_CODES = [
  'INVALID_CREDENTIALS',
  'TOO_MANY_LOGIN_ATTEMPTS',
  'EMAIL_TAKEN',
  'USER_NOT_FOUND',
  'ORGANISATION_NOT_FOUND',
  'INVITATION_INVALID',
  'TOKEN_NOT_FOUND',
  'UNKNOWN_REFERENCE',
  'WEAK_PASSWORD',
  'NOT_ALLOWED',
  'LAST_ADMIN',
  'ORGANISATION_IN_USE',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'VALIDATION_FAILED',
  'CSRF_INVALID',
  'RATE_LIMITED',
  'NETWORK_ERROR',
  'INTERNAL',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (isKnownCode(error.code)) return t(`errors.${error.code}`);
      if (error.message) return error.message;
    }
    return t('errors.generic');
  };
}
