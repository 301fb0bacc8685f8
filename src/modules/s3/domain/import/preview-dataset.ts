/**
 * One pass over a file before import: its format, dimensions and their values, years and
 * every bad row, so that the user can choose the measure and fix the file.
 */
import { openDataset } from './format-detection.ts';
import type { DimensionSummary, ImportOptions, ParsePreview } from './import-types.ts';
import { createErrorCollector } from './row-errors.ts';

export type DatasetPreview = ParsePreview & {
  regionCount: number;
  activityCount: number;
  observationCount: number;
};

export function previewDataset(text: string, options: ImportOptions = {}): DatasetPreview {
  const { layout, scan } = openDataset(text, options);
  const extraKeys = layout.dimensions
    .map((_, index) => index)
    .filter((index) => index !== layout.regionKey && index !== layout.activityKey);
  const valueCounts = extraKeys.map(() => new Map<string, number>());
  const regions = new Set<string>();
  const activities = new Set<string>();
  const years = new Set<number>();
  const errors = createErrorCollector();
  let rowCount = 0;
  let observationCount = 0;

  scan({
    row(_line, keys) {
      rowCount += 1;
      regions.add(keys[layout.regionKey] ?? '');
      activities.add(keys[layout.activityKey] ?? '');
      extraKeys.forEach((key, position) => {
        const counts = valueCounts[position];
        const code = keys[key] ?? '';
        counts?.set(code, (counts.get(code) ?? 0) + 1);
      });
      return true;
    },
    observation(_line, _keys, year) {
      observationCount += 1;
      years.add(year);
    },
    error: errors.add,
  });

  const dimensions: DimensionSummary[] = extraKeys.map((key, position) => ({
    name: layout.dimensions[key] ?? '',
    values: [...(valueCounts[position] ?? new Map<string, number>())].map(([code, count]) => ({
      code,
      count,
    })),
  }));
  return {
    format: layout.format,
    activityDimension: layout.dimensions[layout.activityKey] ?? '',
    regionDimension: layout.dimensions[layout.regionKey] ?? '',
    dimensions,
    years: [...years].sort((a, b) => a - b),
    rowCount,
    errors: errors.errors,
    errorCount: errors.count,
    regionCount: regions.size,
    activityCount: activities.size,
    observationCount,
  };
}
