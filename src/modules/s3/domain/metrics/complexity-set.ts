// ECI and PCI of a year, on the part of the data where they are defined: regions with at
// least one specialisation, activities with at least one specialised region, and of those
// the largest connected part of the region–activity network. When that network falls
// apart, M̃ has the eigenvalue 1 once per part and ECI is not defined, so we compute it on
// the largest part (most M = 1 cells) and report the others with a warning.

import {
  eigenvectorComplexity,
  orientScores,
  type RawComplexity,
  reflectionsComplexity,
  standardisationScale,
} from './complexity.ts';
import type { MetricsNote } from './notes.ts';
import type { ResolvedMetricsOptions } from './options.ts';
import { connectedComponents, type Presence, restrictPresence } from './presence.ts';

export type ComplexityOutcome = {
  /** Standardised, full index; NaN outside the complexity set. */
  eci: Float64Array;
  pci: Float64Array;
  /** Oriented raw PCI, full index; NaN outside the complexity set. */
  rawPci: Float64Array;
  /** Standard deviation used to scale ECI, PCI and COG (NaN when undefined). */
  scale: { mean: number; sd: number };
  regionMask: Uint8Array;
  activityMask: Uint8Array;
  eigenvalue: number | null;
};

export function computeComplexity(
  presence: Presence,
  regions: string[],
  activities: string[],
  regionHasData: Uint8Array,
  activityHasData: Uint8Array,
  options: ResolvedMetricsOptions,
  notes: MetricsNote[],
): ComplexityOutcome {
  const nRegions = presence.nRegions;
  const nActivities = presence.nActivities;
  const withoutSpecialisation = regions.filter(
    (_, r) => regionHasData[r] === 1 && presence.diversity[r] === 0,
  );
  const notPresent = activities.filter((_, a) => activityHasData[a] === 1 && presence.ubiquity[a] === 0);
  if (withoutSpecialisation.length > 0) {
    notes.push({
      code: 'REGION_WITHOUT_SPECIALISATION',
      level: 'warning',
      message: `${withoutSpecialisation.length} regions have no activity with RCA ≥ ${options.threshold}: left out of ECI, COI and COG`,
      regions: withoutSpecialisation,
    });
  }
  if (notPresent.length > 0) {
    notes.push({
      code: 'ACTIVITY_WITHOUT_SPECIALISATION',
      level: 'warning',
      message: `${notPresent.length} activities have no region with RCA ≥ ${options.threshold}: left out of PCI and COG`,
      activities: notPresent,
    });
  }
  const components = connectedComponents(presence);
  const regionMask = components.largestRegions;
  const activityMask = components.largestActivities;
  if (components.count > 1) {
    notes.push({
      code: 'DISCONNECTED_ACTIVITY_SPACE',
      level: 'warning',
      message: `the region–activity network falls into ${components.count} disconnected parts; ECI, PCI, COI and COG are computed on the largest one only`,
      regions: regions.filter((_, r) => presence.diversity[r] !== 0 && regionMask[r] === 0),
      activities: activities.filter((_, a) => presence.ubiquity[a] !== 0 && activityMask[a] === 0),
    });
  }
  const eci = new Float64Array(nRegions).fill(Number.NaN);
  const pci = new Float64Array(nActivities).fill(Number.NaN);
  const rawPci = new Float64Array(nActivities).fill(Number.NaN);
  const undefinedOutcome = (reason: string): ComplexityOutcome => {
    notes.push({
      code: 'COMPLEXITY_UNDEFINED',
      level: 'warning',
      message: `ECI, PCI, COI and COG are undefined: ${reason}`,
    });
    return {
      eci,
      pci,
      rawPci,
      scale: { mean: Number.NaN, sd: Number.NaN },
      regionMask: new Uint8Array(nRegions),
      activityMask: new Uint8Array(nActivities),
      eigenvalue: null,
    };
  };
  const compact = restrictPresence(presence, regionMask, activityMask);
  if (compact.regionIndex.length < 2 || compact.activityIndex.length < 2) {
    return undefinedOutcome(
      `they need at least 2 regions and 2 activities with specialisations, found ${compact.regionIndex.length} and ${compact.activityIndex.length}`,
    );
  }
  const raw = rawComplexity(compact.presence, options);
  if (!orientScores(raw, compact.presence)) {
    notes.push({
      code: 'COMPLEXITY_SIGN_UNDETERMINED',
      level: 'warning',
      message: 'neither diversity nor ubiquity varies, so the sign of ECI and PCI is arbitrary',
    });
  }
  const scale = standardisationScale(raw.eci, options.convention, compact.activityIndex.length);
  if (!(scale.sd > 1e-10 * maxAbs(raw.pci))) {
    return undefinedOutcome('every region has the same raw ECI (no spread to standardise)');
  }
  if (raw.gap !== null && raw.gap < 1e-9) {
    notes.push({
      code: 'COMPLEXITY_ILL_CONDITIONED',
      level: 'warning',
      message: 'the second and third eigenvalues of M̃ coincide: the ECI ranking is not uniquely determined',
    });
  }
  compact.regionIndex.forEach((full, i) => (eci[full] = ((raw.eci[i] ?? 0) - scale.mean) / scale.sd));
  compact.activityIndex.forEach((full, i) => {
    rawPci[full] = raw.pci[i] ?? 0;
    pci[full] = ((raw.pci[i] ?? 0) - scale.mean) / scale.sd;
  });
  return { eci, pci, rawPci, scale, regionMask, activityMask, eigenvalue: raw.eigenvalue };
}

function rawComplexity(presence: Presence, options: ResolvedMetricsOptions): RawComplexity {
  return options.method === 'eigenvector'
    ? eigenvectorComplexity(presence)
    : reflectionsComplexity(presence, options.reflections);
}

function maxAbs(values: Float64Array): number {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  return largest;
}
