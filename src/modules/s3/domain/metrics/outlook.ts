// Relatedness density, complexity outlook index (COI) and complexity outlook gain (COG).

import type { ComplexityOutcome } from './complexity-set.ts';
import { type Convention, standardisationScale } from './complexity.ts';
import type { Presence } from './presence.ts';
import { rowTotals } from './proximity.ts';
import { neighbourhoodSums } from './relatedness.ts';

export type Outlook = { density: Float64Array; cog: Float64Array; coi: Float64Array };

/**
 * Density for every region with data; COI and COG (Hausmann et al. 2014, Atlas) for the
 * complexity set, from the oriented raw PCI k_p:
 *   COI_r = Σ_a (1 − M_ra)·density_ra·k_a, standardised with its own mean and sd (same
 *           convention as ECI);
 *   COG_ra = (1 − M_ra)·Σ_j (1 − M_rj)·φ_aj·k_j / Σ_l φ_jl, divided by the ECI sd.
 * The normaliser is the row total of the activity j summed over, not of the target a (as
 * in Stata's mata code and py-ecomplexity).
 */
export function computeOutlook(
  presence: Presence,
  m: Uint8Array,
  phi: Float64Array,
  complexity: ComplexityOutcome,
  convention: Convention,
  regionHasData: Uint8Array,
): Outlook {
  const { nRegions, nActivities: n } = presence;
  const totals = rowTotals(phi, n);
  const weights = Float64Array.from(complexity.rawPci, (k, j) => {
    const total = totals[j] ?? 0;
    return Number.isNaN(k) || total === 0 ? 0 : k / total;
  });
  // The sums become density and COG in place: two R × n arrays fewer per year.
  const { inside: density, weightedOutside: cog } = neighbourhoodSums(presence, phi, weights, regionHasData);
  const rawCoi = new Float64Array(nRegions).fill(Number.NaN);
  for (let r = 0; r < nRegions; r++) {
    if (regionHasData[r] !== 1) {
      density.fill(Number.NaN, r * n, (r + 1) * n);
      cog.fill(Number.NaN, r * n, (r + 1) * n);
      continue;
    }
    const isComplexityRegion = complexity.regionMask[r] === 1;
    let coi = 0;
    for (let a = 0; a < n; a++) {
      const cell = r * n + a;
      const total = totals[a] ?? 0;
      const value = total > 0 ? (density[cell] ?? 0) / total : Number.NaN;
      density[cell] = value;
      const isPresent = m[cell] === 1;
      if (isComplexityRegion && complexity.activityMask[a] === 1) {
        // Raw PCI is defined exactly on the complexity set; elsewhere it counts as 0.
        if (!isPresent && total > 0) coi += value * (complexity.rawPci[a] ?? 0);
        cog[cell] = isPresent ? 0 : (cog[cell] ?? 0) / complexity.scale.sd;
      } else {
        cog[cell] = Number.NaN;
      }
    }
    if (isComplexityRegion) rawCoi[r] = coi;
  }
  return {
    density,
    cog,
    coi: standardiseRegions(rawCoi, complexity.regionMask, convention, complexity.activityMask),
  };
}

/** Standardises the complexity-set entries of a per-region array with their own mean and sd. */
function standardiseRegions(
  values: Float64Array,
  regionMask: Uint8Array,
  convention: Convention,
  activityMask: Uint8Array,
): Float64Array {
  const inSet = values.filter((_, r) => regionMask[r] === 1);
  const out = new Float64Array(values.length).fill(Number.NaN);
  if (inSet.length === 0) return out;
  const activityCount = activityMask.reduce((sum, flag) => sum + flag, 0);
  const scale = standardisationScale(inSet, convention, activityCount);
  if (!(scale.sd > 0)) return out;
  values.forEach((value, r) => {
    if (regionMask[r] === 1) out[r] = (value - scale.mean) / scale.sd;
  });
  return out;
}
