import type { Db } from '../../../platform/db/client.ts';
import type { Actor } from '../../accounts/index.ts';
import { bestDefaultYear, buildMatrix, defaultActivityLevel, type ActivityLevel, type StoredSeries } from '../domain/dataset-matrix.ts';
import { computeMetrics, MetricsError, type MetricsOptions, type MetricsResult, type ValueMatrix } from '../domain/metrics/index.ts';
import { S3Error } from '../errors.ts';
import { createDatasetsRepository, type DatasetRow } from '../infra/datasets.repository.ts';
import { canReadDatasets } from '../policies.ts';

export type MetricsQuery = MetricsOptions & {
  /** One year, or the first of a range (values averaged). Default: the latest well-covered year (bestDefaultYear). */
  year?: number | undefined;
  toYear?: number | undefined;
  /** NUTS level of the regions compared. Default: 2 when the dataset has NUTS-2 regions. */
  regionLevel?: number | undefined;
  activityLevel?: ActivityLevel | undefined;
};

export type DatasetMetrics = {
  dataset: DatasetRow;
  matrix: ValueMatrix;
  result: MetricsResult;
  selection: { fromYear: number; toYear: number; regionLevel: number; activityLevel: ActivityLevel };
  /** The stored series behind the matrix (all years), for growth over time. */
  series: StoredSeries[];
};

export async function loadDataset(db: Db, actor: Actor | 'system', datasetId: string): Promise<DatasetRow> {
  if (actor !== 'system' && !canReadDatasets(actor)) throw new S3Error('NOT_ALLOWED', 'You cannot read datasets.');
  const dataset = await createDatasetsRepository(db).findById(datasetId);
  if (!dataset) throw new S3Error('DATASET_NOT_FOUND', `No dataset ${datasetId}.`);
  return dataset;
}

/** The full metric set of a dataset for a year (or a range of years) at one NUTS level. */
export async function computeDatasetMetrics(deps: { db: Db }, actor: Actor | 'system', datasetId: string, query: MetricsQuery = {}): Promise<DatasetMetrics> {
  const dataset = await loadDataset(deps.db, actor, datasetId);
  const datasets = createDatasetsRepository(deps.db);
  const levels = await datasets.regionLevels(dataset.id);
  const regionLevel = query.regionLevel ?? (levels.some((l) => l.level === 2) ? 2 : [...levels].sort((a, b) => b.regions - a.regions)[0]?.level ?? 2);
  const series = await datasets.seriesAtLevel(dataset.id, regionLevel);
  const fromYear = query.year ?? bestDefaultYear(series, dataset.years);
  const toYear = query.toYear ?? fromYear;
  for (const [field, year] of [['year', fromYear], ['toYear', toYear]] as const) {
    if (!dataset.years.includes(year)) {
      throw new S3Error('YEAR_NOT_IN_DATASET', `${dataset.name} has no year ${year}; it has ${[...dataset.years].sort().join(', ')}.`, [
        { path: field, message: `must be one of ${[...dataset.years].sort().join(', ')}` },
      ]);
    }
  }
  if (series.length === 0) {
    throw new S3Error('NOT_ENOUGH_DATA', `${dataset.name} has no regions at NUTS level ${regionLevel}.`, [
      { path: 'regionLevel', message: `must be one of ${levels.map((l) => l.level).join(', ')}` },
    ]);
  }
  const activityLevel = query.activityLevel ?? defaultActivityLevel(series.map((s) => s.activity));
  const matrix = buildMatrix(series, dataset.years, { fromYear: Math.min(fromYear, toYear), toYear: Math.max(fromYear, toYear), activityLevel });
  try {
    const result = computeMetrics(matrix, query);
    return { dataset, matrix, result, selection: { fromYear, toYear, regionLevel, activityLevel }, series };
  } catch (error) {
    if (error instanceof MetricsError) throw new S3Error('NOT_ENOUGH_DATA', error.message);
    throw error;
  }
}
