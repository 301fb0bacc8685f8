// The full metric set of one year: specialisation, relatedness and complexity.
//
// Missing values (NaN cells). They count as 0 in every total and as M = 0 in every
// complexity computation, as py-ecomplexity does (it turns NaN into 0): the region's other
// cells keep a defined RCA, and ECI stays defined. But the cell's own figures would describe
// a value we do not know (a confidential cell may well be a specialisation), so its rca,
// density and cog are reported as NaN (null for the API); its m is 0 and `isMissing` says why.
//
// Regions and activities left out. A region (activity) whose total is 0 has no RCA: all its
// figures are NaN. ECI, PCI, COI and COG need d_r > 0 and u_a > 0, so regions without any
// specialisation and activities in which no region is specialised are left out of the
// complexity computation (NaN there) and reported in `notes`; their RCA, M, diversity or
// ubiquity and density stay defined. Stata instead gives up on the whole year in that case
// (see fixtures/README.md).
//
// Disconnected activity space: see complexity-set.ts. Proximity and density do not need
// connectedness and are computed for everything.

import { computeComplexity } from './complexity-set.ts';
import { MetricsError } from './metrics-error.ts';
import type { MetricsNote, MetricsNoteCode } from './notes.ts';
import { type ResolvedMetricsOptions, resolveOptions, type MetricsOptions } from './options.ts';
import { computeOutlook } from './outlook.ts';
import { presenceFromMatrix } from './presence.ts';
import { proximityMatrix } from './proximity.ts';
import {
  binarySpecialisation,
  computeTotals,
  regionStructure,
  revealedComparativeAdvantage,
} from './specialisation.ts';
import { assertValidMatrix, type ValueMatrix } from './value-matrix.ts';

export { resolveOptions, type MetricsOptions, type ResolvedMetricsOptions } from './options.ts';
export { METRICS_NOTE_CODES, type MetricsNote, type MetricsNoteCode } from './notes.ts';

/**
 * Per-cell arrays are row-major regions × activities, like the input. NaN means undefined
 * (null in the API); see the header of this file for when that happens.
 */
export type MetricsResult = {
  regions: string[];
  activities: string[];
  options: ResolvedMetricsOptions;
  // Per cell
  rca: Float64Array;
  m: Uint8Array;
  /** Relatedness density in [0, 1]. */
  density: Float64Array;
  /** Complexity outlook gain; 0 where M = 1. */
  cog: Float64Array;
  /** 1 where the input value was missing (NaN). */
  isMissing: Uint8Array;
  // Per region
  diversity: Float64Array;
  eci: Float64Array;
  coi: Float64Array;
  krugman: Float64Array;
  hachman: Float64Array;
  hhi: Float64Array;
  entropy: Float64Array;
  // Per activity
  ubiquity: Float64Array;
  pci: Float64Array;
  /** Activity × activity proximity, symmetric, with the convention's diagonal. */
  proximity: Float64Array;
  /** Regions and activities that entered the ECI/PCI computation. */
  inComplexity: { regions: Uint8Array; activities: Uint8Array };
  /** λ₂ of M̃ (eigenvector method), null otherwise or when complexity is undefined. */
  eigenvalue: number | null;
  notes: MetricsNote[];
};

export function computeMetrics(matrix: ValueMatrix, options: MetricsOptions = {}): MetricsResult {
  assertValidMatrix(matrix);
  const resolved = resolveOptions(options);
  const { regions, activities } = matrix;
  const nRegions = regions.length;
  const nActivities = activities.length;
  const notes: MetricsNote[] = [];

  const totals = computeTotals(matrix);
  if (!(totals.grandTotal > 0)) {
    throw new MetricsError('NO_DATA', 'every value is 0 or missing: there is nothing to compare');
  }
  const isMissing = new Uint8Array(matrix.values.length);
  for (let i = 0; i < isMissing.length; i++) isMissing[i] = Number.isNaN(matrix.values[i]) ? 1 : 0;
  if (totals.missingCount > 0) {
    notes.push({
      code: 'MISSING_VALUES',
      level: 'info',
      message: `${totals.missingCount} of ${matrix.values.length} cells are missing; they count as 0 in totals and as not specialised, and their own rca, density and cog are null`,
    });
  }
  const regionHasData = Uint8Array.from(totals.regionTotals, (total) => (total > 0 ? 1 : 0));
  const activityHasData = Uint8Array.from(totals.activityTotals, (total) => (total > 0 ? 1 : 0));
  noteMissing(
    notes,
    'REGION_WITHOUT_DATA',
    regionHasData,
    regions,
    'regions have no positive value: all their figures are null',
  );
  noteMissing(
    notes,
    'ACTIVITY_WITHOUT_DATA',
    activityHasData,
    activities,
    'activities have no positive value: all their figures are null',
  );

  const rca = revealedComparativeAdvantage(matrix, totals);
  const m = binarySpecialisation(rca, resolved.threshold);
  const structure = regionStructure(matrix, totals);
  const presence = presenceFromMatrix(m, nRegions, nActivities);
  const diversity = Float64Array.from(presence.diversity, (d, r) =>
    regionHasData[r] === 1 ? d : Number.NaN,
  );
  const ubiquity = Float64Array.from(presence.ubiquity, (u, a) =>
    activityHasData[a] === 1 ? u : Number.NaN,
  );

  const complexity = computeComplexity(
    presence,
    regions,
    activities,
    regionHasData,
    activityHasData,
    resolved,
    notes,
  );

  const regionCount = regionHasData.reduce((sum, flag) => sum + flag, 0);
  const proximity = proximityMatrix(presence, {
    measure: resolved.proximity,
    diagonal: resolved.convention === 'atlas' ? 'zero' : 'self',
    regionCount,
  });
  const outlook = computeOutlook(presence, m, proximity, complexity, resolved.convention, regionHasData);

  // The cell's own figures are unknown where its value is missing.
  for (let i = 0; i < isMissing.length; i++) {
    if (isMissing[i] === 1) {
      outlook.density[i] = Number.NaN;
      outlook.cog[i] = Number.NaN;
    }
  }

  return {
    regions,
    activities,
    options: resolved,
    rca,
    m,
    density: outlook.density,
    cog: outlook.cog,
    isMissing,
    diversity,
    eci: complexity.eci,
    coi: outlook.coi,
    krugman: structure.krugman,
    hachman: structure.hachman,
    hhi: structure.hhi,
    entropy: structure.entropy,
    ubiquity,
    pci: complexity.pci,
    proximity,
    inComplexity: { regions: complexity.regionMask, activities: complexity.activityMask },
    eigenvalue: complexity.eigenvalue,
    notes,
  };
}

function noteMissing(
  notes: MetricsNote[],
  code: MetricsNoteCode,
  hasData: Uint8Array,
  labels: string[],
  message: string,
): void {
  const left = labels.filter((_, i) => hasData[i] !== 1);
  if (left.length === 0) return;
  const note: MetricsNote = { code, level: 'warning', message: `${left.length} ${message}` };
  if (code.startsWith('REGION')) note.regions = left;
  else note.activities = left;
  notes.push(note);
}
