/**
 * The tidy CSV analysts write by hand or from R/pandas: `region,activity,year,value` with a
 * header, the year optional, optional `flags` and `unit` columns, any other column being an
 * extra dimension. Comma, semicolon or tab separated; quoted fields allowed.
 */
import { checkRowKeys, type DatasetLayout, type DatasetReader, type ScanVisitor } from './dataset-reader.ts';
import { detectDimensionRoles } from './dimension-roles.ts';
import { DatasetImportError, UNDATED_YEAR, type ImportOptions } from './import-types.ts';
import { createParsedCell, parseObservationCell } from './observation-cell.ts';
import { firstLine, forEachCsvRecord, sniffDelimiter, splitCsvLine } from './text-lines.ts';

const VALUE_COLUMN = /^(value|values|obs_value)$/i;
const YEAR_COLUMN = /^(year|time|time_period|period)$/i;
const FLAG_COLUMN = /^(flag|flags|obs_flag)$/i;

export function isTidyCsvHeader(names: readonly string[]): boolean {
  return names.some((name) => VALUE_COLUMN.test(name.trim()));
}

export function openTidyCsv(text: string, options: ImportOptions = {}): DatasetReader {
  const header = firstLine(text);
  const delimiter = sniffDelimiter(header);
  const names = splitCsvLine(header, delimiter).map((name) => name.trim());
  const valueColumn = names.findIndex((name) => VALUE_COLUMN.test(name));
  if (valueColumn < 0)
    throw new DatasetImportError(
      'BAD_HEADER',
      `a tidy CSV needs a header with a value column, e.g. region,activity,year,value (found ${names.join(',')})`,
    );
  const yearColumn = names.findIndex((name) => YEAR_COLUMN.test(name));
  const flagColumn = names.findIndex((name) => FLAG_COLUMN.test(name));
  const dimensionColumns = names
    .map((name, index) => ({ name, index }))
    .filter(({ index }) => index !== valueColumn && index !== yearColumn && index !== flagColumn);
  const dimensions = dimensionColumns.map(({ name }) => name);
  const layout: DatasetLayout = {
    format: 'tidy-csv',
    dimensions,
    ...detectDimensionRoles(dimensions, options),
  };
  const undatedYear = options.year ?? UNDATED_YEAR;

  return {
    layout,
    scan(visitor: ScanVisitor): void {
      const cell = createParsedCell();
      forEachCsvRecord(text, delimiter, (fields, lineNumber) => {
        if (fields.length !== names.length) {
          visitor.error(lineNumber, `expected ${names.length} fields, found ${fields.length}`);
          return;
        }
        const keys = dimensionColumns.map(({ index }) => (fields[index] ?? '').trim());
        const keyProblem = checkRowKeys(keys, layout);
        if (keyProblem !== null) {
          visitor.error(lineNumber, keyProblem);
          return;
        }
        if (!visitor.row(lineNumber, keys)) return;
        let year = undatedYear;
        if (yearColumn >= 0) {
          const yearText = (fields[yearColumn] ?? '').trim();
          if (!/^\d{4}$/.test(yearText)) {
            visitor.error(lineNumber, `year "${yearText}" is not a number (four digits expected)`);
            return;
          }
          year = Number(yearText);
        }
        const flags = flagColumn < 0 ? '' : (fields[flagColumn] ?? '').trim();
        const value = (fields[valueColumn] ?? '').trim();
        const problem = parseObservationCell(
          flags === '' ? value : `${value === '' ? ':' : value} ${flags}`,
          cell,
        );
        if (problem === null) visitor.observation(lineNumber, keys, year, cell);
        else visitor.error(lineNumber, problem);
      });
    },
  };
}
