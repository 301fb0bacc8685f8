/**
 * SDMX-CSV as Eurostat's API and data browser write it:
 * `DATAFLOW,LAST UPDATE,freq,unit,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG[,CONF_STATUS]`,
 * one observation per line. With "labels" downloads, codes read `AT: Österreich`; the code
 * before the colon is kept and the label dropped.
 */
import {
  checkRowKeys,
  parseAnnualPeriod,
  type DatasetLayout,
  type DatasetReader,
  type ScanVisitor,
} from './dataset-reader.ts';
import { detectDimensionRoles } from './dimension-roles.ts';
import { DatasetImportError, type ImportOptions } from './import-types.ts';
import { addFlag, createParsedCell, parseObservationCell } from './observation-cell.ts';
import { firstLine, forEachCsvRecord, sniffDelimiter, splitCsvLine } from './text-lines.ts';

/** Columns that describe the file, not the observation. */
const METADATA_COLUMNS = new Set([
  'dataflow',
  'last update',
  'structure',
  'structure_id',
  'structure_name',
  'action',
]);

/** `AT: Österreich` → `AT`; `2015` → `2015`. */
export function codeOf(cell: string): string {
  const colon = cell.indexOf(':');
  return (colon > 0 ? cell.slice(0, colon) : cell).trim();
}

export function isSdmxCsvHeader(names: readonly string[]): boolean {
  const lower = names.map((name) => codeOf(name).toLowerCase());
  return lower.includes('time_period') && lower.includes('obs_value');
}

/** Confidentiality status other than F (free) hides the value (SDMX code list CL_CONF_STATUS). */
const isConfidentialStatus = (status: string): boolean => status !== '' && status.toUpperCase() !== 'F';

export function openSdmxCsv(text: string, options: ImportOptions = {}): DatasetReader {
  const header = firstLine(text);
  const delimiter = sniffDelimiter(header);
  const names = splitCsvLine(header, delimiter).map(codeOf);
  const column = (name: string): number => names.findIndex((candidate) => candidate.toLowerCase() === name);
  const timeColumn = column('time_period');
  const valueColumn = column('obs_value');
  const flagColumn = column('obs_flag');
  const statusColumn = column('conf_status');
  if (timeColumn < 0 || valueColumn < 0)
    throw new DatasetImportError('BAD_HEADER', 'an SDMX-CSV file needs TIME_PERIOD and OBS_VALUE columns');
  const special = new Set([timeColumn, valueColumn, flagColumn, statusColumn]);
  const dimensionColumns = names
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => !special.has(index) && !METADATA_COLUMNS.has(name.toLowerCase()));
  const dimensions = dimensionColumns.map(({ name }) => name);
  const layout: DatasetLayout = {
    format: 'sdmx-csv',
    dimensions,
    ...detectDimensionRoles(dimensions, options),
  };

  return {
    layout,
    scan(visitor: ScanVisitor): void {
      const cell = createParsedCell();
      let annualRows = 0;
      let firstOtherPeriod: string | null = null;
      forEachCsvRecord(text, delimiter, (fields, lineNumber) => {
        if (fields.length !== names.length) {
          visitor.error(lineNumber, `expected ${names.length} fields, found ${fields.length}`);
          return;
        }
        const keys = dimensionColumns.map(({ index }) => codeOf(fields[index] ?? ''));
        const keyProblem = checkRowKeys(keys, layout);
        if (keyProblem !== null) {
          visitor.error(lineNumber, keyProblem);
          return;
        }
        const period = (fields[timeColumn] ?? '').trim();
        const year = parseAnnualPeriod(period);
        if (year === null) firstOtherPeriod ??= period;
        else annualRows += 1;
        if (!visitor.row(lineNumber, keys)) return;
        if (year === null) {
          visitor.error(lineNumber, `period "${period}" is not a year (only annual data can be imported)`);
          return;
        }
        const flags = flagColumn < 0 ? '' : codeOf(fields[flagColumn] ?? '');
        const value = (fields[valueColumn] ?? '').trim();
        const problem = parseObservationCell(
          flags === '' ? value : `${value === '' ? ':' : value} ${flags}`,
          cell,
        );
        if (problem !== null) {
          visitor.error(lineNumber, problem);
          return;
        }
        if (statusColumn >= 0 && isConfidentialStatus(codeOf(fields[statusColumn] ?? ''))) {
          cell.flags = addFlag(cell.flags, 'c');
          cell.value = Number.NaN;
        }
        visitor.observation(lineNumber, keys, year, cell);
      });
      if (annualRows === 0 && firstOtherPeriod !== null) {
        throw new DatasetImportError(
          'UNSUPPORTED_PERIOD',
          `only annual data can be imported; the file has the period "${firstOtherPeriod}"`,
        );
      }
    },
  };
}
