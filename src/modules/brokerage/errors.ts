import { defineErrors } from '../../platform/errors.ts';

export const BrokerageError = defineErrors('BrokerageError', {
  NOT_ALLOWED: 'forbidden',
  NOT_FOUND: 'not_found',
  ILLEGAL_TRANSITION: 'conflict',
  INTEREST_EXISTS: 'conflict',
  INVALID_REFERENCE: 'invalid',
  INVALID_INPUT: 'invalid',
  FILE_TOO_LARGE: 'invalid',
});
