import ExcelJS from 'exceljs';
import { toCsv } from './csv.ts';

export type TableExport = {
  format: 'csv' | 'xlsx';
  sheetName: string;
  columns: string[];
  rows: Record<string, unknown>[];
};

/** A report table as CSV or as an XLSX workbook with one sheet (header row bold and frozen). */
export async function exportTable(
  table: TableExport,
): Promise<{ content: Buffer; mediaType: string; extension: string }> {
  if (table.format === 'csv') {
    return {
      content: Buffer.from(toCsv(table.rows, table.columns), 'utf8'),
      mediaType: 'text/csv; charset=utf-8',
      extension: 'csv',
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.columns = table.columns.map((column) => ({
    header: column,
    key: column,
    width: Math.max(12, column.length + 2),
  }));
  for (const row of table.rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    content,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
}

/** Reads the first sheet of an XLSX workbook as rows of text cells (the header row included). */
export async function readSheet(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((value) => cellText(value)));
  });
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (cell.text !== undefined) return String(cell.text);
    if (cell.result !== undefined) return String(cell.result);
    return '';
  }
  return String(value);
}
