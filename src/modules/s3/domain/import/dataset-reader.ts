/**
 * The common shape of the three format readers: a layout (which dimensions, which is the region
 * and which the activity) read from the header, and a scan that streams rows and observations
 * to a visitor without building per-cell objects.
 */
import type { ImportFormat } from './import-types.ts';
import type { ParsedCell } from './observation-cell.ts';

export type DatasetLayout = {
  format: ImportFormat;
  /** Every dimension except time, in the order of the `keys` given to the visitor. */
  dimensions: string[];
  regionKey: number;
  activityKey: number;
};

export type ScanVisitor = {
  /**
   * Called once per well-formed data line with its dimension codes (region and activity not
   * empty). Return false to skip the line's observations, e.g. another indicator.
   */
  row(line: number, keys: readonly string[]): boolean;
  /** `cell` is reused by the next call: copy what you keep. */
  observation(line: number, keys: readonly string[], year: number, cell: ParsedCell): void;
  error(line: number, reason: string): void;
};

export type DatasetReader = { layout: DatasetLayout; scan(visitor: ScanVisitor): void };

/** Checks the codes every format needs; returns the reason a row is unusable, or null. */
export function checkRowKeys(keys: readonly string[], layout: DatasetLayout): string | null {
  if ((keys[layout.regionKey] ?? '') === '')
    return `empty region code (${layout.dimensions[layout.regionKey] ?? 'region'})`;
  if ((keys[layout.activityKey] ?? '') === '')
    return `empty activity code (${layout.dimensions[layout.activityKey] ?? 'activity'})`;
  return null;
}

/** Eurostat annual periods: `2015`, also `2015-A1` in some SDMX outputs. */
export function parseAnnualPeriod(period: string): number | null {
  const match = /^(\d{4})(?:-A1)?$/.exec(period);
  return match === null ? null : Number(match[1]);
}
