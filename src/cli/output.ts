import { Option } from 'commander';
import { toCsv } from '../platform/csv.ts';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const formatOption = () =>
  new Option('--format <format>', 'output format').choices(FORMATS).default('table' as Format);

type Row = Record<string, string | number | boolean | null | undefined>;

/** Prints rows as an aligned table (default), a JSON array, or CSV with a header. */
export function printRows(rows: Row[], columns: string[], format: Format): void {
  if (format === 'json') {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  if (format === 'csv') {
    process.stdout.write(toCsv(rows, columns));
    return;
  }
  const cells = rows.map((row) =>
    columns.map((c) => (row[c] === null || row[c] === undefined ? '' : String(row[c]))),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log([line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n'));
}

export function printObject(value: Record<string, unknown>, format: Format): void {
  if (format === 'json') console.log(JSON.stringify(value, null, 2));
  else for (const [key, item] of Object.entries(value)) console.log(`${key}: ${String(item)}`);
}
