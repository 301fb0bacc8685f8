/** Line and CSV record readers over a whole file held in a string (the caller gunzips). */

/** Strips a UTF-8 byte order mark, which Excel puts in front of CSV exports. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Calls `visit` for each line after the first `skip` lines with its 1-based number, without the
 * line break (`\n` or `\r\n`). Blank lines are skipped. Works on indexes instead of
 * `text.split('\n')` so that a 200,000-line file is not held twice.
 */
export function forEachLine(
  text: string,
  skip: number,
  visit: (line: string, lineNumber: number) => void,
): void {
  let start = 0;
  let lineNumber = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber += 1;
    if (lineNumber > skip) {
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      if (/\S/.test(line)) visit(line, lineNumber);
    }
    start = end + 1;
  }
}

/** The first line of the file (without BOM and line break). */
export function firstLine(text: string): string {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  return stripBom(line).replace(/\r$/, '');
}

export type CsvDelimiter = ',' | ';' | '\t';

/** Picks the delimiter that splits the header into the most fields. */
export function sniffDelimiter(header: string): CsvDelimiter {
  const candidates: CsvDelimiter[] = [',', ';', '\t'];
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = splitCsvLine(header, candidate).length;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Splits one line that holds a complete record (RFC 4180 quoting: "a, b" and "say ""hi"""). */
export function splitCsvLine(line: string, delimiter: CsvDelimiter): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  return parseQuotedRecord(line, 0, delimiter).fields;
}

/**
 * Reads one record starting at `start`; a quoted field may contain delimiters, doubled quotes
 * and line breaks. Returns the fields, the index after the record's line break and the number of
 * line breaks consumed inside quotes.
 */
function parseQuotedRecord(
  text: string,
  start: number,
  delimiter: CsvDelimiter,
): { fields: string[]; next: number; extraLines: number } {
  const fields: string[] = [];
  let field = '';
  let isQuoted = false;
  let extraLines = 0;
  let index = start;
  while (index < text.length) {
    const char = text[index];
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') isQuoted = false;
      else {
        if (char === '\n') extraLines += 1;
        field += char;
      }
      index += 1;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      isQuoted = true;
      field = '';
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n') {
      break;
    } else if (char !== '\r' || text[index + 1] !== '\n') {
      field += char;
    }
    index += 1;
  }
  fields.push(field);
  return { fields, next: index + 1, extraLines };
}

/**
 * Calls `visit` for each CSV record after the header with the line number where it starts.
 * Lines without quotes take the fast path (`split`); quoted records may span lines.
 */
export function forEachCsvRecord(
  text: string,
  delimiter: CsvDelimiter,
  visit: (fields: string[], lineNumber: number) => void,
): void {
  let start = 0;
  let lineNumber = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber += 1;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    if (!line.includes('"')) {
      if (lineNumber > 1 && /\S/.test(line)) visit(line.split(delimiter), lineNumber);
      start = end + 1;
      continue;
    }
    const record = parseQuotedRecord(text, start, delimiter);
    if (lineNumber > 1) visit(record.fields, lineNumber);
    lineNumber += record.extraLines;
    start = record.next;
  }
}
