/** Dataset import: pure parsers for Eurostat TSV, SDMX-CSV and tidy CSV, and NUTS 2021 recoding. */
export { DATASET_MEASURES, UNIT_LABELS, describeCode, labelOf, unitOfMeasure } from './dataset-measures.ts';
export { extractSeries } from './extract-series.ts';
export { detectFormat } from './format-detection.ts';
export {
  DatasetImportError,
  IMPORT_ERROR_CODES,
  IMPORT_FORMATS,
  MAX_REPORTED_ERRORS,
  UNDATED_YEAR,
  type DimensionSummary,
  type ExtractedSeries,
  type ImportErrorCode,
  type ImportFormat,
  type ImportOptions,
  type MissingCounts,
  type ParsePreview,
  type RowError,
  type Selection,
} from './import-types.ts';
export {
  NUTS_VERSIONS,
  RECODING_KINDS,
  REGION_NOTE_KINDS,
  isExtraRegioCode,
  recodeSeriesToNuts2021,
  type NutsRecodingEntry,
  type NutsRecodingFile,
  type NutsVersion,
  type RecodedSeries,
  type RecodingKind,
  type RegionNote,
  type RegionNoteKind,
} from './nuts-recoding.ts';
export { previewDataset, type DatasetPreview } from './preview-dataset.ts';
