// Errors of the metric kernels. The domain throws these; the application layer maps the
// code to its own error type (an input problem, never a server fault).

export const METRICS_ERROR_CODES = [
  'EMPTY_MATRIX', // no region or no activity
  'SHAPE_MISMATCH', // values.length is not regions × activities
  'DUPLICATE_LABEL', // a region or activity code appears twice
  'INVALID_VALUE', // negative or infinite value (NaN is "missing" and allowed)
  'NO_DATA', // every value is 0 or missing, e.g. a year without data
  'INVALID_OPTION',
] as const;

export type MetricsErrorCode = (typeof METRICS_ERROR_CODES)[number];

export class MetricsError extends Error {
  readonly code: MetricsErrorCode;

  constructor(code: MetricsErrorCode, message: string) {
    super(message);
    this.name = 'MetricsError';
    this.code = code;
  }
}
