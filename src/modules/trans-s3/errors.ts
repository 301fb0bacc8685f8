import { defineErrors } from '../../platform/errors.ts';

export const TransS3Error = defineErrors('TransS3Error', {
  NOT_ALLOWED: 'forbidden',
  NOT_FOUND: 'not_found',
  INVALID_INPUT: 'invalid',
  CONFLICT: 'conflict',
  ROUND_CLOSED: 'conflict',
  ROUND_NOT_OPEN: 'conflict',
  PDF_UNAVAILABLE: 'unavailable',
});
