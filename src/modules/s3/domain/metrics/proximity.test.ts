import { describe, expect, it } from 'vitest';
import { pseudoRandom } from './eigen.ts';
import { expectClose } from './fixtures/expect-close.ts';
import { presenceFromMatrix } from './presence.ts';
import {
  coOccurrence,
  packedCoOccurrence,
  pairCoOccurrence,
  proximityMatrix,
  rowTotals,
} from './proximity.ts';

// M of the hand example in specialisation.test.ts (RCA ≥ 1): R1 {A1,A2}, R2 {A1,A2,A3},
// R3 {A2,A3,A4}; ubiquity u = 2,3,2,1. Co-occurrences: C12 = 2 (R1,R2), C13 = 1 (R2),
// C14 = 0, C23 = 2 (R2,R3), C24 = 1 (R3), C34 = 1 (R3); the diagonal is u.
const M = Uint8Array.from([1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1]);
const PRESENCE = presenceFromMatrix(M, 3, 4);

describe('coOccurrence', () => {
  it('counts the regions holding both activities (hand example)', () => {
    // prettier-ignore
    expect(Array.from(coOccurrence(PRESENCE))).toEqual([
      2, 2, 1, 0,
      2, 3, 2, 1,
      1, 2, 2, 1,
      0, 1, 1, 1,
    ]);
  });

  it('packed and pairwise counting agree on random matrices', () => {
    const random = pseudoRandom(7);
    for (const [regions, activities, share] of [
      [50, 31, 0.3],
      [200, 100, 0.7],
      [7, 2, 0.5],
    ] as const) {
      const m = Uint8Array.from({ length: regions * activities }, () => (random() < share ? 1 : 0));
      const presence = presenceFromMatrix(m, regions, activities);
      const expected = Array.from(pairCoOccurrence(presence));
      expect(Array.from(packedCoOccurrence(presence, 'simd'))).toEqual(expected);
      expect(Array.from(packedCoOccurrence(presence, 'typescript'))).toEqual(expected);
    }
  });
});

describe('proximityMatrix (hand example)', () => {
  const options = { diagonal: 'zero', regionCount: 3 } as const;

  it('minimum conditional probability C_ij / max(u_i, u_j), diagonal 0 (atlas)', () => {
    const phi = proximityMatrix(PRESENCE, { ...options, measure: 'min_conditional' });
    // prettier-ignore
    expectClose(phi, [
      0, 2 / 3, 1 / 2, 0,
      2 / 3, 0, 2 / 3, 1 / 3,
      1 / 2, 2 / 3, 0, 1 / 2,
      0, 1 / 3, 1 / 2, 0,
    ]);
  });

  it('keeps the self-proximity C_ii / u_i = 1 on the diagonal (pyecomplexity)', () => {
    const phi = proximityMatrix(PRESENCE, { ...options, measure: 'min_conditional', diagonal: 'self' });
    expectClose([phi[0] ?? 0, phi[5] ?? 0, phi[10] ?? 0, phi[15] ?? 0], [1, 1, 1, 1]);
    expect(phi[1]).toBeCloseTo(2 / 3, 15);
  });

  it('cosine C_ij / √(u_i·u_j)', () => {
    const phi = proximityMatrix(PRESENCE, { ...options, measure: 'cosine', diagonal: 'self' });
    // prettier-ignore
    expectClose(phi, [
      1, 2 / Math.sqrt(6), 1 / 2, 0,
      2 / Math.sqrt(6), 1, 2 / Math.sqrt(6), 1 / Math.sqrt(3),
      1 / 2, 2 / Math.sqrt(6), 1, 1 / Math.sqrt(2),
      0, 1 / Math.sqrt(3), 1 / Math.sqrt(2), 1,
    ]);
  });

  it('association strength N·C_ij / (u_i·u_j) with N = 3 regions', () => {
    const phi = proximityMatrix(PRESENCE, { ...options, measure: 'association', diagonal: 'self' });
    // Off-diagonal: 3·2/6, 3·1/4, 0, 3·2/6, 3·1/3, 3·1/2; diagonal 3/u.
    // prettier-ignore
    expectClose(phi, [
      1.5, 1, 0.75, 0,
      1, 1, 1, 1,
      0.75, 1, 1.5, 1.5,
      0, 1, 1.5, 3,
    ]);
  });

  it('gives 0 to pairs with an activity no region is specialised in', () => {
    const presence = presenceFromMatrix(Uint8Array.from([1, 0, 1, 0]), 2, 2);
    const phi = proximityMatrix(presence, { measure: 'min_conditional', diagonal: 'self', regionCount: 2 });
    expect(Array.from(phi)).toEqual([1, 0, 0, 0]);
  });

  it('row totals', () => {
    const phi = proximityMatrix(PRESENCE, { ...options, measure: 'min_conditional' });
    expectClose(rowTotals(phi, 4), [7 / 6, 5 / 3, 5 / 3, 5 / 6]);
  });
});
