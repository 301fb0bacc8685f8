import type { ExtractedSeries } from '../import-types.ts';

/** The value and flags of one cell of an extracted series, for assertions. */
export function cellOf(
  series: ExtractedSeries,
  region: string,
  activity: string,
  year: number,
): { value: number; flags: string } | undefined {
  const r = series.regions.indexOf(region);
  const a = series.activities.indexOf(activity);
  const y = series.years.indexOf(year);
  for (let i = 0; i < series.values.length; i++) {
    if (series.regionIndex[i] === r && series.activityIndex[i] === a && series.yearIndex[i] === y) {
      return {
        value: series.values[i] ?? Number.NaN,
        flags: series.flagTable[series.flagIndex[i] ?? 0] ?? '',
      };
    }
  }
  return undefined;
}
