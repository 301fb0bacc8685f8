/**
 * Minimal readers for the two Excel formats of Eurostat's NUTS correspondence workbooks:
 * Office Open XML (`.xlsx`, a zip of XML parts) and legacy BIFF8 (`.xls`, a compound file).
 *
 * Why hand-written: python has no openpyxl/xlrd here and the only npm reader (SheetJS `xlsx`)
 * ships with open advisories on the public registry. The workbooks are machine-written by Excel,
 * so a small reader that understands cell values (strings, numbers) and nothing else — no styles,
 * formulas are read from their cached result — is enough, and the build checks what it reads
 * (see `build-nuts-recoding.ts`), so a misread fails loudly instead of producing a wrong table.
 */
import { inflateRawSync } from 'node:zlib';

/** A sheet as rows of cells; `rows[r][c]` is the cell's text (numbers as JS would print them), '' when empty. */
export type SheetRows = string[][];
export type Workbook = Map<string, SheetRows>;

// ---------------------------------------------------------------------------------------------
// xlsx
// ---------------------------------------------------------------------------------------------

/** Reads every file of a zip archive (stored or deflated entries, which is all Excel writes). */
export function readZipEntries(zip: Buffer): Map<string, Buffer> {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    // The local header's own name/extra lengths may differ from the central directory's.
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) entries.set(name, raw);
    else if (method === 8) entries.set(name, inflateRawSync(raw));
    else throw new Error(`zip: unsupported compression method ${method} for ${name}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) return at;
  }
  throw new Error('zip: end of central directory not found (not an xlsx file?)');
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return (
    text
      .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
        if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
        if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
        return XML_ENTITIES[entity] ?? whole;
      })
      // Excel escapes control characters as _xHHHH_.
      .replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  );
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1];
}

/** Concatenates the <t> runs of one <si> or <is> element (rich text has several). */
function textRuns(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += decodeXmlText(match[1] ?? '');
  return text;
}

/** "AB12" → 27 (zero-based column). */
export function columnIndex(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

function resolvePartPath(target: string): string {
  const clean = target.replace(/^\//, '');
  return clean.startsWith('xl/') ? clean : `xl/${clean}`;
}

export function readXlsx(file: Buffer): Workbook {
  const parts = readZipEntries(file);
  const part = (name: string): string => {
    const content = parts.get(name);
    if (content === undefined) throw new Error(`xlsx: missing part ${name}`);
    return content.toString('utf8');
  };
  const sharedStrings: string[] = [];
  if (parts.has('xl/sharedStrings.xml')) {
    for (const match of part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
      sharedStrings.push(textRuns(match[1] ?? ''));
    }
  }
  const relationships = new Map<string, string>();
  for (const match of part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    if (id !== undefined && target !== undefined) relationships.set(id, resolvePartPath(target));
  }
  const workbook: Workbook = new Map();
  for (const match of part('xl/workbook.xml').matchAll(/<sheet\s[^>]*>/g)) {
    const name = decodeXmlText(attribute(match[0], 'name') ?? '');
    const target = relationships.get(attribute(match[0], 'r:id') ?? '');
    if (target === undefined) throw new Error(`xlsx: sheet ${name} has no part`);
    workbook.set(name, parseSheetXml(part(target), sharedStrings));
  }
  return workbook;
}

function parseSheetXml(xml: string, sharedStrings: readonly string[]): SheetRows {
  const rows: SheetRows = [];
  for (const rowMatch of xml.matchAll(/<row\s([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(attribute(` ${rowMatch[1] ?? ''}`, 'r'));
    const cells: string[] = [];
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = ` ${cellMatch[1] ?? ''}`;
      const body = cellMatch[2] ?? '';
      const column = columnIndex(attribute(tag, 'r') ?? '');
      const type = attribute(tag, 't');
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = '';
      if (type === 's') text = sharedStrings[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textRuns(body);
      else if (value !== undefined) text = decodeXmlText(value);
      while (cells.length < column) cells.push('');
      cells[column] = text;
    }
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// xls (BIFF8 inside a compound file)
// ---------------------------------------------------------------------------------------------

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;

/** Reads one stream ("Workbook") of a compound file binary (CFB v3/v4). */
export function readCompoundFileStream(file: Buffer, streamName: string): Buffer {
  if (file.readUInt32LE(0) !== 0xe011cfd0 || file.readUInt32LE(4) !== 0xe11ab1a1) {
    throw new Error('xls: not a compound file');
  }
  const sectorSize = 1 << file.readUInt16LE(0x1e);
  const miniSectorSize = 1 << file.readUInt16LE(0x20);
  const firstDirectorySector = file.readUInt32LE(0x30);
  const miniStreamCutoff = file.readUInt32LE(0x38);
  const firstMiniFatSector = file.readUInt32LE(0x3c);
  let difatSector = file.readUInt32LE(0x44);
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;

  // The DIFAT lists the sectors holding the FAT: 109 entries in the header, then a chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(file.readUInt32LE(0x4c + i * 4));
  while (difatSector !== END_OF_CHAIN && difatSector !== FREE_SECTOR) {
    const base = sectorOffset(difatSector);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) fatSectors.push(file.readUInt32LE(base + i * 4));
    difatSector = file.readUInt32LE(base + perSector * 4);
  }
  const fat: number[] = [];
  for (const sector of fatSectors) {
    if (sector === FREE_SECTOR || sector === END_OF_CHAIN) continue;
    const base = sectorOffset(sector);
    for (let i = 0; i < sectorSize / 4; i++) fat.push(file.readUInt32LE(base + i * 4));
  }
  const readChain = (start: number, table: readonly number[], read: (sector: number) => Buffer): Buffer => {
    const chunks: Buffer[] = [];
    const seen = new Set<number>();
    for (
      let sector = start;
      sector !== END_OF_CHAIN && sector !== FREE_SECTOR;
      sector = table[sector] ?? END_OF_CHAIN
    ) {
      if (seen.has(sector)) throw new Error('xls: cyclic sector chain');
      seen.add(sector);
      chunks.push(read(sector));
    }
    return Buffer.concat(chunks);
  };
  const readSector = (sector: number): Buffer =>
    file.subarray(sectorOffset(sector), sectorOffset(sector) + sectorSize);

  const directory = readChain(firstDirectorySector, fat, readSector);
  type Entry = { name: string; type: number; start: number; size: number };
  const entries: Entry[] = [];
  for (let at = 0; at + 128 <= directory.length; at += 128) {
    const nameBytes = directory.readUInt16LE(at + 0x40);
    entries.push({
      name: directory.toString('utf16le', at, at + Math.max(0, nameBytes - 2)),
      type: directory.readUInt8(at + 0x42),
      start: directory.readUInt32LE(at + 0x74),
      size: directory.readUInt32LE(at + 0x78),
    });
  }
  const entry = entries.find((candidate) => candidate.type === 2 && candidate.name === streamName);
  if (entry === undefined) throw new Error(`xls: stream ${streamName} not found`);
  if (entry.size >= miniStreamCutoff) return readChain(entry.start, fat, readSector).subarray(0, entry.size);

  // Small streams live in the mini stream (the root entry's data), addressed by the mini FAT.
  const root = entries.find((candidate) => candidate.type === 5);
  if (root === undefined) throw new Error('xls: no root entry');
  const miniStream = readChain(root.start, fat, readSector);
  const miniFatBytes = readChain(firstMiniFatSector, fat, readSector);
  const miniFat: number[] = [];
  for (let at = 0; at + 4 <= miniFatBytes.length; at += 4) miniFat.push(miniFatBytes.readUInt32LE(at));
  const readMiniSector = (sector: number): Buffer =>
    miniStream.subarray(sector * miniSectorSize, (sector + 1) * miniSectorSize);
  return readChain(entry.start, miniFat, readMiniSector).subarray(0, entry.size);
}

type BiffRecord = {
  type: number;
  data: Buffer;
  /** offsets in `data` where a CONTINUE record began */ breaks: number[];
};

const RECORD = {
  bof: 0x0809,
  eof: 0x000a,
  boundSheet: 0x0085,
  sst: 0x00fc,
  labelSst: 0x00fd,
  label: 0x0204,
  number: 0x0203,
  rk: 0x027e,
  mulRk: 0x00bd,
  formula: 0x0006,
  string: 0x0207,
  continue: 0x003c,
} as const;

/** Splits a BIFF stream into records, gluing CONTINUE records to the record they continue. */
function readBiffRecords(stream: Buffer, start: number): { record: BiffRecord; offset: number }[] {
  const records: { record: BiffRecord; offset: number }[] = [];
  let at = start;
  let depth = 0;
  while (at + 4 <= stream.length) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    const data = stream.subarray(at + 4, at + 4 + length);
    const previous = records.at(-1);
    if (type === RECORD.continue && previous !== undefined) {
      previous.record.breaks.push(previous.record.data.length);
      previous.record.data = Buffer.concat([previous.record.data, data]);
    } else {
      records.push({ record: { type, data, breaks: [] }, offset: at });
      // Embedded charts nest their own BOF…EOF inside a sheet's substream.
      if (type === RECORD.bof) depth += 1;
      if (type === RECORD.eof) depth -= 1;
      if (depth === 0) break;
    }
    at += 4 + length;
  }
  return records;
}

/**
 * Reads an XLUnicodeString's characters. In the SST a string may cross a CONTINUE boundary;
 * the continuation starts with a fresh flags byte telling whether the rest is 8- or 16-bit.
 */
function readBiffChars(
  record: BiffRecord,
  at: number,
  count: number,
  isHighByte: boolean,
): { text: string; end: number } {
  let text = '';
  let wide = isHighByte;
  let position = at;
  let remaining = count;
  while (remaining > 0) {
    const nextBreak = record.breaks.find((offset) => offset > position) ?? record.data.length;
    const width = wide ? 2 : 1;
    const fitting = Math.min(remaining, Math.floor((nextBreak - position) / width));
    text += wide
      ? record.data.toString('utf16le', position, position + fitting * 2)
      : record.data.toString('latin1', position, position + fitting);
    position += fitting * width;
    remaining -= fitting;
    if (remaining > 0) {
      wide = (record.data.readUInt8(position) & 1) === 1;
      position += 1;
    }
  }
  return { text, end: position };
}

function readSharedStrings(record: BiffRecord): string[] {
  const unique = record.data.readUInt32LE(4);
  const strings: string[] = [];
  let at = 8;
  for (let i = 0; i < unique; i++) {
    const count = record.data.readUInt16LE(at);
    const flags = record.data.readUInt8(at + 2);
    at += 3;
    let runs = 0;
    let extended = 0;
    if (flags & 0x08) {
      runs = record.data.readUInt16LE(at);
      at += 2;
    }
    if (flags & 0x04) {
      extended = record.data.readUInt32LE(at);
      at += 4;
    }
    const chars = readBiffChars(record, at, count, (flags & 1) === 1);
    strings.push(chars.text);
    at = chars.end + runs * 4 + extended;
  }
  return strings;
}

/** Decodes an RK number: a 30-bit integer or the top 30 bits of a double, optionally ÷ 100. */
export function decodeRk(rk: number): number {
  const isDividedBy100 = (rk & 1) === 1;
  let value: number;
  if (rk & 2) {
    value = rk >> 2;
  } else {
    const bytes = Buffer.alloc(8);
    bytes.writeUInt32LE((rk & 0xfffffffc) >>> 0, 4);
    value = bytes.readDoubleLE(0);
  }
  return isDividedBy100 ? value / 100 : value;
}

export function readXls(file: Buffer): Workbook {
  let stream: Buffer;
  try {
    stream = readCompoundFileStream(file, 'Workbook');
  } catch {
    stream = readCompoundFileStream(file, 'Book');
  }
  const globals = readBiffRecords(stream, 0);
  const first = globals[0]?.record;
  if (first === undefined || first.type !== RECORD.bof || first.data.readUInt16LE(0) !== 0x0600) {
    throw new Error('xls: not a BIFF8 workbook');
  }
  let sharedStrings: string[] = [];
  const sheets: { name: string; offset: number }[] = [];
  for (const { record } of globals) {
    if (record.type === RECORD.sst) sharedStrings = readSharedStrings(record);
    if (record.type === RECORD.boundSheet) {
      const count = record.data.readUInt8(6);
      const isWide = (record.data.readUInt8(7) & 1) === 1;
      const name = isWide
        ? record.data.toString('utf16le', 8, 8 + count * 2)
        : record.data.toString('latin1', 8, 8 + count);
      sheets.push({ name, offset: record.data.readUInt32LE(0) });
    }
    if (record.type === RECORD.eof) break;
  }
  const workbook: Workbook = new Map();
  for (const sheet of sheets) workbook.set(sheet.name, readBiffSheet(stream, sheet.offset, sharedStrings));
  return workbook;
}

function readBiffSheet(stream: Buffer, offset: number, sharedStrings: readonly string[]): SheetRows {
  const rows: SheetRows = [];
  const put = (row: number, column: number, text: string): void => {
    while (rows.length <= row) rows.push([]);
    const cells = rows[row] ?? [];
    while (cells.length < column) cells.push('');
    cells[column] = text;
    rows[row] = cells;
  };
  let pendingFormula: { row: number; column: number } | null = null;
  for (const { record } of readBiffRecords(stream, offset).slice(1)) {
    const { data } = record;
    switch (record.type) {
      case RECORD.labelSst:
        put(data.readUInt16LE(0), data.readUInt16LE(2), sharedStrings[data.readUInt32LE(6)] ?? '');
        break;
      case RECORD.label: {
        const count = data.readUInt16LE(6);
        put(
          data.readUInt16LE(0),
          data.readUInt16LE(2),
          readBiffChars(record, 9, count, (data.readUInt8(8) & 1) === 1).text,
        );
        break;
      }
      case RECORD.number:
        put(data.readUInt16LE(0), data.readUInt16LE(2), String(data.readDoubleLE(6)));
        break;
      case RECORD.rk:
        put(data.readUInt16LE(0), data.readUInt16LE(2), String(decodeRk(data.readInt32LE(6))));
        break;
      case RECORD.mulRk: {
        const row = data.readUInt16LE(0);
        const firstColumn = data.readUInt16LE(2);
        const cellCount = (data.length - 6) / 6;
        for (let i = 0; i < cellCount; i++)
          put(row, firstColumn + i, String(decodeRk(data.readInt32LE(4 + i * 6 + 2))));
        break;
      }
      case RECORD.formula: {
        // A cached numeric result is a double; 0xFFFF in the top bytes flags a string/bool/error.
        const row = data.readUInt16LE(0);
        const column = data.readUInt16LE(2);
        if (data.readUInt16LE(12) !== 0xffff) put(row, column, String(data.readDoubleLE(6)));
        else if (data.readUInt8(6) === 0) pendingFormula = { row, column };
        break;
      }
      case RECORD.string:
        if (pendingFormula !== null) {
          const count = data.readUInt16LE(0);
          put(
            pendingFormula.row,
            pendingFormula.column,
            readBiffChars(record, 3, count, (data.readUInt8(2) & 1) === 1).text,
          );
          pendingFormula = null;
        }
        break;
      default:
        break;
    }
  }
  return rows;
}
