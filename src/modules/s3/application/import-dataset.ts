import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, type Actor } from '../../accounts/index.ts';
import { createReferenceRepository, naceDisplayCode, nutsLevel } from '../../reference/index.ts';
import {
  DatasetImportError,
  extractSeries,
  previewDataset,
  recodeSeriesToNuts2021,
  describeCode,
  type ImportOptions,
  type RecodedSeries,
  type Selection,
} from '../domain/import/index.ts';
import { groupObservations } from '../domain/dataset-matrix.ts';
import { S3Error } from '../errors.ts';
import { createDatasetsRepository, type SeriesRow } from '../infra/datasets.repository.ts';
import { nutsRecodingTable } from '../infra/nuts-recoding-file.ts';
import { canManageDatasets } from '../policies.ts';

export type ImportProgress = (phase: 'parse' | 'recode' | 'write', done: number, total: number) => void;

export type ImportDatasetInput = {
  name: string;
  description?: string;
  sourceFile: string;
  text: string;
  selection?: Selection;
  options?: ImportOptions;
  isDemo?: boolean;
};

const MAX_ERROR_DETAILS = 50;

function assertMayManage(actor: Actor | 'system') {
  if (actor !== 'system' && !canManageDatasets(actor)) {
    throw new S3Error('NOT_ALLOWED', 'Only analysts and administrators can import or delete datasets.');
  }
}

/** Reads a file's structure (format, measures to choose from, years, bad rows) without importing it. */
export function previewImport(actor: Actor, text: string, options: ImportOptions = {}) {
  assertMayManage(actor);
  return translateImportErrors(() => previewDataset(text, options));
}

/**
 * Imports one measure of a file as a dataset, all or nothing: bad rows abort the import with
 * their line numbers; region codes are translated to NUTS 2021 with notes; a dataset of the same
 * name is replaced in the same transaction.
 */
export async function importDataset(
  deps: { db: Db; clock: Clock },
  actor: Actor | 'system',
  input: ImportDatasetInput,
  onProgress: ImportProgress = () => {},
) {
  assertMayManage(actor);
  onProgress('parse', 0, 1);
  const extracted = translateImportErrors(() => extractSeries(input.text, input.selection ?? {}, input.options ?? {}));
  if (extracted.errorCount > 0) {
    const details = extracted.errors.slice(0, MAX_ERROR_DETAILS).map((e) => ({ path: `line ${e.line}`, message: e.reason }));
    const [first] = extracted.errors;
    throw new S3Error(
      'BAD_ROWS',
      `${extracted.errorCount} bad row${extracted.errorCount === 1 ? '' : 's'}; nothing was imported. First: line ${first?.line}: ${first?.reason}`,
      details,
    );
  }
  onProgress('parse', 1, 1);

  onProgress('recode', 0, 1);
  const nuts = await createReferenceRepository(deps.db).listNutsLevels();
  const recoded = recodeSeriesToNuts2021(extracted, nutsRecodingTable(), new Set(nuts.keys()));
  const isNace = extracted.activityDimension.toLowerCase().startsWith('nace');
  const series = toSeriesRows(recoded, nuts, isNace);
  onProgress('recode', 1, 1);

  const selection = { ...extracted.selection };
  const measure = Object.entries(selection).map(([dimension, code]) => describeCode(dimension, code)).join(', ') || 'value';
  return deps.db.transaction(async (tx) => {
    const datasets = createDatasetsRepository(tx);
    const previous = await datasets.findByName(input.name);
    if (previous) await datasets.delete(previous.id);
    const dataset = await datasets.insert({
      name: input.name,
      description: input.description ?? '',
      sourceFile: input.sourceFile,
      format: extracted.format,
      selection,
      measure,
      unit: extracted.unit,
      activityDimension: extracted.activityDimension,
      years: recoded.series.years,
      regionCount: new Set(series.map((s) => s.region)).size,
      activityCount: new Set(series.map((s) => s.activity)).size,
      observationCount: series.reduce((sum, s) => sum + s.observed, 0),
      missingNotAvailable: extracted.missing.notAvailable,
      missingConfidential: extracted.missing.confidential,
      recodingNotes: recoded.notes,
      isDemo: input.isDemo ?? false,
      importedBy: actor === 'system' ? null : actor.userId,
      importedAt: deps.clock(),
    });
    const rows = series.map((s) => ({ ...s, datasetId: dataset.id }));
    await datasets.insertSeries(rows, (done) => onProgress('write', done, rows.length));
    await createAuditRepository(tx).record({
      actorUserId: actor === 'system' ? null : actor.userId,
      action: previous ? 's3.dataset.replace' : 's3.dataset.import',
      targetType: 's3_dataset',
      targetId: dataset.id,
      details: { name: input.name, sourceFile: input.sourceFile, selection, series: rows.length },
    });
    return dataset;
  });
}

/** One row per (region, activity), with the file's original codes and the NUTS level. */
function toSeriesRows(recoded: RecodedSeries, nuts: ReadonlyMap<string, number>, isNace: boolean): Omit<SeriesRow, 'datasetId'>[] {
  const originals = new Map(recoded.series.regions.map((code, index) => [code, (recoded.originalRegions[index] ?? [code]).join('+')]));
  return groupObservations(recoded.series, isNace ? naceDisplayCode : undefined).map((row) => ({
    ...row,
    originalRegion: originals.get(row.region) ?? row.region,
    regionLevel: nuts.get(row.region) ?? Math.max(0, Math.min(3, nutsLevel(row.region))),
  }));
}

function translateImportErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DatasetImportError) {
      throw new S3Error(error.code === 'SELECTION_REQUIRED' ? 'SELECTION_REQUIRED' : 'INVALID_FILE', error.message);
    }
    throw error;
  }
}
