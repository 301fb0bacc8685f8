import { MetricsError } from './metrics-error.ts';

/**
 * One measure (employment, enterprises, exports, patents...) of one year as a
 * region × activity table. `values` is row-major: the value of region r in activity a is
 * `values[r * activities.length + a]`. `NaN` marks a missing cell (confidential or not
 * available); it is not a zero.
 */
export type ValueMatrix = {
  regions: string[];
  activities: string[];
  values: Float64Array;
};

/** Checks the shape and the values; throws a MetricsError on the first problem. */
export function assertValidMatrix(matrix: ValueMatrix): void {
  const { regions, activities, values } = matrix;
  if (regions.length === 0 || activities.length === 0) {
    throw new MetricsError(
      'EMPTY_MATRIX',
      `the matrix has ${regions.length} regions and ${activities.length} activities`,
    );
  }
  if (values.length !== regions.length * activities.length) {
    throw new MetricsError(
      'SHAPE_MISMATCH',
      `${values.length} values for ${regions.length} regions × ${activities.length} activities`,
    );
  }
  assertUniqueLabels(regions, 'region');
  assertUniqueLabels(activities, 'activity');
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    // NaN is a missing value; anything else must be a finite, non-negative size.
    if (value < 0 || value === Number.POSITIVE_INFINITY) {
      const r = Math.floor(i / activities.length);
      const a = i % activities.length;
      throw new MetricsError(
        'INVALID_VALUE',
        `value ${value} of region ${regions[r]} in activity ${activities[a]}`,
      );
    }
  }
}

function assertUniqueLabels(labels: string[], kind: string): void {
  const seen = new Set<string>();
  for (const label of labels) {
    if (seen.has(label)) throw new MetricsError('DUPLICATE_LABEL', `${kind} ${label} appears twice`);
    seen.add(label);
  }
}
