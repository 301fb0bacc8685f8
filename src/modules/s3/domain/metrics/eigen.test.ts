import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import {
  dot,
  largestEigenpair,
  pseudoRandom,
  symmetricTridiagonalEigen,
  type SymmetricOperator,
} from './eigen.ts';
import { expectClose } from './fixtures/expect-close.ts';

function denseOperator(a: Float64Array, n: number): SymmetricOperator {
  return (x, out) => {
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += (a[i * n + j] ?? 0) * (x[j] ?? 0);
      out[i] = sum;
    }
  };
}

describe('symmetricTridiagonalEigen', () => {
  it('solves tridiag(−1, 2, −1), whose eigenvalues are 2 − 2·cos(kπ/(k+1))', () => {
    const k = 6;
    const { values, vectors } = symmetricTridiagonalEigen(
      new Float64Array(k).fill(2),
      new Float64Array(k - 1).fill(-1),
    );
    const expected = Array.from({ length: k }, (_, i) => 2 - 2 * Math.cos(((i + 1) * Math.PI) / (k + 1)));
    expectClose(
      Array.from(values).sort((x, y) => x - y),
      expected,
      1e-13,
      1e-14,
    );
    // Each column v of `vectors` satisfies T·v = λ·v.
    for (let c = 0; c < k; c++) {
      const v = Array.from({ length: k }, (_, i) => vectors[i * k + c] ?? 0);
      const tv = v.map((vi, i) => 2 * vi - (v[i - 1] ?? 0) - (v[i + 1] ?? 0));
      expectClose(
        tv,
        v.map((vi) => (values[c] ?? 0) * vi),
        1e-12,
        1e-13,
      );
    }
  });

  it('handles a 1 × 1 matrix', () => {
    expect(Array.from(symmetricTridiagonalEigen(Float64Array.of(4), new Float64Array(0)).values)).toEqual([
      4,
    ]);
  });
});

describe('largestEigenpair (Lanczos)', () => {
  it('matches a dense symmetric eigen decomposition (ml-matrix) after deflating the top vector', () => {
    const n = 60;
    const random = pseudoRandom(3);
    const b = Matrix.from1DArray(
      n,
      n,
      Array.from({ length: n * n }, () => random() - 0.5),
    );
    const a = b.transpose().mmul(b); // symmetric positive semi-definite
    const reference = new EigenvalueDecomposition(a, { assumeSymmetric: true });
    const order = reference.realEigenvalues
      .map((value, i) => [value, i] as const)
      .sort((x, y) => y[0] - x[0]);
    const [top, second] = order.map(([, i]) => Float64Array.from(reference.eigenvectorMatrix.getColumn(i)));
    if (!top || !second) throw new Error('no eigenvectors');
    const pair = largestEigenpair(denseOperator(Float64Array.from(a.to1DArray()), n), n, [top]);
    expect(pair.value).toBeCloseTo(order[1]?.[0] ?? 0, 12);
    expect(Math.abs(dot(pair.vector, second))).toBeCloseTo(1, 12);
    expect(pair.residual).toBeLessThan(1e-12);
  });

  it('stops at an invariant Krylov space (repeated eigenvalues) with the right eigenpair', () => {
    // diag(3, 2, 2, 2, 1, 0): a random start spans only 4 distinct eigen-directions, so the
    // Krylov space is invariant after 3 steps once e1 is deflated.
    const diagonal = [3, 2, 2, 2, 1, 0];
    const n = diagonal.length;
    const apply: SymmetricOperator = (x, out) => diagonal.forEach((d, i) => (out[i] = d * (x[i] ?? 0)));
    const e1 = Float64Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0));
    const pair = largestEigenpair(apply, n, [e1]);
    expect(pair.value).toBeCloseTo(2, 14);
    expect(Math.abs(pair.vector[0] ?? 1)).toBeLessThan(1e-14);
  });

  it('reports a near-zero gap when the top two eigenvalues of the subspace are close', () => {
    const diagonal = [3, 2, 2 - 1e-12, 1.5, 1];
    const apply: SymmetricOperator = (x, out) => diagonal.forEach((d, i) => (out[i] = d * (x[i] ?? 0)));
    const e1 = Float64Array.from(diagonal, (_, i) => (i === 0 ? 1 : 0));
    const pair = largestEigenpair(apply, diagonal.length, [e1]);
    expect(pair.value).toBeCloseTo(2, 11);
    expect(pair.gap).toBeLessThan(1e-9);
  });
});
