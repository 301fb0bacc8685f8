import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close.ts';
import {
  binarySpecialisation,
  cagr,
  computeTotals,
  regionStructure,
  revealedComparativeAdvantage,
} from './specialisation.ts';
import type { ValueMatrix } from './value-matrix.ts';

function matrix(rows: number[][]): ValueMatrix {
  return {
    regions: rows.map((_, r) => `R${r + 1}`),
    activities: (rows[0] ?? []).map((_, a) => `A${a + 1}`),
    values: Float64Array.from(rows.flat()),
  };
}

// Hand example. Every activity total is 8 of 32, so s_a = 1/4 and RCA = 4·s_ra:
// R1 = 6,2,0,0 (total 8) → shares .75,.25,0,0; R2 = 2,2,4,0 (8) → .25,.25,.5,0;
// R3 = 0,4,4,8 (16) → 0,.25,.25,.5. Several RCAs are exactly 1 (ties with the threshold).
const HAND = matrix([
  [6, 2, 0, 0],
  [2, 2, 4, 0],
  [0, 4, 4, 8],
]);

describe('revealedComparativeAdvantage and binarySpecialisation (hand example)', () => {
  const rca = revealedComparativeAdvantage(HAND);

  it('computes RCA = s_ra / s_a', () => {
    expectClose(rca, [3, 1, 0, 0, 1, 1, 2, 0, 0, 1, 1, 2]);
  });

  it.each([
    [1, [1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1]], // RCA exactly 1 counts (≥), as in EconGeo and Stata
    [2, [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]],
    [0.5, [1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1]],
  ])('M at threshold %s', (threshold, expected) => {
    expect(Array.from(binarySpecialisation(rca, threshold))).toEqual(expected);
  });

  it('treats a missing cell as 0 in the totals and leaves its own RCA undefined', () => {
    // R1's 6 becomes missing: R1 total 2, activity totals 2,8,8,8 of 26.
    const withMissing = {
      ...HAND,
      values: Float64Array.from(HAND.values, (v, i) => (i === 0 ? Number.NaN : v)),
    };
    const totals = computeTotals(withMissing);
    expect(totals.missingCount).toBe(1);
    expect(Array.from(totals.regionTotals)).toEqual([2, 8, 16]);
    expect(totals.grandTotal).toBe(26);
    const out = revealedComparativeAdvantage(withMissing, totals);
    expect(out[0]).toBeNaN();
    // R2/A1: (2/8)/(2/26) = 3.25; R1/A2: (2/2)/(8/26) = 3.25.
    expectClose([out[4] ?? 0, out[1] ?? 0], [3.25, 3.25]);
  });

  it('leaves RCA undefined for a region or an activity whose total is 0', () => {
    const out = revealedComparativeAdvantage(
      matrix([
        [0, 0],
        [1, 0],
      ]),
    );
    expect(Array.from(out).map((v) => (Number.isNaN(v) ? null : v))).toEqual([null, null, 1, null]);
    expect(Array.from(binarySpecialisation(out, 1))).toEqual([0, 0, 1, 0]);
  });
});

describe('regionStructure (hand example)', () => {
  const structure = regionStructure(HAND, computeTotals(HAND));

  it('Krugman index Σ|s_ra − s_a| against the whole economy', () => {
    // R1: .5 + 0 + .25 + .25; R2: 0 + 0 + .25 + .25; R3: .25 + 0 + 0 + .25
    expectClose(structure.krugman, [1, 0.5, 0.5]);
  });

  it('Hachman index 1/Σ RCA·s_ra', () => {
    // R1: 3·.75 + 1·.25 = 2.5; R2 and R3: .25 + .25 + 2·.5 = 1.5
    expectClose(structure.hachman, [1 / 2.5, 1 / 1.5, 1 / 1.5]);
  });

  it('Herfindahl-Hirschman Σ s_ra²', () => {
    expectClose(structure.hhi, [0.5625 + 0.0625, 0.375, 0.375]);
  });

  it('Shannon entropy in bits', () => {
    // R1: −(.75·log2 .75 + .25·log2 .25) = 2 − .75·log2 3; R2, R3: .25·2 + .25·2 + .5·1
    expectClose(structure.entropy, [2 - 0.75 * Math.log2(3), 1.5, 1.5]);
  });

  it('is undefined for a region without data', () => {
    const empty = matrix([
      [0, 0],
      [1, 2],
    ]);
    const out = regionStructure(empty, computeTotals(empty));
    expect([out.krugman[0], out.hachman[0], out.hhi[0], out.entropy[0]].every(Number.isNaN)).toBe(true);
  });
});

describe("EconGeo's documented 5 × 5 location-quotient example", () => {
  // Rows from the `location_quotient` example of EconGeo; expected values computed by hand in
  // /work/shared/ANCHORS.md §4.1 ("[computed]"), rounded there to 3 decimals.
  const ECONGEO = matrix([
    [100, 0, 0, 0, 0],
    [0, 15, 5, 70, 10],
    [0, 20, 10, 20, 50],
    [0, 25, 30, 5, 40],
    [0, 40, 55, 5, 0],
  ]);
  const totals = computeTotals(ECONGEO);

  it('location quotients and EconGeo binary rule', () => {
    const lq = revealedComparativeAdvantage(ECONGEO, totals);
    // prettier-ignore
    expectClose(lq, [5, 0, 0, 0, 0, 0, 0.75, 0.25, 3.5, 0.5, 0, 1, 0.5, 1, 2.5, 0, 1.25, 1.5, 0.25, 2, 0, 2, 2.75, 0.25, 0]);
    expect(Array.from(binarySpecialisation(lq, 1).subarray(10, 15))).toEqual([0, 1, 0, 1, 1]);
  });

  it('Hachman, Krugman, Herfindahl and entropy', () => {
    const s = regionStructure(ECONGEO, totals);
    expectClose(s.hachman, [0.2, 0.381, 0.588, 0.635, 0.43], 0, 5e-4);
    expectClose(s.krugman, [1.6, 1.0, 0.6, 0.7, 1.1]);
    expectClose(s.hhi, [1, 0.525, 0.34, 0.315, 0.465]);
    expectClose(s.entropy, [0, 1.319, 1.761, 1.766, 1.219], 0, 5e-4);
  });
});

describe('cagr', () => {
  it.each([
    [100, 121, 2, 0.1],
    [100, 100, 5, 0],
    [100, 50, 1, -0.5],
    [100, 0, 2, -1],
    [0, 5, 1, Number.NaN],
    [-1, 5, 1, Number.NaN],
    [100, Number.NaN, 2, Number.NaN],
    [100, 121, 0, Number.NaN],
  ])('cagr(%s, %s, %s) = %s', (start, end, years, expected) => {
    expectClose([cagr(start, end, years)], [expected]);
  });
});
