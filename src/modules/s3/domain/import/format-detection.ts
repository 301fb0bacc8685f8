/** Tells the three import formats apart from the header line. */
import type { DatasetReader } from './dataset-reader.ts';
import { isEurostatTsvHeader, openEurostatTsv } from './eurostat-tsv.ts';
import { DatasetImportError, type ImportFormat, type ImportOptions } from './import-types.ts';
import { isSdmxCsvHeader, openSdmxCsv } from './sdmx-csv.ts';
import { firstLine, sniffDelimiter, splitCsvLine } from './text-lines.ts';
import { isTidyCsvHeader, openTidyCsv } from './tidy-csv.ts';

export function detectFormat(text: string): ImportFormat {
  const header = firstLine(text);
  if (header.trim() === '') throw new DatasetImportError('EMPTY_FILE', 'the file is empty');
  if (isEurostatTsvHeader(header)) return 'eurostat-tsv';
  const names = splitCsvLine(header, sniffDelimiter(header));
  if (isSdmxCsvHeader(names)) return 'sdmx-csv';
  if (isTidyCsvHeader(names)) return 'tidy-csv';
  throw new DatasetImportError(
    'UNKNOWN_FORMAT',
    `unrecognised file: expected a Eurostat TSV (first column like "nace_r2,geo\\time"), SDMX-CSV (TIME_PERIOD and OBS_VALUE columns) or a tidy CSV with a header such as region,activity,year,value; the first line is "${header.slice(0, 120)}"`,
  );
}

export function openDataset(text: string, options: ImportOptions = {}): DatasetReader {
  const format = detectFormat(text);
  switch (format) {
    case 'eurostat-tsv':
      return openEurostatTsv(text, options);
    case 'sdmx-csv':
      return openSdmxCsv(text, options);
    case 'tidy-csv':
      return openTidyCsv(text, options);
  }
}
