import { defineErrors } from '../../platform/errors.ts';

export const AccountsError = defineErrors('AccountsError', {
  INVALID_CREDENTIALS: 'unauthenticated',
  TOO_MANY_LOGIN_ATTEMPTS: 'rate_limited',
  EMAIL_TAKEN: 'conflict',
  USER_NOT_FOUND: 'not_found',
  ORGANISATION_NOT_FOUND: 'not_found',
  INVITATION_INVALID: 'not_found',
  TOKEN_NOT_FOUND: 'not_found',
  NOTIFICATION_NOT_FOUND: 'not_found',
  UNKNOWN_REFERENCE: 'invalid',
  WEAK_PASSWORD: 'invalid',
  NOT_ALLOWED: 'forbidden',
  LAST_ADMIN: 'conflict',
  ORGANISATION_IN_USE: 'conflict',
});
