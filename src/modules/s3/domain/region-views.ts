// The analyst's views of one computation: a region's profile, a comparison of regions, the activity space.
import type { StoredSeries } from './dataset-matrix.ts';
import { num as defined } from './metrics-table.ts';
import {
  cagr,
  opportunities,
  type MetricsResult,
  type Opportunity,
  type ValueMatrix,
} from './metrics/index.ts';

export type Specialisation = {
  activity: string;
  value: number | null;
  share: number | null;
  rca: number;
  isSpecialised: boolean;
};

export type RegionProfile = {
  region: string;
  total: number;
  diversity: number | null;
  eci: number | null;
  /** 1 = most complex among the regions with a defined ECI. */
  eciRank: number | null;
  rankedRegions: number;
  coi: number | null;
  krugman: number | null;
  hhi: number | null;
  entropy: number | null;
  /** Every activity with a defined RCA, highest first. */
  specialisations: Specialisation[];
  opportunities: Opportunity[];
  /** Null when the region has no candidate with a defined density (nothing to place). */
  thresholds: { density: number | null; pci: number };
};

export function regionProfile(
  matrix: ValueMatrix,
  result: MetricsResult,
  regionIndex: number,
): RegionProfile {
  const n = result.activities.length;
  let total = 0;
  for (let a = 0; a < n; a++) {
    const value = matrix.values[regionIndex * n + a] ?? Number.NaN;
    if (!Number.isNaN(value)) total += value;
  }
  const specialisations = result.activities
    .map((activity, a) => {
      const cell = regionIndex * n + a;
      const value = defined(matrix.values[cell]);
      return {
        activity,
        value,
        share: value === null || total === 0 ? null : value / total,
        rca: result.rca[cell] ?? Number.NaN,
        isSpecialised: result.m[cell] === 1,
      };
    })
    .filter((s) => !Number.isNaN(s.rca))
    .sort((x, y) => y.rca - x.rca || x.activity.localeCompare(y.activity));
  const eci = defined(result.eci[regionIndex]);
  const ranked = [...result.eci].filter((x) => !Number.isNaN(x));
  const map = opportunities(result, regionIndex, { includeSpecialised: true });
  return {
    region: result.regions[regionIndex] ?? '',
    total,
    diversity: defined(result.diversity[regionIndex]),
    eci,
    eciRank: eci === null ? null : 1 + ranked.filter((x) => x > eci).length,
    rankedRegions: ranked.length,
    coi: defined(result.coi[regionIndex]),
    krugman: defined(result.krugman[regionIndex]),
    hhi: defined(result.hhi[regionIndex]),
    entropy: defined(result.entropy[regionIndex]),
    specialisations,
    opportunities: map.items,
    thresholds: { density: defined(map.densityThreshold), pci: map.pciThreshold },
  };
}

export type RegionComparison = {
  regions: { region: string; diversity: number | null; eci: number | null; coi: number | null }[];
  /** Activities in which at least `minRegions` of the chosen regions are specialised. */
  shared: { activity: string; pci: number | null; regions: string[] }[];
  /** RCA of each chosen region in every activity where at least one is specialised. */
  heatmap: { activities: string[]; rca: (number | null)[][] };
};

export function compareRegions(
  result: MetricsResult,
  regionIndexes: number[],
  minRegions: number,
): RegionComparison {
  const n = result.activities.length;
  const shared: RegionComparison['shared'] = [];
  const heatActivities: number[] = [];
  result.activities.forEach((activity, a) => {
    const specialised = regionIndexes.filter((r) => result.m[r * n + a] === 1);
    if (specialised.length > 0) heatActivities.push(a);
    if (specialised.length >= minRegions) {
      shared.push({
        activity,
        pci: defined(result.pci[a]),
        regions: specialised.map((r) => result.regions[r] ?? ''),
      });
    }
  });
  shared.sort((x, y) => y.regions.length - x.regions.length || x.activity.localeCompare(y.activity));
  return {
    regions: regionIndexes.map((r) => ({
      region: result.regions[r] ?? '',
      diversity: defined(result.diversity[r]),
      eci: defined(result.eci[r]),
      coi: defined(result.coi[r]),
    })),
    shared,
    heatmap: {
      activities: heatActivities.map((a) => result.activities[a] ?? ''),
      rca: regionIndexes.map((r) => heatActivities.map((a) => defined(result.rca[r * n + a]))),
    },
  };
}

export type ActivitySpace = {
  nodes: { activity: string; pci: number | null; ubiquity: number | null }[];
  edges: { source: string; target: string; proximity: number; isBackbone: boolean }[];
};

/**
 * Hidalgo et al.'s (2007) drawing of the product space: the maximum spanning tree of the
 * proximity network, so that every activity is connected by its strongest path, plus the
 * strongest remaining links until there are about `linksPerNode` links per activity.
 */
export function activitySpace(result: MetricsResult, linksPerNode = 2): ActivitySpace {
  const n = result.activities.length;
  const phi = result.proximity;
  const weight = (i: number, j: number) => phi[i * n + j] ?? 0;
  const isInTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const backbone = new Set<number>();
  // Prim's algorithm on the dense proximity matrix, O(n²); restarts cover disconnected parts.
  for (let added = 0; added < n; added++) {
    let next = -1;
    for (let i = 0; i < n; i++)
      if (!isInTree[i] && (next === -1 || (best[i] ?? -1) > (best[next] ?? -1))) next = i;
    if (next === -1) break;
    isInTree[next] = 1;
    const from = parent[next] ?? -1;
    if (from >= 0 && weight(from, next) > 0) backbone.add(Math.min(from, next) * n + Math.max(from, next));
    for (let j = 0; j < n; j++) {
      if (!isInTree[j] && weight(next, j) > (best[j] ?? -1)) {
        best[j] = weight(next, j);
        parent[j] = next;
      }
    }
  }
  const others: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (weight(i, j) > 0 && !backbone.has(i * n + j)) others.push(i * n + j);
  others.sort((x, y) => weight(Math.floor(y / n), y % n) - weight(Math.floor(x / n), x % n));
  const extra = others.slice(0, Math.max(0, Math.round(n * linksPerNode) - backbone.size));
  const edge = (key: number, isBackbone: boolean) => {
    const i = Math.floor(key / n);
    const j = key % n;
    return {
      source: result.activities[i] ?? '',
      target: result.activities[j] ?? '',
      proximity: weight(i, j),
      isBackbone,
    };
  };
  return {
    nodes: result.activities.map((activity, a) => ({
      activity,
      pci: defined(result.pci[a]),
      ubiquity: defined(result.ubiquity[a]),
    })),
    edges: [...[...backbone].map((key) => edge(key, true)), ...extra.map((key) => edge(key, false))],
  };
}

/** Compound annual growth of each activity's value between two years (null where either is missing or the start is 0). */
export function activityGrowth(
  series: readonly StoredSeries[],
  years: readonly number[],
  period: { fromYear: number; toYear: number },
): Map<string, number | null> {
  const from = years.indexOf(period.fromYear);
  const to = years.indexOf(period.toYear);
  const span = period.toYear - period.fromYear;
  return new Map(
    series.map((s) => {
      const start = s.values[from];
      const end = s.values[to];
      return [
        s.activity,
        start === null || start === undefined || end === null || end === undefined || span <= 0
          ? null
          : defined(cagr(start, end, span)),
      ];
    }),
  );
}
