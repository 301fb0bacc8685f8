/**
 * Growable column store for observations: typed arrays doubled as needed, so an extraction of
 * 10⁶ cells costs ~30 MB and no per-cell object.
 */
import type { MissingCounts } from './import-types.ts';
import { isConfidential } from './observation-cell.ts';

export type SeriesColumns = {
  regionIndex: Uint32Array;
  activityIndex: Uint32Array;
  yearIndex: Uint16Array;
  values: Float64Array;
  flagIndex: Uint16Array;
  flagTable: string[];
  missing: MissingCounts;
};

export type SeriesBuilder = {
  readonly length: number;
  push(region: number, activity: number, year: number, value: number, flags: string): void;
  finish(): SeriesColumns;
};

export function createSeriesBuilder(initialFlags: readonly string[] = ['']): SeriesBuilder {
  let capacity = 4096;
  let length = 0;
  let regionIndex = new Uint32Array(capacity);
  let activityIndex = new Uint32Array(capacity);
  let yearIndex = new Uint16Array(capacity);
  let values = new Float64Array(capacity);
  let flagIndex = new Uint16Array(capacity);
  const flagTable = initialFlags.includes('') ? [...initialFlags] : ['', ...initialFlags];
  const flagNumber = new Map(flagTable.map((flag, index) => [flag, index]));
  const missing: MissingCounts = { notAvailable: 0, confidential: 0 };

  const grow = (): void => {
    capacity *= 2;
    const nextRegions = new Uint32Array(capacity);
    nextRegions.set(regionIndex);
    regionIndex = nextRegions;
    const nextActivities = new Uint32Array(capacity);
    nextActivities.set(activityIndex);
    activityIndex = nextActivities;
    const nextYears = new Uint16Array(capacity);
    nextYears.set(yearIndex);
    yearIndex = nextYears;
    const nextValues = new Float64Array(capacity);
    nextValues.set(values);
    values = nextValues;
    const nextFlags = new Uint16Array(capacity);
    nextFlags.set(flagIndex);
    flagIndex = nextFlags;
  };

  return {
    get length(): number {
      return length;
    },
    push(region, activity, year, value, flags): void {
      if (length === capacity) grow();
      let flag = flagNumber.get(flags);
      if (flag === undefined) {
        flag = flagTable.length;
        if (flag > 0xffff) throw new Error('more than 65,535 distinct flag combinations');
        flagTable.push(flags);
        flagNumber.set(flags, flag);
      }
      regionIndex[length] = region;
      activityIndex[length] = activity;
      yearIndex[length] = year;
      values[length] = value;
      flagIndex[length] = flag;
      if (Number.isNaN(value)) {
        if (isConfidential(flags)) missing.confidential += 1;
        else missing.notAvailable += 1;
      }
      length += 1;
    },
    finish(): SeriesColumns {
      return {
        regionIndex: regionIndex.slice(0, length),
        activityIndex: activityIndex.slice(0, length),
        yearIndex: yearIndex.slice(0, length),
        values: values.slice(0, length),
        flagIndex: flagIndex.slice(0, length),
        flagTable,
        missing,
      };
    },
  };
}
