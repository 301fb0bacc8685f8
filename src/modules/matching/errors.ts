import { defineErrors } from '../../platform/errors.ts';

export const MatchingError = defineErrors('MatchingError', {
  NOT_ALLOWED: 'forbidden',
  NOT_FOUND: 'not_found',
  INVALID_INPUT: 'invalid',
});
