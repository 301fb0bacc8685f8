// The S3 analytics module's public surface.
export { s3Datasets, s3Series } from './infra/s3.tables.ts';
export { S3Error } from './errors.ts';
export { importDataset, previewImport, type ImportProgress } from './application/import-dataset.ts';
export { computeDatasetMetrics, type MetricsQuery } from './application/dataset-metrics.ts';
export { computeFileMetrics } from './application/standalone-metrics.ts';
export { listDatasets, findDatasetByName, deleteDataset } from './application/manage-datasets.ts';
export { decodeDataFile } from './infra/read-data-file.ts';
export { metricsTable, type MetricsTable } from './domain/metrics-table.ts';
export { ACTIVITY_LEVELS, type ActivityLevel } from './domain/dataset-matrix.ts';
export { CONVENTIONS, PROXIMITY_MEASURES, COMPLEXITY_METHODS } from './domain/metrics/index.ts';
export { s3Routes } from './http/s3.routes.ts';
