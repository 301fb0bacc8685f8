/**
 * Translates the region codes of an extracted series to NUTS 2021, GoSmart's region list.
 * Eurostat files of the 2010s use NUTS 2013 codes with NUTS 2006/2010 leftovers; the recoding
 * table (src/modules/s3/data/nuts-recoding.json, built from Eurostat's correspondence tables)
 * says what each old code became. Values are never invented: a region that was split stays
 * under its old code, a merge is summed only where every part is known, and every change is
 * reported as a note for the UI.
 */
import type { ExtractedSeries } from './import-types.ts';
import { createSeriesBuilder } from './series-builder.ts';

export const NUTS_VERSIONS = ['2006', '2010', '2013', '2016', '2021'] as const;
export type NutsVersion = (typeof NUTS_VERSIONS)[number];

export const RECODING_KINDS = ['recoded', 'merged', 'split', 'boundary_change', 'discontinued'] as const;
export type RecodingKind = (typeof RECODING_KINDS)[number];

/** What an old NUTS code (not a NUTS 2021 code) became in NUTS 2021. */
export type NutsRecodingEntry = {
  from: string;
  level: number;
  /** Name of the old region. */
  label: string;
  /** Every NUTS 2021 region that holds part of the old region's territory (empty: discontinued). */
  to: string[];
  kind: RecodingKind;
  /** The first NUTS version in which the code no longer existed. */
  via: NutsVersion;
  note: string;
  /** For `merged`: all old codes that together form `to[0]`. */
  parts?: string[];
  /**
   * For `boundary_change`: the NUTS 2021 region that continues the old one (one contains the
   * other), under which values are shown as approximate; null when territory was swapped.
   */
  successor?: string | null;
};

export type NutsRecodingFile = {
  description: string;
  source: string;
  counts: Record<RecodingKind, number>;
  entries: NutsRecodingEntry[];
};

export const REGION_NOTE_KINDS = [...RECODING_KINDS, 'unknown', 'extra_regio', 'aggregate'] as const;
export type RegionNoteKind = (typeof REGION_NOTE_KINDS)[number];

/** One line of "where a region was recoded, split or merged" for the UI. */
export type RegionNote = { original: string; code2021: string | null; kind: RegionNoteKind; note: string };

export type RecodedSeries = {
  series: ExtractedSeries;
  /** For each region of `series.regions`, the codes of the file that contributed to it. */
  originalRegions: string[][];
  notes: RegionNote[];
};

/** How one region code of the file is treated. */
type RegionPlan =
  | { action: 'drop'; note: RegionNote }
  | { action: 'keep'; target: string; note: RegionNote | null }
  | { action: 'rename'; target: string; note: RegionNote }
  | { action: 'merge'; target: string; parts: string[]; note: RegionNote };

/** `..Z`, `..ZZ`, `..ZZZ` (extra-regio) and `..X`, `..XX` (not regionalised) are not places. */
export const isExtraRegioCode = (code: string): boolean => code.length > 2 && /^[A-Z]{2}(Z+|X+)$/.test(code);

/** Eurostat aggregates such as EU28, EA19, EU27_2020, EFTA. */
const isAggregateCode = (code: string): boolean => /^(EU|EA|EEA|EFTA)(\d+)?(_\d{4})?$/.test(code);

export function planRegion(
  code: string,
  table: ReadonlyMap<string, NutsRecodingEntry>,
  validCodes: ReadonlySet<string>,
): RegionPlan {
  if (isExtraRegioCode(code)) {
    return {
      action: 'drop',
      note: {
        original: code,
        code2021: null,
        kind: 'extra_regio',
        note: `${code}: extra-regio or not regionalised, not a region; dropped`,
      },
    };
  }
  if (validCodes.has(code)) return { action: 'keep', target: code, note: null };
  if (isAggregateCode(code)) {
    return {
      action: 'drop',
      note: {
        original: code,
        code2021: null,
        kind: 'aggregate',
        note: `${code}: an aggregate of countries, not a region; dropped`,
      },
    };
  }
  const entry = table.get(code);
  if (entry === undefined) {
    return {
      action: 'keep',
      target: code,
      note: {
        original: code,
        code2021: null,
        kind: 'unknown',
        note: `${code}: not a NUTS 2021 code and not in the NUTS correspondence tables; kept as is`,
      },
    };
  }
  const keep = (): RegionPlan => ({
    action: 'keep',
    target: code,
    note: { original: code, code2021: null, kind: entry.kind, note: `${entry.note}; kept under ${code}` },
  });
  const [first] = entry.to;
  switch (entry.kind) {
    case 'recoded':
      return first !== undefined && validCodes.has(first)
        ? {
            action: 'rename',
            target: first,
            note: { original: code, code2021: first, kind: entry.kind, note: entry.note },
          }
        : keep();
    case 'boundary_change': {
      const successor = entry.successor ?? null;
      return successor !== null && validCodes.has(successor)
        ? {
            action: 'rename',
            target: successor,
            note: { original: code, code2021: successor, kind: entry.kind, note: entry.note },
          }
        : keep();
    }
    case 'merged':
      return first !== undefined && validCodes.has(first) && entry.parts !== undefined
        ? {
            action: 'merge',
            target: first,
            parts: entry.parts,
            note: { original: code, code2021: first, kind: entry.kind, note: entry.note },
          }
        : keep();
    case 'split':
    case 'discontinued':
      return keep();
  }
}

/** Where one output region's values come from, best first. */
type Contribution = { kind: 'direct' | 'rename'; region: number } | { kind: 'merge'; parts: number[] };

type CellCandidate = { value: number; flags: string; exists: boolean };

/**
 * Returns the series with region codes in NUTS 2021. Per output cell (region, activity, year)
 * the file's own value for the 2021 code wins; otherwise a renamed old code's value; otherwise
 * the sum of a merge's parts, only when every part has a value (a missing or confidential part
 * makes the sum missing, flagged `c` if any part is confidential).
 */
export function recodeSeriesToNuts2021(
  series: ExtractedSeries,
  table: readonly NutsRecodingEntry[],
  validCodes: ReadonlySet<string>,
): RecodedSeries {
  const byCode = new Map(table.map((entry) => [entry.from, entry]));
  const regionNumber = new Map(series.regions.map((code, index) => [code, index]));
  const contributions = new Map<string, Contribution[]>();
  const originals = new Map<string, Set<string>>();
  const notes: RegionNote[] = [];
  const mergeGroups = new Set<string>();

  const contribute = (target: string, contribution: Contribution, codes: string[]): void => {
    contributions.set(target, [...(contributions.get(target) ?? []), contribution]);
    const set = originals.get(target) ?? new Set<string>();
    for (const code of codes) set.add(code);
    originals.set(target, set);
  };

  for (const [index, code] of series.regions.entries()) {
    const plan = planRegion(code, byCode, validCodes);
    if (plan.note !== null) notes.push(plan.note);
    switch (plan.action) {
      case 'drop':
        break;
      case 'keep':
        contribute(plan.target, { kind: 'direct', region: index }, [code]);
        break;
      case 'rename':
        contribute(plan.target, { kind: 'rename', region: index }, [code]);
        break;
      case 'merge': {
        // One contribution per merged region, however many of its parts the file has.
        const groupKey = `${plan.target}|${plan.parts.join('+')}`;
        if (mergeGroups.has(groupKey)) break;
        mergeGroups.add(groupKey);
        const partIndexes = plan.parts.map((part) => regionNumber.get(part) ?? -1);
        contribute(
          plan.target,
          { kind: 'merge', parts: partIndexes },
          plan.parts.filter((part) => regionNumber.has(part)),
        );
        break;
      }
    }
  }

  const recoded = rebuildSeries(series, contributions);
  for (const note of notes) {
    const usage = recoded.usage.get(note.original);
    if (usage !== undefined && note.code2021 !== null) note.note += describeUsage(usage, note.code2021);
  }
  return {
    series: recoded.series,
    originalRegions: recoded.series.regions.map((code) => [...(originals.get(code) ?? [])].sort()),
    notes: notes.sort((a, b) => (a.original < b.original ? -1 : a.original > b.original ? 1 : 0)),
  };
}

/** How many cells an old code filled in its 2021 region, and how many the 2021 code's own values overrode. */
type Usage = { filled: number; overridden: number; differing: number; missingPart: number };

function describeUsage(usage: Usage, target: string): string {
  const parts: string[] = [];
  if (usage.filled > 0) parts.push(`${usage.filled} values used for ${target}`);
  if (usage.missingPart > 0) parts.push(`${usage.missingPart} sums left missing because a part was missing`);
  if (usage.overridden > 0) {
    parts.push(
      `${usage.overridden} cells taken from ${target}'s own values in the file${usage.differing > 0 ? ` (${usage.differing} of them differ)` : ''}`,
    );
  }
  return parts.length === 0 ? '' : ` — ${parts.join('; ')}`;
}

function rebuildSeries(
  series: ExtractedSeries,
  contributions: ReadonlyMap<string, Contribution[]>,
): { series: ExtractedSeries; usage: Map<string, Usage> } {
  const yearCount = series.years.length;
  // Observations of each region (CSR layout): region r owns order[start[r] … start[r+1]).
  const start = new Uint32Array(series.regions.length + 1);
  for (const region of series.regionIndex) start[region + 1] = (start[region + 1] ?? 0) + 1;
  for (let r = 0; r < series.regions.length; r++) start[r + 1] = (start[r + 1] ?? 0) + (start[r] ?? 0);
  const order = new Uint32Array(series.values.length);
  const fill = start.slice(0, series.regions.length);
  series.regionIndex.forEach((region, i) => {
    order[fill[region] ?? 0] = i;
    fill[region] = (fill[region] ?? 0) + 1;
  });
  const observationsOf = (region: number): Uint32Array =>
    order.subarray(start[region] ?? 0, start[region + 1] ?? 0);
  const cellOf = (i: number): number =>
    (series.activityIndex[i] ?? 0) * yearCount + (series.yearIndex[i] ?? 0);
  const flagsOf = (i: number): string => series.flagTable[series.flagIndex[i] ?? 0] ?? '';
  // Cell → observation maps, built only for regions that take part in a combination.
  const cellMaps = new Map<number, Map<number, number>>();
  const readCell = (region: number, cell: number): CellCandidate => {
    if (region < 0) return { value: Number.NaN, flags: '', exists: false };
    let cells = cellMaps.get(region);
    if (cells === undefined) {
      cells = new Map([...observationsOf(region)].map((i) => [cellOf(i), i]));
      cellMaps.set(region, cells);
    }
    const at = cells.get(cell);
    return at === undefined
      ? { value: Number.NaN, flags: '', exists: false }
      : { value: series.values[at] ?? Number.NaN, flags: flagsOf(at), exists: true };
  };

  const usage = new Map<string, Usage>();
  const usageOf = (code: string): Usage => {
    const existing = usage.get(code);
    if (existing !== undefined) return existing;
    const created = { filled: 0, overridden: 0, differing: 0, missingPart: 0 };
    usage.set(code, created);
    return created;
  };
  const codesOf = (contribution: Contribution): string[] =>
    contribution.kind === 'merge'
      ? contribution.parts
          .map((part) => series.regions[part])
          .filter((code): code is string => code !== undefined)
      : [series.regions[contribution.region] ?? ''];

  const builder = createSeriesBuilder(series.flagTable);
  const targets = [...contributions.keys()].sort();
  for (const [targetIndex, target] of targets.entries()) {
    const sources = [...(contributions.get(target) ?? [])].sort((a, b) => priority(a) - priority(b));
    const [only] = sources;
    if (sources.length === 1 && only !== undefined && only.kind !== 'merge') {
      // The common case — a region passed through or renamed — copies its observations as they are.
      for (const i of observationsOf(only.region)) {
        builder.push(
          targetIndex,
          series.activityIndex[i] ?? 0,
          series.yearIndex[i] ?? 0,
          series.values[i] ?? Number.NaN,
          flagsOf(i),
        );
        if (only.kind === 'rename' && !Number.isNaN(series.values[i] ?? Number.NaN))
          usageOf(series.regions[only.region] ?? '').filled += 1;
      }
      continue;
    }
    const cells = new Set<number>();
    for (const source of sources) {
      const regions = source.kind === 'merge' ? source.parts : [source.region];
      for (const region of regions)
        if (region >= 0) for (const i of observationsOf(region)) cells.add(cellOf(i));
    }
    for (const cell of [...cells].sort((a, b) => a - b)) {
      const candidates = sources.map((source) => candidateOf(source, cell, readCell));
      const chosen = candidates.findIndex((candidate) => candidate.exists && !Number.isNaN(candidate.value));
      const fallback = candidates.findIndex((candidate) => candidate.exists);
      const pick = candidates[chosen >= 0 ? chosen : fallback];
      if (pick === undefined) continue;
      builder.push(targetIndex, Math.floor(cell / yearCount), cell % yearCount, pick.value, pick.flags);
      sources.forEach((source, index) => {
        if (source.kind === 'direct') return;
        const candidate = candidates[index];
        if (candidate === undefined) return;
        for (const code of codesOf(source)) {
          const record = usageOf(code);
          if (index === chosen) record.filled += 1;
          else if (chosen >= 0 && chosen < index && !Number.isNaN(candidate.value)) {
            record.overridden += 1;
            const chosenValue = candidates[chosen]?.value ?? Number.NaN;
            if (Math.abs(chosenValue - candidate.value) > 1e-9 * Math.max(1, Math.abs(chosenValue)))
              record.differing += 1;
          } else if (
            source.kind === 'merge' &&
            candidate.exists &&
            Number.isNaN(candidate.value) &&
            (chosen < 0 || chosen > index)
          ) {
            // The sum was needed (nothing better filled the cell) but a part was missing.
            record.missingPart += 1;
          }
        }
      });
    }
  }
  return { series: { ...series, regions: targets, ...builder.finish() }, usage };
}

const priority = (contribution: Contribution): number =>
  contribution.kind === 'direct' ? 0 : contribution.kind === 'rename' ? 1 : 2;

function candidateOf(
  source: Contribution,
  cell: number,
  readCell: (region: number, cell: number) => CellCandidate,
): CellCandidate {
  if (source.kind !== 'merge') return readCell(source.region, cell);
  let sum = 0;
  let isComplete = true;
  let exists = false;
  const letters = new Set<string>();
  for (const part of source.parts) {
    const candidate = readCell(part, cell);
    exists ||= candidate.exists;
    if (!candidate.exists || Number.isNaN(candidate.value)) isComplete = false;
    else sum += candidate.value;
    for (const letter of candidate.flags) letters.add(letter);
  }
  return { value: isComplete ? sum : Number.NaN, flags: [...letters].sort().join(''), exists };
}
