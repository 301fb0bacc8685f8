import type { TDatasetResponse } from '../contract.ts';
import type { DatasetMetrics } from '../application/dataset-metrics.ts';
import type { DatasetRow } from '../infra/datasets.repository.ts';

export function presentDataset(row: DatasetRow): TDatasetResponse {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    sourceFile: row.sourceFile,
    format: row.format,
    selection: row.selection,
    measure: row.measure,
    unit: row.unit,
    activityDimension: row.activityDimension,
    years: [...row.years].sort((a, b) => a - b),
    regionCount: row.regionCount,
    activityCount: row.activityCount,
    observationCount: row.observationCount,
    missing: { notAvailable: row.missingNotAvailable, confidential: row.missingConfidential },
    recodingNotes: row.recodingNotes,
    isDemo: row.isDemo,
    importedAt: row.importedAt.toISOString(),
  };
}

export const presentSelection = (metrics: DatasetMetrics) => metrics.selection;

export const presentNotes = (metrics: DatasetMetrics) =>
  metrics.result.notes.map(({ code, level, message }) => ({ code, level, message }));
