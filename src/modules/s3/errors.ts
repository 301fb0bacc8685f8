import { defineErrors } from '../../platform/errors.ts';

export const S3Error = defineErrors('S3Error', {
  NOT_ALLOWED: 'forbidden',
  DATASET_NOT_FOUND: 'not_found',
  INVALID_FILE: 'invalid',
  BAD_ROWS: 'invalid',
  SELECTION_REQUIRED: 'invalid',
  NOT_ENOUGH_DATA: 'invalid',
  REGION_NOT_IN_DATASET: 'not_found',
  YEAR_NOT_IN_DATASET: 'invalid',
});
