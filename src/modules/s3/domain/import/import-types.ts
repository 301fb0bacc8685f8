/**
 * Shapes shared by the dataset parsers. A GoSmart dataset is a region × activity × year matrix
 * of ONE measure; files often hold several (indicators, units, age groups…), which appear here as
 * "extra dimensions" from which the importer picks one value each.
 */

export const IMPORT_FORMATS = ['eurostat-tsv', 'sdmx-csv', 'tidy-csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A problem with one line of the file; `line` is 1-based, the header being line 1. */
export type RowError = { line: number; reason: string };

/** An extra dimension (neither region, activity nor time) and how many data lines carry each value. */
export type DimensionSummary = { name: string; values: { code: string; count: number }[] };

export type ParsePreview = {
  format: ImportFormat;
  activityDimension: string;
  regionDimension: string;
  dimensions: DimensionSummary[];
  /** Ascending. */
  years: number[];
  /** Data lines (header excluded). A Eurostat TSV line holds one observation per year. */
  rowCount: number;
  /** The first `MAX_REPORTED_ERRORS` errors; `errorCount` says how many there were in all. */
  errors: RowError[];
  errorCount: number;
};

/** One value for each extra dimension that has more than one value, e.g. `{ indic_sb: 'V16110' }`. */
export type Selection = Readonly<Record<string, string>>;

export type ImportOptions = {
  /** Name of the activity column/dimension when it cannot be told from its name. */
  activityDimension?: string;
  /** Name of the region column/dimension when it is not `geo`/`region`. */
  regionDimension?: string;
  /** Year given to every observation of a tidy CSV without a year column (default `UNDATED_YEAR`). */
  year?: number;
};

/** Year of observations in a tidy CSV that has no year column and no `options.year`. */
export const UNDATED_YEAR = 0;

/** Why a value is missing: Eurostat's `:` (not available) or a confidential (`c`) cell. */
export type MissingCounts = { notAvailable: number; confidential: number };

/**
 * The observations of one measure, column-wise so that 10⁶ cells stay a few typed arrays.
 * Observation `i` is region `regions[regionIndex[i]]`, activity `activities[activityIndex[i]]`,
 * year `years[yearIndex[i]]`, value `values[i]` (NaN = missing) and flags
 * `flagTable[flagIndex[i]]` (Eurostat letters, '' for none; `c` = confidential).
 */
export type ExtractedSeries = {
  format: ImportFormat;
  activityDimension: string;
  selection: Selection;
  /** Sorted (code-unit order). */
  regions: string[];
  /** Sorted (code-unit order). */
  activities: string[];
  /** Ascending. */
  years: number[];
  regionIndex: Uint32Array;
  activityIndex: Uint32Array;
  yearIndex: Uint16Array;
  values: Float64Array;
  flagIndex: Uint16Array;
  /** `flagTable[0]` is always '' (no flag). */
  flagTable: string[];
  unit: string | null;
  missing: MissingCounts;
  errors: RowError[];
  errorCount: number;
};

export const MAX_REPORTED_ERRORS = 1000;

export const IMPORT_ERROR_CODES = [
  'EMPTY_FILE',
  'UNKNOWN_FORMAT',
  'BAD_HEADER',
  'UNSUPPORTED_PERIOD',
  'NO_REGION_DIMENSION',
  'NO_ACTIVITY_DIMENSION',
  'UNKNOWN_DIMENSION',
  'SELECTION_REQUIRED',
  'UNKNOWN_SELECTION_VALUE',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/**
 * A file that cannot be read at all (as opposed to bad rows, which are reported as RowError).
 * Plain Error subclass because domain code may not import the platform's error classes; the
 * application layer maps `code` to the module's error.
 */
export class DatasetImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatasetImportError';
  }
}
