/**
 * Extracts the observations of one measure — one value of every extra dimension — as columnar
 * typed arrays. Errors are reported for the lines used; lines of other measures are skipped
 * without reading their cells.
 */
import { describeCode, unitOfMeasure } from './dataset-measures.ts';
import type { DatasetLayout } from './dataset-reader.ts';
import { openDataset } from './format-detection.ts';
import {
  DatasetImportError,
  type ExtractedSeries,
  type ImportOptions,
  type Selection,
} from './import-types.ts';
import { createErrorCollector } from './row-errors.ts';
import { isConfidential } from './observation-cell.ts';
import { createSeriesBuilder, type SeriesColumns } from './series-builder.ts';

type ExtraDimension = {
  key: number;
  name: string;
  selected: string | undefined;
  values: Map<string, number>;
};

function extraDimensions(layout: DatasetLayout, selection: Selection): ExtraDimension[] {
  const lower = new Map(layout.dimensions.map((name, key) => [name.toLowerCase(), key]));
  for (const name of Object.keys(selection)) {
    const key = lower.get(name.toLowerCase());
    if (key === undefined) {
      throw new DatasetImportError(
        'UNKNOWN_DIMENSION',
        `the selection names "${name}", which is not a dimension of this file (dimensions: ${layout.dimensions.join(', ')})`,
      );
    }
    if (key === layout.regionKey || key === layout.activityKey) {
      throw new DatasetImportError(
        'UNKNOWN_DIMENSION',
        `"${name}" holds the ${key === layout.regionKey ? 'regions' : 'activities'} and cannot be selected`,
      );
    }
  }
  const selectedByKey = new Map(
    Object.entries(selection).map(([name, code]) => [lower.get(name.toLowerCase()), code]),
  );
  return layout.dimensions
    .map((name, key) => ({ key, name, selected: selectedByKey.get(key), values: new Map<string, number>() }))
    .filter(({ key }) => key !== layout.regionKey && key !== layout.activityKey);
}

function choicesOf(dimension: ExtraDimension): string {
  return [...dimension.values.keys()].map((code) => describeCode(dimension.name, code)).join(', ');
}

/** Fails with every dimension that still needs a choice, and every choice the file lacks. */
function checkSelection(extras: readonly ExtraDimension[]): void {
  const unknown = extras.filter(
    (dimension) =>
      dimension.selected !== undefined &&
      dimension.values.size > 0 &&
      !dimension.values.has(dimension.selected),
  );
  if (unknown.length > 0) {
    throw new DatasetImportError(
      'UNKNOWN_SELECTION_VALUE',
      unknown
        .map(
          (dimension) =>
            `${dimension.name}: "${dimension.selected ?? ''}" is not in the file; choose one of ${choicesOf(dimension)}`,
        )
        .join('; '),
    );
  }
  const ambiguous = extras.filter(
    (dimension) => dimension.selected === undefined && dimension.values.size > 1,
  );
  if (ambiguous.length > 0) {
    throw new DatasetImportError(
      'SELECTION_REQUIRED',
      `a dataset holds one measure; ${ambiguous.map((dimension) => `${dimension.name}: choose one of ${choicesOf(dimension)}`).join('; ')}`,
    );
  }
}

/** Index of `code` in `codes`, adding it when new. */
function indexer(): { index(code: string): number; codes: string[] } {
  const codes: string[] = [];
  const numbers = new Map<string, number>();
  return {
    codes,
    index(code: string): number {
      let number = numbers.get(code);
      if (number === undefined) {
        number = codes.length;
        codes.push(code);
        numbers.set(code, number);
      }
      return number;
    },
  };
}

/** Permutation that sorts codes (code-unit order): `remap[oldIndex] = newIndex`. */
function sortedRemap<T extends string | number>(items: readonly T[]): { sorted: T[]; remap: Uint32Array } {
  const order = items
    .map((_, index) => index)
    .sort((a, b) => {
      const left = items[a];
      const right = items[b];
      return left === undefined || right === undefined || left === right ? 0 : left < right ? -1 : 1;
    });
  const remap = new Uint32Array(items.length);
  order.forEach((oldIndex, newIndex) => {
    remap[oldIndex] = newIndex;
  });
  return {
    sorted: order.map((index) => items[index]).filter((item): item is T => item !== undefined),
    remap,
  };
}

/** Line number of each observation, only needed to name the first line of a duplicate. */
function createLineColumn(): { push(line: number): void; finish(): Uint32Array } {
  let lines = new Uint32Array(4096);
  let length = 0;
  return {
    push(line: number): void {
      if (length === lines.length) {
        const grown = new Uint32Array(lines.length * 2);
        grown.set(lines);
        lines = grown;
      }
      lines[length] = line;
      length += 1;
    },
    finish: () => lines.slice(0, length),
  };
}

/**
 * Removes observations whose (region, activity, year) appeared before, reporting each one.
 * A bitmap over the region × activity × year cube (one bit per cell: 4 MB for 32 million
 * cells) finds them in one pass; a hash set is the fallback for larger cubes.
 */
function dropDuplicates(
  columns: SeriesColumns,
  lines: Uint32Array,
  regions: readonly string[],
  activities: readonly string[],
  years: readonly number[],
  report: (line: number, reason: string) => void,
): SeriesColumns {
  const cellCount = regions.length * activities.length * years.length;
  const bitmap = cellCount <= 2 ** 28 ? new Uint8Array(Math.ceil(cellCount / 8)) : null;
  const seen = bitmap === null ? new Set<number>() : null;
  const firstOf = new Map<number, number>();
  const keep = new Uint8Array(columns.values.length).fill(1);
  let duplicates = 0;
  const cellOf = (i: number): number =>
    ((columns.regionIndex[i] ?? 0) * activities.length + (columns.activityIndex[i] ?? 0)) * years.length +
    (columns.yearIndex[i] ?? 0);
  for (let i = 0; i < columns.values.length; i++) {
    const cell = cellOf(i);
    let isDuplicate: boolean;
    if (bitmap !== null) {
      const mask = 1 << (cell & 7);
      const byte = bitmap[cell >>> 3] ?? 0;
      isDuplicate = (byte & mask) !== 0;
      bitmap[cell >>> 3] = byte | mask;
    } else {
      isDuplicate = seen?.has(cell) ?? false;
      seen?.add(cell);
    }
    if (!isDuplicate) continue;
    keep[i] = 0;
    duplicates += 1;
    if (!firstOf.has(cell)) {
      // Rare path: find the first observation of the cell for the message.
      for (let j = 0; j < i; j++) {
        if (cellOf(j) === cell) {
          firstOf.set(cell, lines[j] ?? 0);
          break;
        }
      }
    }
    const region = regions[columns.regionIndex[i] ?? 0] ?? '';
    const activity = activities[columns.activityIndex[i] ?? 0] ?? '';
    report(
      lines[i] ?? 0,
      `duplicate of line ${firstOf.get(cell) ?? 0}: ${region}, ${activity}, ${years[columns.yearIndex[i] ?? 0] ?? ''}`,
    );
  }
  return duplicates === 0 ? columns : compact(columns, keep);
}

function compact(columns: SeriesColumns, keep: Uint8Array): SeriesColumns {
  const indexes: number[] = [];
  keep.forEach((flag, index) => {
    if (flag === 1) indexes.push(index);
  });
  const pick = <T extends Uint32Array | Uint16Array | Float64Array>(
    array: T,
    make: (length: number) => T,
  ): T => {
    const result = make(indexes.length);
    indexes.forEach((from, to) => {
      result[to] = array[from] ?? 0;
    });
    return result;
  };
  const missing = { notAvailable: 0, confidential: 0 };
  const values = pick(columns.values, (length) => new Float64Array(length));
  const flagIndex = pick(columns.flagIndex, (length) => new Uint16Array(length));
  values.forEach((value, i) => {
    if (!Number.isNaN(value)) return;
    if (isConfidential(columns.flagTable[flagIndex[i] ?? 0] ?? '')) missing.confidential += 1;
    else missing.notAvailable += 1;
  });
  return {
    regionIndex: pick(columns.regionIndex, (length) => new Uint32Array(length)),
    activityIndex: pick(columns.activityIndex, (length) => new Uint32Array(length)),
    yearIndex: pick(columns.yearIndex, (length) => new Uint16Array(length)),
    values,
    flagIndex,
    flagTable: columns.flagTable,
    missing,
  };
}

export function extractSeries(
  text: string,
  selection: Selection = {},
  options: ImportOptions = {},
): ExtractedSeries {
  const { layout, scan } = openDataset(text, options);
  const extras = extraDimensions(layout, selection);
  const regions = indexer();
  const activities = indexer();
  const yearNumbers = new Map<number, number>();
  const years: number[] = [];
  const builder = createSeriesBuilder();
  const lines = createLineColumn();
  const errors = createErrorCollector();
  let isAmbiguous = false;
  // A Eurostat TSV row gives the same keys array for each of its years: look the codes up once.
  let lastKeys: readonly string[] | null = null;
  let region = 0;
  let activity = 0;

  scan({
    row(_line, keys) {
      let isSelected = true;
      for (const dimension of extras) {
        const code = keys[dimension.key] ?? '';
        dimension.values.set(code, (dimension.values.get(code) ?? 0) + 1);
        // An unselected dimension keeps its first value; a second one makes the call fail below.
        if (dimension.selected === undefined && dimension.values.size > 1) isAmbiguous = true;
        const wanted = dimension.selected ?? dimension.values.keys().next().value;
        if (code !== wanted) isSelected = false;
      }
      return isSelected && !isAmbiguous;
    },
    observation(line, keys, year, cell) {
      if (keys !== lastKeys) {
        region = regions.index(keys[layout.regionKey] ?? '');
        activity = activities.index(keys[layout.activityKey] ?? '');
        lastKeys = keys;
      }
      let yearNumber = yearNumbers.get(year);
      if (yearNumber === undefined) {
        yearNumber = years.length;
        years.push(year);
        yearNumbers.set(year, yearNumber);
      }
      builder.push(region, activity, yearNumber, cell.value, cell.flags);
      lines.push(line);
    },
    error: errors.add,
  });
  checkSelection(extras);

  const chosen: Record<string, string> = {};
  for (const dimension of extras) {
    const code = dimension.selected ?? dimension.values.keys().next().value;
    if (code !== undefined) chosen[dimension.name] = code;
  }
  const columns = dropDuplicates(
    builder.finish(),
    lines.finish(),
    regions.codes,
    activities.codes,
    years,
    errors.add,
  );
  const regionOrder = sortedRemap(regions.codes);
  const activityOrder = sortedRemap(activities.codes);
  const yearOrder = sortedRemap(years);
  for (let i = 0; i < columns.values.length; i++) {
    columns.regionIndex[i] = regionOrder.remap[columns.regionIndex[i] ?? 0] ?? 0;
    columns.activityIndex[i] = activityOrder.remap[columns.activityIndex[i] ?? 0] ?? 0;
    columns.yearIndex[i] = yearOrder.remap[columns.yearIndex[i] ?? 0] ?? 0;
  }
  const unitDimension = extras.find((dimension) => dimension.name.toLowerCase() === 'unit');
  return {
    format: layout.format,
    activityDimension: layout.dimensions[layout.activityKey] ?? '',
    selection: chosen,
    regions: regionOrder.sorted,
    activities: activityOrder.sorted,
    years: yearOrder.sorted,
    ...columns,
    unit: (unitDimension === undefined ? undefined : chosen[unitDimension.name]) ?? unitOfMeasure(chosen),
    errors: [...errors.errors].sort((a, b) => a.line - b.line),
    errorCount: errors.count,
  };
}
