// Specialisation of regions: location quotient (RCA), binary specialisation M and the
// structure indices of a region's portfolio. Notation: X[r,a] value, X_r region total,
// X_a activity total, X grand total; s_ra = X_ra / X_r (share of the activity in the
// region), s_a = X_a / X (share of the activity in the whole economy).
//
// Missing cells (NaN) count as 0 in every total: the other cells of the region keep a
// defined RCA, as in py-ecomplexity (which turns NaN into 0). The missing cell's own RCA
// is NaN, because it would describe a value we do not know.

import type { ValueMatrix } from './value-matrix.ts';

export type Totals = {
  regionTotals: Float64Array;
  activityTotals: Float64Array;
  grandTotal: number;
  missingCount: number;
};

export function computeTotals(matrix: ValueMatrix): Totals {
  const nRegions = matrix.regions.length;
  const nActivities = matrix.activities.length;
  const regionTotals = new Float64Array(nRegions);
  const activityTotals = new Float64Array(nActivities);
  let missingCount = 0;
  for (let r = 0; r < nRegions; r++) {
    const row = r * nActivities;
    let sum = 0;
    for (let a = 0; a < nActivities; a++) {
      const value = matrix.values[row + a] ?? Number.NaN;
      if (Number.isNaN(value)) {
        missingCount++;
        continue;
      }
      sum += value;
      activityTotals[a] = (activityTotals[a] ?? 0) + value;
    }
    regionTotals[r] = sum;
  }
  let grandTotal = 0;
  for (let r = 0; r < nRegions; r++) grandTotal += regionTotals[r] ?? 0;
  return { regionTotals, activityTotals, grandTotal, missingCount };
}

/**
 * Balassa's revealed comparative advantage, or location quotient:
 * RCA[r,a] = (X_ra / X_r) / (X_a / X). NaN where the cell is missing or where the region or
 * the activity has a total of 0 (0/0: no information).
 */
export function revealedComparativeAdvantage(
  matrix: ValueMatrix,
  totals: Totals = computeTotals(matrix),
): Float64Array {
  const nRegions = matrix.regions.length;
  const nActivities = matrix.activities.length;
  const rca = new Float64Array(nRegions * nActivities);
  for (let r = 0; r < nRegions; r++) {
    const regionTotal = totals.regionTotals[r] ?? 0;
    const row = r * nActivities;
    for (let a = 0; a < nActivities; a++) {
      const activityTotal = totals.activityTotals[a] ?? 0;
      const value = matrix.values[row + a] ?? Number.NaN;
      rca[row + a] =
        regionTotal > 0 && activityTotal > 0
          ? value / regionTotal / (activityTotal / totals.grandTotal)
          : Number.NaN;
    }
  }
  return rca;
}

/** M[r,a] = 1 when RCA ≥ threshold (EconGeo and Stata both count equality); NaN gives 0. */
export function binarySpecialisation(rca: Float64Array, threshold: number): Uint8Array {
  const m = new Uint8Array(rca.length);
  for (let i = 0; i < rca.length; i++) m[i] = (rca[i] ?? Number.NaN) >= threshold ? 1 : 0;
  return m;
}

export type RegionStructure = {
  /** Krugman specialisation index Σ_a |s_ra − s_a| against the whole economy (the region included), 0..2. */
  krugman: Float64Array;
  /** Hachman index 1 / Σ_a RCA_ra·s_ra in (0, 1]; 1 = same structure as the whole economy. */
  hachman: Float64Array;
  /** Herfindahl-Hirschman index Σ_a s_ra², 1/n..1. */
  hhi: Float64Array;
  /** Shannon entropy −Σ_a s_ra·log2(s_ra) in bits, 0..log2(n). */
  entropy: Float64Array;
};

/**
 * Structure indices of each region's portfolio, as in EconGeo (`krugman_index`, `hachman`,
 * `herfindahl`, `entropy`), without EconGeo's rounding and without its +1e-9 inside the
 * logarithm (0·log 0 is taken as 0). The reference economy is the total of all regions,
 * the region itself included, as EconGeo does. NaN for a region whose total is 0.
 */
export function regionStructure(matrix: ValueMatrix, totals: Totals): RegionStructure {
  const nRegions = matrix.regions.length;
  const nActivities = matrix.activities.length;
  const krugman = new Float64Array(nRegions).fill(Number.NaN);
  const hachman = new Float64Array(nRegions).fill(Number.NaN);
  const hhi = new Float64Array(nRegions).fill(Number.NaN);
  const entropy = new Float64Array(nRegions).fill(Number.NaN);
  for (let r = 0; r < nRegions; r++) {
    const regionTotal = totals.regionTotals[r] ?? 0;
    if (!(regionTotal > 0)) continue;
    let absoluteDeviation = 0;
    let weightedQuotient = 0;
    let squares = 0;
    let information = 0;
    for (let a = 0; a < nActivities; a++) {
      const value = matrix.values[r * nActivities + a] ?? Number.NaN;
      const share = Number.isNaN(value) ? 0 : value / regionTotal;
      const economyShare = (totals.activityTotals[a] ?? 0) / totals.grandTotal;
      absoluteDeviation += Math.abs(share - economyShare);
      if (share > 0) {
        // RCA_ra·s_ra = s_ra² / s_a; s_a > 0 whenever s_ra > 0.
        weightedQuotient += (share * share) / economyShare;
        squares += share * share;
        information -= share * Math.log2(share);
      }
    }
    krugman[r] = absoluteDeviation;
    hachman[r] = 1 / weightedQuotient;
    hhi[r] = squares;
    entropy[r] = information;
  }
  return { krugman, hachman, hhi, entropy };
}

/**
 * Compound annual growth rate between two values `years` apart: (end/start)^(1/years) − 1.
 * NaN when it is undefined: a start ≤ 0, a negative or missing end, or years ≤ 0.
 */
export function cagr(start: number, end: number, years: number): number {
  if (!(start > 0) || !(end >= 0) || !(years > 0) || !Number.isFinite(start) || !Number.isFinite(end)) {
    return Number.NaN;
  }
  return Math.pow(end / start, 1 / years) - 1;
}
