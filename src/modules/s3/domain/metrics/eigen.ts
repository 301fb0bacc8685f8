// Eigen solvers for the complexity indices. The matrices are symmetric (see complexity.ts),
// so we use Lanczos with full reorthogonalisation on the operator restricted to the
// complement of known eigenvectors, and an implicit QL solver for the small tridiagonal
// matrix that Lanczos builds. Only matrix–vector products are needed, which are cheap
// because M is sparse.

/** out = A·x for a symmetric A. */
export type SymmetricOperator = (x: Float64Array, out: Float64Array) => void;

export type Eigenpair = {
  value: number;
  /** Unit vector, orthogonal to the deflated vectors. */
  vector: Float64Array;
  /** ‖A·v − λ·v‖. */
  residual: number;
  /**
   * λ minus the next Ritz value. Ritz values interlace, so this is an upper bound of the gap
   * to the next eigenvalue: a tiny value proves near-degeneracy, a large one proves nothing
   * (one Krylov sequence cannot see an exactly repeated eigenvalue).
   */
  gap: number;
  iterations: number;
};

export type LanczosOptions = {
  /**
   * Stop once ‖A·v − λ·v‖ ≤ tolerance·max(1, |λ|), or when the residual has stopped
   * shrinking (rounding floor) after reaching 1e-10.
   */
  tolerance?: number;
  maxIterations?: number;
};

const BREAKDOWN = 1e-13;

/**
 * The largest eigenpair of a symmetric operator on the subspace orthogonal to `deflate`
 * (orthonormal vectors, typically eigenvectors already known). With exact arithmetic the
 * Krylov space reaches the whole subspace after n − deflate.length steps, so the result is
 * exact at worst after that many steps; in practice the extreme eigenpair converges much
 * sooner.
 */
export function largestEigenpair(
  apply: SymmetricOperator,
  n: number,
  deflate: Float64Array[],
  options: LanczosOptions = {},
): Eigenpair {
  const tolerance = options.tolerance ?? 1e-15;
  const dimension = n - deflate.length;
  if (dimension < 1) throw new RangeError('no subspace left after deflation');
  const maxIterations = Math.min(dimension, options.maxIterations ?? dimension);
  const basis: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = []; // beta[j] couples basis[j] and basis[j + 1]
  const random = pseudoRandom(0x5eed);
  let q = startVector(n, deflate, random);
  const w = new Float64Array(n);
  let best: Eigenpair | null = null;
  let stalledChecks = 0;
  for (let j = 0; j < maxIterations; j++) {
    basis.push(q);
    apply(q, w);
    const a = dot(q, w);
    alpha.push(a);
    axpy(-a, q, w);
    const previous = basis[j - 1];
    if (previous) axpy(-(beta[j - 1] ?? 0), previous, w);
    // Full reorthogonalisation, twice ("twice is enough"), keeps the basis orthonormal to
    // machine precision, so Ritz vectors are accurate to ~1e-15.
    orthogonalise(w, deflate, basis);
    orthogonalise(w, deflate, basis);
    const b = norm(w);
    const isLast = j + 1 === maxIterations;
    // An invariant Krylov space (b ≈ 0) holds the eigenvectors that the start vector touches;
    // a random start touches all of them, so its top Ritz pair is the answer.
    const isInvariant = b < BREAKDOWN;
    if (isLast || isInvariant || shouldCheck(j)) {
      const ritz = topRitzPair(alpha, beta, basis, n);
      const residual = Math.abs(b * ritz.lastComponent);
      stalledChecks = best && residual < 1e-10 && residual > 0.5 * best.residual ? stalledChecks + 1 : 0;
      best = { value: ritz.value, vector: ritz.vector, residual, gap: ritz.gap, iterations: j + 1 };
      const isConverged = residual <= tolerance * Math.max(1, Math.abs(ritz.value)) || stalledChecks === 3;
      if (isLast || isInvariant || isConverged) break;
    }
    beta.push(b);
    q = w.map((value) => value / b);
  }
  if (!best) throw new RangeError('Lanczos did not run');
  return { ...best, residual: residualNorm(apply, best.value, best.vector) };
}

function shouldCheck(j: number): boolean {
  return j < 40 ? j % 4 === 3 : j % 10 === 9;
}

type RitzPair = { value: number; vector: Float64Array; gap: number; lastComponent: number };

function topRitzPair(alpha: number[], beta: number[], basis: Float64Array[], n: number): RitzPair {
  const k = alpha.length;
  const { values, vectors } = symmetricTridiagonalEigen(
    Float64Array.from(alpha),
    Float64Array.from(beta.slice(0, k - 1)),
  );
  let top = 0;
  for (let i = 1; i < k; i++) if ((values[i] ?? 0) > (values[top] ?? 0)) top = i;
  let next = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < k; i++) if (i !== top) next = Math.max(next, values[i] ?? 0);
  const vector = new Float64Array(n);
  for (let i = 0; i < k; i++) {
    const basisVector = basis[i];
    if (basisVector) axpy(vectors[i * k + top] ?? 0, basisVector, vector);
  }
  const length = norm(vector);
  for (let i = 0; i < n; i++) vector[i] = (vector[i] ?? 0) / length;
  return {
    value: values[top] ?? 0,
    vector,
    gap: (values[top] ?? 0) - next,
    lastComponent: vectors[(k - 1) * k + top] ?? 0,
  };
}

/**
 * Eigenvalues and eigenvectors of the symmetric tridiagonal matrix with `diagonal` (length
 * k) and `offDiagonal` (length k − 1), by the implicit QL method with Wilkinson shifts
 * (Bowdler, Martin, Reinsch & Wilkinson 1968). Eigenvector i is column i of the row-major
 * k × k `vectors`.
 */
export function symmetricTridiagonalEigen(
  diagonal: Float64Array,
  offDiagonal: Float64Array,
): { values: Float64Array; vectors: Float64Array } {
  const k = diagonal.length;
  const d = Float64Array.from(diagonal);
  const e = new Float64Array(k); // e[i] couples i and i + 1
  e.set(offDiagonal.subarray(0, Math.max(0, k - 1)));
  const z = new Float64Array(k * k);
  for (let i = 0; i < k; i++) z[i * k + i] = 1;
  for (let l = 0; l < k; l++) {
    for (let iteration = 0; ; iteration++) {
      let m = l;
      while (m < k - 1) {
        const scale = Math.abs(d[m] ?? 0) + Math.abs(d[m + 1] ?? 0);
        if (Math.abs(e[m] ?? 0) <= Number.EPSILON * scale) break;
        m++;
      }
      if (m === l) break;
      if (iteration === 60) throw new RangeError('tridiagonal QL did not converge');
      qlSweep(d, e, z, k, l, m);
    }
  }
  return { values: d, vectors: z };
}

/** One implicit QL step on the unreduced block l..m, accumulating rotations into z. */
function qlSweep(d: Float64Array, e: Float64Array, z: Float64Array, k: number, l: number, m: number): void {
  const dl = d[l] ?? 0;
  const el = e[l] ?? 0;
  // Wilkinson shift from the leading 2 × 2 block.
  let g = ((d[l + 1] ?? 0) - dl) / (2 * el);
  let r = Math.hypot(g, 1);
  g = (d[m] ?? 0) - dl + el / (g + (g >= 0 ? r : -r));
  let s = 1;
  let c = 1;
  let p = 0;
  let i = m - 1;
  for (; i >= l; i--) {
    const f = s * (e[i] ?? 0);
    const b = c * (e[i] ?? 0);
    r = Math.hypot(f, g);
    e[i + 1] = r;
    if (r === 0) {
      // Underflow: the block splits; deflate and let the caller restart.
      d[i + 1] = (d[i + 1] ?? 0) - p;
      e[m] = 0;
      return;
    }
    s = f / r;
    c = g / r;
    g = (d[i + 1] ?? 0) - p;
    r = ((d[i] ?? 0) - g) * s + 2 * c * b;
    p = s * r;
    d[i + 1] = g + p;
    g = c * r - b;
    for (let row = 0; row < k; row++) {
      const zi = z[row * k + i] ?? 0;
      const zi1 = z[row * k + i + 1] ?? 0;
      z[row * k + i + 1] = s * zi + c * zi1;
      z[row * k + i] = c * zi - s * zi1;
    }
  }
  d[l] = (d[l] ?? 0) - p;
  e[l] = g;
  e[m] = 0;
}

function residualNorm(apply: SymmetricOperator, value: number, vector: Float64Array): number {
  const image = new Float64Array(vector.length);
  apply(vector, image);
  axpy(-value, vector, image);
  return norm(image);
}

function startVector(n: number, against: Float64Array[], random: () => number): Float64Array {
  for (let attempt = 0; attempt < 10; attempt++) {
    const v = new Float64Array(n).map(() => random() - 0.5);
    orthogonalise(v, against, []);
    orthogonalise(v, against, []);
    const length = norm(v);
    if (length > 1e-8) return v.map((value) => value / length);
  }
  throw new RangeError('no start vector orthogonal to the deflated space');
}

function orthogonalise(v: Float64Array, first: Float64Array[], second: Float64Array[]): void {
  for (const u of first) axpy(-dot(u, v), u, v);
  for (const u of second) axpy(-dot(u, v), u, v);
}

export function dot(x: Float64Array, y: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += (x[i] ?? 0) * (y[i] ?? 0);
  return sum;
}

function norm(x: Float64Array): number {
  return Math.sqrt(dot(x, x));
}

/** y += a·x */
function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] = (y[i] ?? 0) + a * (x[i] ?? 0);
}

/** mulberry32: a tiny deterministic generator, so results do not depend on Math.random. */
export function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
