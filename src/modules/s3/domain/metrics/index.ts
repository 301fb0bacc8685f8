// Public API of the S3 metric kernels: pure functions over typed arrays.
export { computeMetrics, resolveOptions, METRICS_NOTE_CODES } from './compute-metrics.ts';
export type {
  MetricsNote,
  MetricsNoteCode,
  MetricsOptions,
  MetricsResult,
  ResolvedMetricsOptions,
} from './compute-metrics.ts';
export { COMPLEXITY_METHODS, CONVENTIONS } from './complexity.ts';
export type { ComplexityMethod, Convention } from './complexity.ts';
export { PROXIMITY_MEASURES } from './proximity.ts';
export type { ProximityMeasure } from './proximity.ts';
export { MetricsError, METRICS_ERROR_CODES } from './metrics-error.ts';
export type { MetricsErrorCode } from './metrics-error.ts';
export { opportunities, QUADRANTS, QUADRANT_DESCRIPTIONS } from './opportunities.ts';
export type {
  Opportunity,
  OpportunityInput,
  OpportunityMap,
  OpportunityOptions,
  Quadrant,
} from './opportunities.ts';
export { cagr, revealedComparativeAdvantage } from './specialisation.ts';
export type { ValueMatrix } from './value-matrix.ts';
