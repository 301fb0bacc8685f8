import { bestDefaultYear, buildMatrix, defaultActivityLevel, groupObservations, type ActivityLevel } from '../domain/dataset-matrix.ts';
import { DatasetImportError, extractSeries, type ImportOptions, type Selection } from '../domain/import/index.ts';
import { computeMetrics, MetricsError, type MetricsOptions } from '../domain/metrics/index.ts';
import { metricsTable } from '../domain/metrics-table.ts';
import { S3Error } from '../errors.ts';

/**
 * Metrics of a file without any database (the `gosmart s3 metrics --input` contract): every region
 * of the file as it is, the latest year unless told otherwise.
 */
export function computeFileMetrics(
  text: string,
  query: MetricsOptions & { year?: number | undefined; toYear?: number | undefined; activityLevel?: ActivityLevel | undefined; selection?: Selection; importOptions?: ImportOptions },
) {
  try {
    const extracted = extractSeries(text, query.selection ?? {}, query.importOptions ?? {});
    if (extracted.errorCount > 0) {
      const [first] = extracted.errors;
      throw new S3Error('BAD_ROWS', `${extracted.errorCount} bad rows; first: line ${first?.line}: ${first?.reason}`,
        extracted.errors.slice(0, 50).map((e) => ({ path: `line ${e.line}`, message: e.reason })));
    }
    const series = groupObservations(extracted);
    const fromYear = query.year ?? bestDefaultYear(series, extracted.years);
    const toYear = query.toYear ?? fromYear;
    if (!extracted.years.includes(fromYear) || !extracted.years.includes(toYear)) {
      throw new S3Error('YEAR_NOT_IN_DATASET', `The file has no year ${fromYear === toYear ? fromYear : `${fromYear}-${toYear}`}; it has ${extracted.years.join(', ')}.`);
    }
    const activityLevel = query.activityLevel ?? defaultActivityLevel(series.map((s) => s.activity));
    const matrix = buildMatrix(series, extracted.years, { fromYear: Math.min(fromYear, toYear), toYear: Math.max(fromYear, toYear), activityLevel });
    const result = computeMetrics(matrix, query);
    return { table: metricsTable(matrix, result), notes: result.notes };
  } catch (error) {
    if (error instanceof DatasetImportError) throw new S3Error(error.code === 'SELECTION_REQUIRED' ? 'SELECTION_REQUIRED' : 'INVALID_FILE', error.message);
    if (error instanceof MetricsError) throw new S3Error('NOT_ENOUGH_DATA', error.message);
    throw error;
  }
}
