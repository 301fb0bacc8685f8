// The smart specialisation framework of Balland, Boschma, Crespo & Rigby (2019, Regional
// Studies 53(9)): for one region, each activity it could diversify into is placed by
// relatedness density (x: the region's capabilities nearby, i.e. low risk) and by
// complexity (y: PCI, i.e. high benefit).

import type { MetricsResult } from './compute-metrics.ts';
import { MetricsError } from './metrics-error.ts';
import { median } from './stats.ts';

export const QUADRANTS = ['best_bet', 'safe_bet', 'long_shot', 'least_attractive'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Wording after Balland et al. (2019), Fig. 1. */
export const QUADRANT_DESCRIPTIONS: Record<Quadrant, string> = {
  best_bet: 'high relatedness, high complexity: low risk, high benefit',
  safe_bet: 'high relatedness, low complexity: low risk, low benefit',
  long_shot: 'low relatedness, high complexity: high risk, high benefit',
  least_attractive: 'low relatedness, low complexity: high risk, low benefit',
};

export type OpportunityInput = Pick<MetricsResult, 'regions' | 'activities' | 'density' | 'pci' | 'm'>;

export type OpportunityOptions = {
  /** Also return the activities the region is already specialised in (unranked). Default false. */
  includeSpecialised?: boolean;
  /** Density from which relatedness counts as high. Default: the median over the region's candidates. */
  densityThreshold?: number;
  /** PCI from which complexity counts as high. Default 0: PCI is on the ECI scale, where 0 is the average region. */
  pciThreshold?: number;
};

export type Opportunity = {
  activityIndex: number;
  activity: string;
  density: number;
  pci: number;
  quadrant: Quadrant;
  /** z(density) + z(PCI), both standardised over the region's candidates. */
  score: number;
  /** 1 = best candidate; null for activities the region is already specialised in. */
  rank: number | null;
  isSpecialised: boolean;
};

export type OpportunityMap = {
  region: string;
  densityThreshold: number;
  pciThreshold: number;
  /** Candidates by rank, then (if asked for) the region's specialisations by score. */
  items: Opportunity[];
  /** Activities left out because their density or PCI is undefined (missing cell, no complexity). */
  skipped: string[];
};

/**
 * Candidates are the activities with M = 0 and a defined density and PCI. They are ranked
 * by the score z(density) + z(PCI) (equal weight to feasibility and benefit), ties broken by
 * higher density, then by activity order. A value equal to a threshold counts as high.
 */
export function opportunities(
  result: OpportunityInput,
  regionIndex: number,
  options: OpportunityOptions = {},
): OpportunityMap {
  const region = result.regions[regionIndex];
  if (region === undefined || !Number.isInteger(regionIndex)) {
    throw new MetricsError('INVALID_OPTION', `no region at index ${regionIndex}`);
  }
  const n = result.activities.length;
  const placed: Opportunity[] = [];
  const skipped: string[] = [];
  result.activities.forEach((activity, a) => {
    const cell = regionIndex * n + a;
    const density = result.density[cell] ?? Number.NaN;
    const pci = result.pci[a] ?? Number.NaN;
    const isSpecialised = result.m[cell] === 1;
    if (Number.isNaN(density) || Number.isNaN(pci)) {
      if (!isSpecialised || options.includeSpecialised === true) skipped.push(activity);
      return;
    }
    if (isSpecialised && options.includeSpecialised !== true) return;
    placed.push({
      activityIndex: a,
      activity,
      density,
      pci,
      quadrant: 'least_attractive',
      score: 0,
      rank: null,
      isSpecialised,
    });
  });
  const candidates = placed.filter((item) => !item.isSpecialised);
  const densityThreshold = options.densityThreshold ?? median(candidates.map((item) => item.density));
  const pciThreshold = options.pciThreshold ?? 0;
  const zDensity = zScorer(candidates.map((item) => item.density));
  const zPci = zScorer(candidates.map((item) => item.pci));
  for (const item of placed) {
    item.quadrant = quadrantOf(item.density >= densityThreshold, item.pci >= pciThreshold);
    item.score = zDensity(item.density) + zPci(item.pci);
  }
  const byScore = (x: Opportunity, y: Opportunity): number =>
    y.score - x.score || y.density - x.density || x.activityIndex - y.activityIndex;
  candidates.sort(byScore).forEach((item, i) => (item.rank = i + 1));
  const specialised = placed.filter((item) => item.isSpecialised).sort(byScore);
  return { region, densityThreshold, pciThreshold, items: [...candidates, ...specialised], skipped };
}

function quadrantOf(isRelated: boolean, isComplex: boolean): Quadrant {
  if (isRelated) return isComplex ? 'best_bet' : 'safe_bet';
  return isComplex ? 'long_shot' : 'least_attractive';
}

/** x ↦ (x − mean)/sd over the sample (population sd); 0 for a constant or empty sample. */
function zScorer(sample: number[]): (x: number) => number {
  if (sample.length === 0) return () => 0;
  const centre = sample.reduce((sum, x) => sum + x, 0) / sample.length;
  const sd = Math.sqrt(sample.reduce((sum, x) => sum + (x - centre) * (x - centre), 0) / sample.length);
  return sd > 0 ? (x) => (x - centre) / sd : () => 0;
}
