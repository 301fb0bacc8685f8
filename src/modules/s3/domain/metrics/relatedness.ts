// Relatedness density and the neighbourhood sums behind the complexity outlook.
//
//   density[r,a] = Σ_j M[r,j]·φ[a,j] / Σ_j φ[a,j]
//   COG[r,a] ∝ (1 − M[r,a]) · Σ_j (1 − M[r,j])·φ[a,j]·w_j,  w_j = PCI_j / Σ_k φ[j,k]
//
// Both are products of the binary M with the dense proximity (R·n·d operations, the
// heaviest part of the whole computation), so one pass serves both: for each region we add
// up the proximity rows of its activity list. When a region holds more than half of the
// activities we walk the complement instead and subtract from the column totals, so the
// cost per region is min(d, n − d) rows. The row sums themselves are in row-sums.ts.

import type { Presence } from './presence.ts';
import { type RowSumKernel, rowSums } from './row-sums.ts';

export type NeighbourhoodSums = {
  /** Σ_j M[r,j]·φ[a,j], row-major R × n. */
  inside: Float64Array;
  /** Σ_j (1 − M[r,j])·φ[a,j]·w_j, row-major R × n. */
  weightedOutside: Float64Array;
};

/**
 * Regions with `regionMask[r] = 0` are skipped (their rows stay 0). `phi` must be symmetric,
 * so that row j of φ is also its column j. `kernel` 'typescript' forces the fallback (tests).
 */
export function neighbourhoodSums(
  presence: Presence,
  phi: Float64Array,
  weights: Float64Array,
  regionMask: Uint8Array,
  kernel: RowSumKernel = 'simd',
): NeighbourhoodSums {
  const { nRegions, nActivities: n, rowStart, cols } = presence;
  const columnTotals = new Float64Array(n);
  const weightedTotals = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const w = weights[j] ?? 0;
    for (let a = 0; a < n; a++) {
      const value = phi[j * n + a] ?? 0;
      columnTotals[a] = (columnTotals[a] ?? 0) + value;
      weightedTotals[a] = (weightedTotals[a] ?? 0) + w * value;
    }
  }
  const inside = new Float64Array(nRegions * n);
  const weightedOutside = new Float64Array(nRegions * n);
  const plain = new Float64Array(n);
  const weighted = new Float64Array(n);
  const complement = new Int32Array(n);
  const sumRows = rowSums(phi, n, n, weights, kernel);
  for (let r = 0; r < nRegions; r++) {
    if (regionMask[r] !== 1) continue;
    const start = rowStart[r] ?? 0;
    const end = rowStart[r + 1] ?? 0;
    const isListShorter = end - start <= n - (end - start);
    if (isListShorter) {
      sumRows(cols, start, end, plain, weighted);
    } else {
      sumRows(complement, 0, complementOf(cols, start, end, n, complement), plain, weighted);
    }
    const row = r * n;
    for (let a = 0; a < n; a++) {
      const p = plain[a] ?? 0;
      const w = weighted[a] ?? 0;
      inside[row + a] = isListShorter ? p : (columnTotals[a] ?? 0) - p;
      weightedOutside[row + a] = isListShorter ? (weightedTotals[a] ?? 0) - w : w;
    }
  }
  return { inside, weightedOutside };
}

/** The activities 0..n−1 missing from the ascending list cols[start..end), into out; returns their count. */
function complementOf(cols: Int32Array, start: number, end: number, n: number, out: Int32Array): number {
  let count = 0;
  let k = start;
  for (let a = 0; a < n; a++) {
    if (k < end && cols[k] === a) {
      k++;
      continue;
    }
    out[count++] = a;
  }
  return count;
}
