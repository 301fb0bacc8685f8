/**
 * Eurostat's bulk TSV: `unit,nace_r2,age,geo\time<TAB>2015 <TAB>2014 …`, one line per
 * combination of codes and one column per period (newest first). The header may say
 * `geo\TIME_PERIOD`; only annual periods can be imported.
 */
import { checkRowKeys, type DatasetReader, type DatasetLayout, type ScanVisitor } from './dataset-reader.ts';
import { detectDimensionRoles } from './dimension-roles.ts';
import { DatasetImportError, type ImportOptions } from './import-types.ts';
import { createParsedCell, parseObservationCellAt } from './observation-cell.ts';
import { firstLine, forEachLine } from './text-lines.ts';

export function isEurostatTsvHeader(header: string): boolean {
  const [first = ''] = header.split('\t');
  return header.includes('\t') && first.includes('\\');
}

function readHeader(header: string): { dimensions: string[]; years: number[] } {
  const [first = '', ...periodCells] = header.split('\t');
  const slash = first.indexOf('\\');
  if (slash < 0)
    throw new DatasetImportError('BAD_HEADER', `not a Eurostat TSV header: "${first}" has no "\\time" part`);
  const dimensions = first
    .slice(0, slash)
    .split(',')
    .map((name) => name.trim());
  if (dimensions.some((name) => name === ''))
    throw new DatasetImportError('BAD_HEADER', `empty dimension name in "${first}"`);
  // Some exports end every line with a tab.
  while (periodCells.length > 0 && (periodCells.at(-1) ?? '').trim() === '') periodCells.pop();
  const periods = periodCells.map((cell) => cell.trim());
  const notAnnual = periods.find((period) => !/^\d{4}$/.test(period));
  if (notAnnual !== undefined) {
    throw new DatasetImportError(
      'UNSUPPORTED_PERIOD',
      `only annual data can be imported; the file has the period "${notAnnual}" (download the annual dataset, e.g. with columns 2015, 2014…)`,
    );
  }
  if (periods.length === 0) throw new DatasetImportError('BAD_HEADER', 'the header has no year columns');
  const years = periods.map(Number);
  if (new Set(years).size !== years.length)
    throw new DatasetImportError('BAD_HEADER', 'a year column appears twice in the header');
  return { dimensions, years };
}

function countColumns(line: string): number {
  let count = 1;
  for (let at = line.indexOf('\t'); at >= 0; at = line.indexOf('\t', at + 1)) count += 1;
  return count;
}

/** Index of the `n`-th tab (1-based). */
function nthTab(line: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = line.indexOf('\t', at + 1);
  return at;
}

export function openEurostatTsv(text: string, options: ImportOptions = {}): DatasetReader {
  const { dimensions, years } = readHeader(firstLine(text));
  const layout: DatasetLayout = {
    format: 'eurostat-tsv',
    dimensions,
    ...detectDimensionRoles(dimensions, options),
  };
  const columnCount = years.length + 1;
  return {
    layout,
    scan(visitor: ScanVisitor): void {
      const cell = createParsedCell();
      forEachLine(text, 1, (line, lineNumber) => {
        const columns = countColumns(line);
        const hasExtraCells =
          columns > columnCount && line.slice(nthTab(line, columnCount - 1)).trim() !== '';
        if (columns < columnCount || hasExtraCells) {
          visitor.error(lineNumber, `expected ${columnCount} tab-separated columns, found ${columns}`);
          return;
        }
        const keyEnd = line.indexOf('\t');
        const keyText = line.slice(0, keyEnd);
        const keys = keyText.includes(' ') ? keyText.split(',').map((key) => key.trim()) : keyText.split(',');
        if (keys.length !== dimensions.length) {
          visitor.error(
            lineNumber,
            `expected ${dimensions.length} codes (${dimensions.join(',')}) in the first column, found ${keys.length}`,
          );
          return;
        }
        const keyProblem = checkRowKeys(keys, layout);
        if (keyProblem !== null) {
          visitor.error(lineNumber, keyProblem);
          return;
        }
        if (!visitor.row(lineNumber, keys)) return;
        // Walk the cells by index: slicing 10⁶ small strings out of the lines costs more than parsing them.
        let cellStart = keyEnd + 1;
        for (let column = 1; column < columnCount; column++) {
          let cellEnd = line.indexOf('\t', cellStart);
          if (cellEnd < 0) cellEnd = line.length;
          const year = years[column - 1] ?? 0;
          const problem = parseObservationCellAt(line, cellStart, cellEnd, cell);
          if (problem === null) visitor.observation(lineNumber, keys, year, cell);
          else visitor.error(lineNumber, `${year}: ${problem}`);
          cellStart = cellEnd + 1;
        }
      });
    },
  };
}
