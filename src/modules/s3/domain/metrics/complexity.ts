// Economic complexity of regions (ECI) and activities (PCI), Hidalgo & Hausmann (2009).
// Everything here works on a compact presence matrix in which every region has diversity
// d_r > 0, every activity has ubiquity u_a > 0 and the region–activity graph is connected
// (compute-metrics.ts restricts to that set first).
//
// Raw PCI k_p is the eigenvector of the second largest eigenvalue of
//   M̃ = D_u⁻¹ Mᵀ D_d⁻¹ M,   M̃[p,p'] = Σ_r M[r,p]·M[r,p'] / (d_r·u_p),
// and raw ECI is the mean raw PCI of a region's activities, k_c = D_d⁻¹ M k_p. M̃ is not
// symmetric but it is similar to the symmetric positive semi-definite
//   S = D_u^{-1/2} Mᵀ D_d⁻¹ M D_u^{-1/2} = D_u^{1/2} M̃ D_u^{-1/2},
// so if S·v = λ·v then M̃·(D_u^{-1/2} v) = λ·(D_u^{-1/2} v). S has the eigenvalue 1 with the
// known eigenvector √u (M̃ is row-stochastic, M̃·1 = 1), which we deflate; the largest
// eigenvalue of S on the complement of √u is then λ₂.

import { largestEigenpair, type SymmetricOperator } from './eigen.ts';
import type { Presence } from './presence.ts';
import { correlation } from './stats.ts';

export const CONVENTIONS = ['atlas', 'pyecomplexity'] as const;
/**
 * 'atlas': as the Stata `ecomplexity` package behind the Atlas of Economic Complexity;
 * 'pyecomplexity': as the Python package of that name. See `standardisationScale`.
 */
export type Convention = (typeof CONVENTIONS)[number];

export const COMPLEXITY_METHODS = ['eigenvector', 'reflections'] as const;
export type ComplexityMethod = (typeof COMPLEXITY_METHODS)[number];

/** Raw (unstandardised) scores on the compact matrix. */
export type RawComplexity = {
  /** k_c, one per region. */
  eci: Float64Array;
  /** k_p, one per activity. */
  pci: Float64Array;
  /** λ₂ of M̃ (eigenvector method only). */
  eigenvalue: number | null;
  /** An upper bound of λ₂ − λ₃ (see Eigenpair.gap); near 0 the ECI ranking is ill-determined. */
  gap: number | null;
};

/** S·x for the presence matrix, without forming S: two passes over the M = 1 cells. */
function similarOperator(presence: Presence): SymmetricOperator {
  const inverseRootUbiquity = Float64Array.from(presence.ubiquity, (u) => 1 / Math.sqrt(u));
  const scaled = new Float64Array(presence.nActivities);
  return (x, out) => applySimilar(presence, inverseRootUbiquity, scaled, x, out);
}

// A plain function rather than the closure body, so that V8 optimises it once for all calls.
function applySimilar(
  presence: Presence,
  inverseRootUbiquity: Float64Array,
  scaled: Float64Array,
  x: Float64Array,
  out: Float64Array,
): void {
  const { nRegions, rowStart, cols, diversity } = presence;
  for (let a = 0; a < scaled.length; a++) scaled[a] = (x[a] ?? 0) * (inverseRootUbiquity[a] ?? 0);
  out.fill(0);
  for (let r = 0; r < nRegions; r++) {
    const start = rowStart[r] ?? 0;
    const end = rowStart[r + 1] ?? 0;
    let sum = 0;
    for (let k = start; k < end; k++) sum += scaled[cols[k] ?? 0] ?? 0;
    sum /= diversity[r] ?? 1;
    for (let k = start; k < end; k++) {
      const a = cols[k] ?? 0;
      out[a] = (out[a] ?? 0) + sum;
    }
  }
  for (let a = 0; a < out.length; a++) out[a] = (out[a] ?? 0) * (inverseRootUbiquity[a] ?? 0);
}

/** k_c = D_d⁻¹ M k_p: the mean of k_p over each region's activities. */
function regionMeans(presence: Presence, activityScores: Float64Array): Float64Array {
  const { nRegions, rowStart, cols, diversity } = presence;
  const out = new Float64Array(nRegions);
  for (let r = 0; r < nRegions; r++) {
    let sum = 0;
    for (let k = rowStart[r] ?? 0; k < (rowStart[r + 1] ?? 0); k++) sum += activityScores[cols[k] ?? 0] ?? 0;
    out[r] = sum / (diversity[r] ?? 1);
  }
  return out;
}

/** k_p = D_u⁻¹ Mᵀ k_c: the mean of k_c over each activity's regions. */
function activityMeans(presence: Presence, regionScores: Float64Array): Float64Array {
  const { nRegions, rowStart, cols, ubiquity } = presence;
  const out = new Float64Array(presence.nActivities);
  for (let r = 0; r < nRegions; r++) {
    const score = regionScores[r] ?? 0;
    for (let k = rowStart[r] ?? 0; k < (rowStart[r + 1] ?? 0); k++) {
      const a = cols[k] ?? 0;
      out[a] = (out[a] ?? 0) + score;
    }
  }
  for (let a = 0; a < out.length; a++) out[a] = (out[a] ?? 0) / (ubiquity[a] ?? 1);
  return out;
}

/** Needs at least 2 regions and 2 activities (otherwise there is no second eigenvector). */
export function eigenvectorComplexity(presence: Presence): RawComplexity {
  const n = presence.nActivities;
  let totalUbiquity = 0;
  for (const u of presence.ubiquity) totalUbiquity += u;
  const trivial = Float64Array.from(presence.ubiquity, (u) => Math.sqrt(u / totalUbiquity));
  const pair = largestEigenpair(similarOperator(presence), n, [trivial]);
  const pci = pair.vector.map((v, a) => v / Math.sqrt(presence.ubiquity[a] ?? 1));
  return { eci: regionMeans(presence, pci), pci, eigenvalue: pair.value, gap: pair.gap };
}

/**
 * The method of reflections (Hidalgo & Hausmann 2009): k_c,0 = d, k_p,0 = u,
 * k_c,N = D_d⁻¹ M k_p,N−1 and k_p,N = D_u⁻¹ Mᵀ k_c,N−1. Returns k_c,N as ECI and k_p,N−1 as
 * PCI (EconGeo's MORc / MORt pairing), so that ECI is again the mean PCI of a region's
 * activities. A double reflection P = D_u⁻¹ Mᵀ D_d⁻¹ M maps constants to constants, and the
 * constant is its eigenvector of eigenvalue 1; we remove it after each step by subtracting
 * the ubiquity-weighted mean (the projection that is orthogonal for M̃, whose eigenvector
 * solution satisfies Σ_p u_p·k_p = 0) and rescale. That keeps the deviations from vanishing
 * in floating point, changes nothing once ECI and PCI are standardised, and gives raw PCI
 * the same location as the eigenvector's, which COI and COG depend on. As N grows the
 * scores tend to the eigenvector solution, at the rate (λ₃/λ₂)^(N/2).
 */
export function reflectionsComplexity(presence: Presence, steps: number): RawComplexity {
  // k_p,N−1 lies on the chain that starts from u when N − 1 is even, from k_p,1 otherwise.
  let pci =
    steps % 2 === 1
      ? Float64Array.from(presence.ubiquity)
      : activityMeans(presence, Float64Array.from(presence.diversity));
  centre(pci, presence.ubiquity);
  for (let step = steps % 2 === 1 ? 1 : 2; step < steps; step += 2) {
    pci = activityMeans(presence, regionMeans(presence, pci));
    centre(pci, presence.ubiquity);
  }
  return { eci: regionMeans(presence, pci), pci, eigenvalue: null, gap: null };
}

/** values ← (values − weighted mean) / largest deviation. */
function centre(values: Float64Array, weights: Int32Array): void {
  let sum = 0;
  let totalWeight = 0;
  values.forEach((value, i) => {
    sum += (weights[i] ?? 0) * value;
    totalWeight += weights[i] ?? 0;
  });
  const location = sum / totalWeight;
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value - location));
  const scale = largest > 0 ? largest : 1;
  for (let i = 0; i < values.length; i++) values[i] = ((values[i] ?? 0) - location) / scale;
}

/**
 * Signs ECI and PCI so that ECI correlates positively with diversity (as the Atlas and both
 * reference packages do). When diversity is constant, falls back to PCI correlating
 * negatively with ubiquity. Returns whether the sign could be determined.
 */
export function orientScores(raw: RawComplexity, presence: Presence): boolean {
  let direction = Math.sign(correlation(raw.eci, presence.diversity));
  if (!(direction !== 0)) direction = -Math.sign(correlation(raw.pci, presence.ubiquity));
  if (direction < 0) {
    raw.eci.forEach((v, i) => (raw.eci[i] = -v));
    raw.pci.forEach((v, i) => (raw.pci[i] = -v));
  }
  return direction === 1 || direction === -1;
}

/**
 * Location and scale that turn raw scores into ECI, PCI and scaled COG. Both are those of
 * raw ECI, so ECI has mean 0 and PCI keeps ECI = mean PCI of the region's activities.
 * - atlas (Stata): mean and sample standard deviation (n − 1) over the rectangular
 *   region × activity table, in which each region appears once per activity. The mean is the
 *   plain mean over regions; the sd is √(A·Σ_r (k_r − k̄)² / (R·A − 1)).
 * - pyecomplexity: mean and population standard deviation (numpy's default, ddof 0) over
 *   the list of regions: √(Σ_r (k_r − k̄)² / R).
 */
export function standardisationScale(
  regionValues: Float64Array,
  convention: Convention,
  nActivities: number,
): { mean: number; sd: number } {
  const count = regionValues.length;
  let sum = 0;
  for (const value of regionValues) sum += value;
  const centre = sum / count;
  let squares = 0;
  for (const value of regionValues) squares += (value - centre) * (value - centre);
  const sd =
    convention === 'atlas'
      ? Math.sqrt((nActivities * squares) / (count * nActivities - 1))
      : Math.sqrt(squares / count);
  return { mean: centre, sd };
}

export function standardise(values: Float64Array, scale: { mean: number; sd: number }): Float64Array {
  return values.map((value) => (value - scale.mean) / scale.sd);
}
