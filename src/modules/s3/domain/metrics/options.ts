// Options of computeMetrics and their validation.

import { COMPLEXITY_METHODS, type ComplexityMethod, type Convention, CONVENTIONS } from './complexity.ts';
import { MetricsError } from './metrics-error.ts';
import { PROXIMITY_MEASURES, type ProximityMeasure } from './proximity.ts';

export type MetricsOptions = {
  /** M = 1 when RCA ≥ threshold. Default 1. */
  threshold?: number;
  /** Default 'atlas' (Stata `ecomplexity`). */
  convention?: Convention;
  /** Default 'min_conditional' (Hidalgo et al. 2007). */
  proximity?: ProximityMeasure;
  /** Default 'eigenvector'. */
  method?: ComplexityMethod;
  /** Number of reflections N for method 'reflections' (ECI = k_c,N). Default 20, as EconGeo's MORc. */
  reflections?: number;
};

export type ResolvedMetricsOptions = Required<MetricsOptions>;

export function resolveOptions(options: MetricsOptions = {}): ResolvedMetricsOptions {
  const resolved: ResolvedMetricsOptions = {
    threshold: options.threshold ?? 1,
    convention: options.convention ?? 'atlas',
    proximity: options.proximity ?? 'min_conditional',
    method: options.method ?? 'eigenvector',
    reflections: options.reflections ?? 20,
  };
  if (!(resolved.threshold > 0) || !Number.isFinite(resolved.threshold)) {
    throw new MetricsError(
      'INVALID_OPTION',
      `threshold must be a positive number, got ${resolved.threshold}`,
    );
  }
  assertOneOf(resolved.convention, CONVENTIONS, 'convention');
  assertOneOf(resolved.proximity, PROXIMITY_MEASURES, 'proximity');
  assertOneOf(resolved.method, COMPLEXITY_METHODS, 'method');
  if (!Number.isInteger(resolved.reflections) || resolved.reflections < 1) {
    throw new MetricsError(
      'INVALID_OPTION',
      `reflections must be a positive integer, got ${resolved.reflections}`,
    );
  }
  return resolved;
}

function assertOneOf(value: string, allowed: readonly string[], name: string): void {
  if (!allowed.includes(value))
    throw new MetricsError('INVALID_OPTION', `${name} must be one of ${allowed.join(', ')}`);
}
