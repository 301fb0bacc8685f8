// From stored series (one value per year) to the region × activity matrix the metrics take.
import type { ExtractedSeries } from './import/index.ts';
import type { ValueMatrix } from './metrics/index.ts';

export type StoredSeries = { region: string; activity: string; values: readonly (number | null)[] };

export const ACTIVITY_LEVELS = ['all', 'section', 'division', 'group', 'class'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

/** Totals and "no response" are not activities: they would be everyone's largest specialisation. */
const NOT_AN_ACTIVITY = new Set(['TOTAL', 'NRP', 'UNK', 'NAP']);

/** NACE level of a platform code (C, C10, C10.5, C10.51); 0 for Eurostat aggregates like B-E or M_N. */
export function naceLevel(code: string): number {
  if (/^[A-U]$/.test(code)) return 1;
  if (/^[A-U]\d{2}$/.test(code)) return 2;
  if (/^[A-U]\d{2}\.\d$/.test(code)) return 3;
  if (/^[A-U]\d{2}\.\d{2}$/.test(code)) return 4;
  return 0;
}

const LEVEL_NUMBER: Record<Exclude<ActivityLevel, 'all'>, number> = { section: 1, division: 2, group: 3, class: 4 };

/**
 * Mixing a section with its own divisions counts the same jobs twice. When the dataset has both
 * (as Eurostat's SBS files do), the default is the division level; otherwise every code is used.
 */
export function defaultActivityLevel(activities: readonly string[]): ActivityLevel {
  const present = new Set(activities);
  const hasSectionWithDivision = activities.some((code) => naceLevel(code) === 2 && present.has(code.slice(0, 1)));
  return hasSectionWithDivision ? 'division' : 'all';
}

export function isActivityAtLevel(code: string, level: ActivityLevel): boolean {
  if (NOT_AN_ACTIVITY.has(code.toUpperCase())) return false;
  return level === 'all' || naceLevel(code) === LEVEL_NUMBER[level];
}

/**
 * The latest year with at least `share` of the best-covered year's values. Eurostat's newest
 * year is often sparse (regions publish late), and a year where many regions have no data
 * makes a poor default for comparing them.
 */
export function bestDefaultYear(series: readonly StoredSeries[], years: readonly number[], share = 0.8): number {
  const counts = years.map((_, index) => series.reduce((n, s) => n + (s.values[index] === null || s.values[index] === undefined ? 0 : 1), 0));
  const best = Math.max(...counts);
  const candidates = years.filter((_, index) => (counts[index] ?? 0) >= share * best);
  return Math.max(...(candidates.length > 0 ? candidates : years));
}

/**
 * The matrix for one year, or the mean over a range of years (each cell over its known values;
 * missing when none is known). Regions and activities are sorted by code.
 */
export function buildMatrix(
  series: readonly StoredSeries[],
  years: readonly number[],
  selection: { fromYear: number; toYear: number; activityLevel: ActivityLevel },
): ValueMatrix {
  const yearIndexes = years
    .map((year, index) => ({ year, index }))
    .filter(({ year }) => year >= selection.fromYear && year <= selection.toYear)
    .map(({ index }) => index);
  const kept = series.filter((s) => isActivityAtLevel(s.activity, selection.activityLevel));
  const regions = [...new Set(kept.map((s) => s.region))].sort();
  const activities = [...new Set(kept.map((s) => s.activity))].sort();
  const regionIndex = new Map(regions.map((code, index) => [code, index]));
  const activityIndex = new Map(activities.map((code, index) => [code, index]));
  const values = new Float64Array(regions.length * activities.length).fill(Number.NaN);
  for (const s of kept) {
    let sum = 0;
    let known = 0;
    for (const index of yearIndexes) {
      const value = s.values[index];
      if (value !== null && value !== undefined) {
        sum += value;
        known += 1;
      }
    }
    const cell = (regionIndex.get(s.region) ?? 0) * activities.length + (activityIndex.get(s.activity) ?? 0);
    values[cell] = known > 0 ? sum / known : Number.NaN;
  }
  return { regions, activities, values };
}

export type GroupedSeries = StoredSeries & { values: (number | null)[]; flags: string[]; observed: number };

/** One series per (region, activity) with a value per year of `extracted.years` (null = missing). */
export function groupObservations(extracted: ExtractedSeries, activityCode: (code: string) => string = (code) => code): GroupedSeries[] {
  const yearCount = extracted.years.length;
  const activityCodes = extracted.activities.map(activityCode);
  const rows = new Map<number, GroupedSeries>();
  for (let i = 0; i < extracted.values.length; i++) {
    const region = extracted.regionIndex[i] ?? 0;
    const activity = extracted.activityIndex[i] ?? 0;
    const key = region * extracted.activities.length + activity;
    let row = rows.get(key);
    if (!row) {
      row = {
        region: extracted.regions[region] ?? '',
        activity: activityCodes[activity] ?? '',
        values: new Array<number | null>(yearCount).fill(null),
        flags: new Array<string>(yearCount).fill(''),
        observed: 0,
      };
      rows.set(key, row);
    }
    const year = extracted.yearIndex[i] ?? 0;
    const value = extracted.values[i] ?? Number.NaN;
    row.flags[year] = extracted.flagTable[extracted.flagIndex[i] ?? 0] ?? '';
    if (!Number.isNaN(value)) {
      row.values[year] = value;
      row.observed += 1;
    }
  }
  return [...rows.values()];
}
