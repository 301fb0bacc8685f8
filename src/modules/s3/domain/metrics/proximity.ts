// Proximity (relatedness) between activities from their co-occurrence in the same regions.
// C[i,j] = Σ_r M[r,i]·M[r,j] is the number of regions specialised in both; C[i,i] = u_i.

import { activityLists, type Presence } from './presence.ts';
import { type RowSumKernel, rowSums } from './row-sums.ts';

export const PROXIMITY_MEASURES = ['min_conditional', 'cosine', 'association'] as const;
export type ProximityMeasure = (typeof PROXIMITY_MEASURES)[number];

/** 'zero': an activity is not its own neighbour (Stata/Atlas); 'self': keep the measure's own value. */
export type ProximityDiagonal = 'zero' | 'self';

/** Three activity counts share one float64 in 17-bit lanes; sums stay exact integers below 2^51. */
const LANE = 2 ** 17;
const LANE_WEIGHTS = [1, LANE, LANE * LANE] as const;

/** C = MᵀM as a dense n × n table (row-major, symmetric). */
export function coOccurrence(presence: Presence): Float64Array {
  return presence.nRegions < LANE ? packedCoOccurrence(presence) : pairCoOccurrence(presence);
}

/**
 * Row a of C is the sum of the M rows of the regions specialised in a. We pack each M row
 * three activities to a float64 (one 17-bit lane each, so counts up to 131,071 regions cannot
 * carry into the next lane): a third of the additions of the dense sum, all sequential, run
 * by the same SIMD row-sum kernel as density, and each row of C is written in order.
 */
export function packedCoOccurrence(presence: Presence, kernel: RowSumKernel = 'simd'): Float64Array {
  const { nRegions, nActivities: n, rowStart, cols } = presence;
  const words = Math.ceil(n / 3);
  const packed = new Float64Array(nRegions * words);
  for (let r = 0; r < nRegions; r++) {
    for (let k = rowStart[r] ?? 0; k < (rowStart[r + 1] ?? 0); k++) {
      const a = cols[k] ?? 0;
      const word = r * words + Math.floor(a / 3);
      packed[word] = (packed[word] ?? 0) + (LANE_WEIGHTS[a % 3] ?? 0);
    }
  }
  const sumRows = rowSums(packed, nRegions, words, new Float64Array(nRegions), kernel);
  const { colStart, rowsOf } = activityLists(presence);
  const c = new Float64Array(n * n);
  const sums = new Float64Array(words);
  const unused = new Float64Array(words);
  for (let a = 0; a < n; a++) {
    sumRows(rowsOf, colStart[a] ?? 0, colStart[a + 1] ?? 0, sums, unused);
    const row = a * n;
    for (let word = 0; word < words; word++) {
      // Exact: the lanes are powers of two and the counts integers below 2^51.
      const packedCounts = sums[word] ?? 0;
      const high = Math.floor(packedCounts / (LANE * LANE));
      const middle = Math.floor((packedCounts - high * LANE * LANE) / LANE);
      const b = word * 3;
      c[row + b] = packedCounts - high * LANE * LANE - middle * LANE;
      if (b + 1 < n) c[row + b + 1] = middle;
      if (b + 2 < n) c[row + b + 2] = high;
    }
  }
  return c;
}

/** C = MᵀM by adding 1 for every pair of activities in each region's list (Σ_r d_r²/2 steps). */
export function pairCoOccurrence(presence: Presence): Float64Array {
  const { nRegions, nActivities: n, rowStart, cols } = presence;
  const c = new Float64Array(n * n);
  for (let r = 0; r < nRegions; r++) {
    const end = rowStart[r + 1] ?? 0;
    for (let i = rowStart[r] ?? 0; i < end; i++) {
      const base = (cols[i] ?? 0) * n;
      for (let k = i; k < end; k++) {
        const cell = base + (cols[k] ?? 0);
        c[cell] = (c[cell] ?? 0) + 1;
      }
    }
  }
  // Lists are ascending, so only the upper triangle was filled: mirror it.
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) c[j * n + i] = c[i * n + j] ?? 0;
  return c;
}

export type ProximityOptions = {
  measure: ProximityMeasure;
  diagonal: ProximityDiagonal;
  /** Number of regions that could hold an activity (regions with data); used by 'association'. */
  regionCount: number;
};

/**
 * Symmetric n × n proximity, row-major:
 * - min_conditional (Hidalgo et al. 2007): φ = C_ij / max(u_i, u_j), the smaller of the two
 *   conditional probabilities P(i|j), P(j|i);
 * - cosine (Salton): C_ij / √(u_i·u_j), the cosine of the two columns of M;
 * - association strength (van Eck & Waltman 2009, probabilistic form): N·C_ij / (u_i·u_j),
 *   observed over expected co-occurrences if activities were placed independently in the
 *   N regions (1 = as expected).
 * Pairs involving an activity that no region is specialised in are 0 (no evidence).
 */
export function proximityMatrix(presence: Presence, options: ProximityOptions): Float64Array {
  const n = presence.nActivities;
  const phi = coOccurrence(presence);
  const u = presence.ubiquity;
  for (let i = 0; i < n; i++) {
    const ui = u[i] ?? 0;
    for (let j = 0; j < n; j++) {
      const uj = u[j] ?? 0;
      const cell = i * n + j;
      const together = phi[cell] ?? 0;
      if (ui === 0 || uj === 0 || (i === j && options.diagonal === 'zero')) {
        phi[cell] = 0;
      } else if (options.measure === 'min_conditional') {
        phi[cell] = together / Math.max(ui, uj);
      } else if (options.measure === 'cosine') {
        phi[cell] = together / Math.sqrt(ui * uj);
      } else {
        phi[cell] = (options.regionCount * together) / (ui * uj);
      }
    }
  }
  return phi;
}

/** Row totals Σ_j φ[i,j], the denominators of density and of COG. */
export function rowTotals(phi: Float64Array, n: number): Float64Array {
  const totals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += phi[i * n + j] ?? 0;
    totals[i] = sum;
  }
  return totals;
}
