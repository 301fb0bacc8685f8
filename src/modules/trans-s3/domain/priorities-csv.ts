// RIS3 priorities as a CSV file: one priority a row, code lists `;`-separated.
//
//   region,priority_id,title,description,nace,nabs,objectives,tech_fields[,source_document,source_year]
//   PL84,P1,Food processing,"Dairy, meat ...",C10;A01,08,public-health-food-security,18;35,RIS3 Podlaskie 2021-2027,2021
import { parse } from 'csv-parse/sync';
import type { Priority } from './priority.ts';

export const PRIORITY_CSV_COLUMNS = [
  'region',
  'priority_id',
  'title',
  'description',
  'nace',
  'nabs',
  'objectives',
  'tech_fields',
] as const;
export const PRIORITY_CSV_OPTIONAL_COLUMNS = ['source_document', 'source_year'] as const;
type Column = (typeof PRIORITY_CSV_COLUMNS)[number] | (typeof PRIORITY_CSV_OPTIONAL_COLUMNS)[number];
const ALL_COLUMNS: readonly Column[] = [...PRIORITY_CSV_COLUMNS, ...PRIORITY_CSV_OPTIONAL_COLUMNS];

export type PriorityRow = Priority & { sourceDocument: string | null; sourceYear: number | null };

/** The reference codes a priority may use. */
export type KnownCodes = {
  nace: ReadonlySet<string>;
  nabs: ReadonlySet<string>;
  objectives: ReadonlySet<string>;
  techFields: ReadonlySet<number>;
};

export type CsvErrorDetail = { line: number; field: string; message: string };

/** Everything wrong with a priorities CSV: each bad value with its line (1 = header) and column. */
export class PrioritiesCsvError extends Error {
  readonly details: CsvErrorDetail[];
  constructor(details: CsvErrorDetail[]) {
    super(
      `the priorities CSV has ${details.length} error${details.length === 1 ? '' : 's'}: ${details
        .slice(0, 3)
        .map((d) => `line ${d.line}, ${d.field}: ${d.message}`)
        .join('; ')}${details.length > 3 ? '; …' : ''}`,
    );
    this.name = 'PrioritiesCsvError';
    this.details = details;
  }
}

const NUTS_PATTERN = /^[A-Z]{2}[0-9A-Z]{0,3}$/;
const NACE_PATTERN = /^[A-U](\d{2}(\.\d{1,2})?)?$/;

type ParsedRecord = { record: string[]; info: { lines: number } };

const list = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * Parses and checks a priorities CSV; throws a PrioritiesCsvError listing every bad value. The id of
 * a priority is `${region}:${priority_id}`. NACE codes are trimmed and upper-cased and need their
 * section letter ("C10.51", not "10.51"); a one-digit NABS chapter is read as two ("8" → "08").
 */
export function parsePrioritiesCsv(text: string, known: KnownCodes): PriorityRow[] {
  const errors: CsvErrorDetail[] = [];
  let records: ParsedRecord[];
  try {
    // csv-parse's typings do not model `info: true`, which turns each record into { record, info }.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 0;
    const message = error instanceof Error ? error.message : String(error);
    throw new PrioritiesCsvError([{ line, field: '(file)', message: `not valid CSV: ${message}` }]);
  }
  // csv-parse counts the line a record ends on; a quoted cell may span lines.
  const startLine = (entry: ParsedRecord) =>
    entry.info.lines - entry.record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);

  const [header, ...rows] = records;
  if (!header) throw new PrioritiesCsvError([{ line: 1, field: '(header)', message: 'the file is empty' }]);
  const names = header.record.map((name) => name.trim().toLowerCase());
  const index = new Map<Column, number>();
  const headerLine = startLine(header);
  names.forEach((name, i) => {
    if (!(ALL_COLUMNS as readonly string[]).includes(name))
      errors.push({ line: headerLine, field: name || `(column ${i + 1})`, message: 'unknown column' });
    else if (index.has(name as Column))
      errors.push({ line: headerLine, field: name, message: 'duplicate column' });
    else index.set(name as Column, i);
  });
  for (const column of PRIORITY_CSV_COLUMNS)
    if (!index.has(column)) errors.push({ line: headerLine, field: column, message: 'missing column' });
  if (errors.length > 0) {
    errors.push({
      line: headerLine,
      field: '(header)',
      message: `expected the header ${[...PRIORITY_CSV_COLUMNS].join(',')} (optionally ,${PRIORITY_CSV_OPTIONAL_COLUMNS.join(',')})`,
    });
    throw new PrioritiesCsvError(errors);
  }

  const result: PriorityRow[] = [];
  const seen = new Map<string, number>();
  for (const entry of rows) {
    const line = startLine(entry);
    const cells = entry.record;
    if (cells.length !== names.length) {
      errors.push({
        line,
        field: '(row)',
        message: `has ${cells.length} cells, the header ${names.length}`,
      });
      continue;
    }
    const cell = (column: Column) => {
      const i = index.get(column);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const fail = (field: Column, message: string) => errors.push({ line, field, message });

    const region = cell('region').toUpperCase();
    if (!region) fail('region', 'is missing');
    else if (!NUTS_PATTERN.test(region))
      fail('region', `"${region}" is not a NUTS code (e.g. PL84, LT, FI1C4)`);
    const code = cell('priority_id');
    if (!code) fail('priority_id', 'is missing');
    const title = cell('title');
    if (!title) fail('title', 'is missing');

    const nace: string[] = [];
    for (const raw of list(cell('nace'))) {
      const value = raw.replace(/\s+/g, '').toUpperCase();
      if (/^\d/.test(value)) fail('nace', `"${raw}" lacks its section letter (write e.g. C10.51, not 10.51)`);
      else if (!NACE_PATTERN.test(value) || !known.nace.has(value))
        fail('nace', `"${raw}" is not a NACE Rev.2 code`);
      else if (!nace.includes(value)) nace.push(value);
    }
    const nabs: string[] = [];
    for (const raw of list(cell('nabs'))) {
      const value = /^\d$/.test(raw) ? `0${raw}` : raw;
      if (!known.nabs.has(value)) fail('nabs', `"${raw}" is not a NABS 2007 chapter (01..14)`);
      else if (!nabs.includes(value)) nabs.push(value);
    }
    const objectives: string[] = [];
    for (const raw of list(cell('objectives'))) {
      const value = raw.toLowerCase();
      if (!known.objectives.has(value)) fail('objectives', `"${raw}" is not a known policy objective`);
      else if (!objectives.includes(value)) objectives.push(value);
    }
    const techFields: number[] = [];
    for (const raw of list(cell('tech_fields'))) {
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value < 1 || value > 35 || !known.techFields.has(value))
        fail('tech_fields', `"${raw}" is not a WIPO technology field (1..35)`);
      else if (!techFields.includes(value)) techFields.push(value);
    }
    const sourceDocument = cell('source_document') || null;
    const yearCell = cell('source_year');
    let sourceYear: number | null = null;
    if (yearCell) {
      if (/^\d{4}$/.test(yearCell)) sourceYear = Number(yearCell);
      else fail('source_year', `"${yearCell}" is not a year`);
    }

    if (region && code) {
      const id = `${region}:${code}`;
      const first = seen.get(id);
      if (first !== undefined)
        fail('priority_id', `"${code}" repeats region ${region}'s priority of line ${first}`);
      else seen.set(id, line);
    }
    result.push({
      id: `${region}:${code}`,
      region,
      code,
      title,
      description: cell('description'),
      nace,
      nabs,
      objectives,
      techFields,
      sourceDocument,
      sourceYear,
    });
  }
  if (errors.length > 0) throw new PrioritiesCsvError(errors);
  return result;
}

const quote = (value: string) =>
  /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;

/** Writes priorities as a CSV that parsePrioritiesCsv reads back to the same rows (with the optional columns). */
export function formatPrioritiesCsv(rows: readonly PriorityRow[]): string {
  const lines = rows.map((row) =>
    [
      row.region,
      row.code,
      row.title,
      row.description,
      row.nace.join(';'),
      row.nabs.join(';'),
      row.objectives.join(';'),
      row.techFields.join(';'),
      row.sourceDocument ?? '',
      row.sourceYear === null ? '' : String(row.sourceYear),
    ]
      .map(quote)
      .join(','),
  );
  return [ALL_COLUMNS.join(','), ...lines].join('\n') + '\n';
}
