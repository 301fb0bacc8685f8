import { describe, expect, it } from 'vitest';
import { pseudoRandom } from './eigen.ts';
import { expectClose } from './fixtures/expect-close.ts';
import { presenceFromMatrix } from './presence.ts';
import { proximityMatrix, rowTotals } from './proximity.ts';
import { neighbourhoodSums } from './relatedness.ts';
import { simdRowSums } from './simd-row-sums.ts';

// Hand example of proximity.test.ts: R1 {A1,A2}, R2 {A1,A2,A3}, R3 {A2,A3,A4}.
const PRESENCE = presenceFromMatrix(Uint8Array.from([1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1]), 3, 4);
const ALL_REGIONS = Uint8Array.from([1, 1, 1]);

function density(diagonal: 'zero' | 'self'): Float64Array {
  const phi = proximityMatrix(PRESENCE, { measure: 'min_conditional', diagonal, regionCount: 3 });
  const totals = rowTotals(phi, 4);
  const { inside } = neighbourhoodSums(PRESENCE, phi, new Float64Array(4), ALL_REGIONS);
  return inside.map((value, cell) => value / (totals[cell % 4] ?? 1));
}

describe('relatedness density Σ_j M_rj·φ_aj / Σ_j φ_aj (hand example)', () => {
  it('with the diagonal set to 0 (atlas)', () => {
    // Rows of φ: A1 (0, 2/3, 1/2, 0) total 7/6; A2 (2/3, 0, 2/3, 1/3) total 5/3;
    // A3 (1/2, 2/3, 0, 1/2) total 5/3; A4 (0, 1/3, 1/2, 0) total 5/6.
    // R1 holds A1, A2: A1 (2/3)/(7/6) = 4/7, A2 (2/3)/(5/3) = 2/5, A3 (7/6)/(5/3) = 7/10, A4 (1/3)/(5/6) = 2/5.
    // R2 holds A1..A3: A1 (7/6)/(7/6), A2 (4/3)/(5/3), A3 (7/6)/(5/3), A4 (5/6)/(5/6).
    // R3 holds A2..A4: A1 (7/6)/(7/6), A2 1/(5/3), A3 (7/6)/(5/3), A4 (5/6)/(5/6).
    // prettier-ignore
    expectClose(density('zero'), [
      4 / 7, 2 / 5, 7 / 10, 2 / 5,
      1, 4 / 5, 7 / 10, 1,
      1, 3 / 5, 7 / 10, 1,
    ]);
  });

  it('with the diagonal kept at 1 (pyecomplexity)', () => {
    // Row totals become 13/6, 8/3, 8/3, 11/6. R1: A1 (1 + 2/3)/(13/6) = 10/13,
    // A2 (2/3 + 1)/(8/3) = 5/8, A3 (1/2 + 2/3)/(8/3) = 7/16, A4 (1/3)/(11/6) = 2/11.
    expectClose(density('self').subarray(0, 4), [10 / 13, 5 / 8, 7 / 16, 2 / 11]);
  });
});

describe('neighbourhoodSums', () => {
  it('runs the WebAssembly SIMD kernel on Node', () => {
    expect(simdRowSums(new Float64Array(9), 3, 3, new Float64Array(3))).not.toBeNull();
  });

  it.each(['simd', 'typescript'] as const)(
    'agrees with the direct sums, through the list and the complement paths (%s)',
    (kernel) => {
      const random = pseudoRandom(11);
      const nRegions = 40;
      const n = 23; // odd: the SIMD kernel pads rows to an even length
      // Row r holds each activity with probability r/40: sparse rows use their list, dense
      // rows (more than half the activities) use the complement.
      const m = Uint8Array.from({ length: nRegions * n }, (_, i) =>
        random() < Math.floor(i / n) / nRegions ? 1 : 0,
      );
      const presence = presenceFromMatrix(m, nRegions, n);
      const phi = proximityMatrix(presence, { measure: 'cosine', diagonal: 'self', regionCount: nRegions });
      const weights = Float64Array.from({ length: n }, () => random() - 0.5);
      const mask = Uint8Array.from({ length: nRegions }, (_, r) => (r === 5 ? 0 : 1));
      const sums = neighbourhoodSums(presence, phi, weights, mask, kernel);
      const inside = new Float64Array(nRegions * n);
      const outside = new Float64Array(nRegions * n);
      for (let r = 0; r < nRegions; r++) {
        if (r === 5) continue;
        for (let a = 0; a < n; a++) {
          for (let j = 0; j < n; j++) {
            const value = phi[a * n + j] ?? 0;
            if (m[r * n + j] === 1) inside[r * n + a] = (inside[r * n + a] ?? 0) + value;
            else outside[r * n + a] = (outside[r * n + a] ?? 0) + value * (weights[j] ?? 0);
          }
        }
      }
      expect(presence.diversity.some((d) => d > n / 2)).toBe(true);
      expectClose(sums.inside, inside, 1e-12, 1e-13);
      expectClose(sums.weightedOutside, outside, 1e-12, 1e-13);
    },
  );
});
