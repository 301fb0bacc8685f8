// Step 2 of Trans-S3: the evidence profile of a candidate transnational smart domain, region by region.

/** The quadruple helix: who an organisation or a stakeholder is. */
export const HELIXES = ['industry', 'research', 'administration', 'civil_society'] as const;
export type Helix = (typeof HELIXES)[number];

/** English labels of the helices, for tables and rule descriptions. */
export const HELIX_LABELS: Record<Helix, string> = {
  industry: 'industry',
  research: 'research',
  administration: 'public administration',
  civil_society: 'civil society',
};

/** Narrows a string (a form field, a CSV cell) to a helix code. */
export const isHelix = (value: string): value is Helix => (HELIXES as readonly string[]).includes(value);

/** What the statistics and the organisation registry say about a candidate in one partner region. */
export type RegionEvidence = {
  /** The partner region as the project names it (a NUTS code of any level, e.g. "PL84", "LT", "DK03"). */
  region: string;
  /** NUTS-2 code the statistics were read for, null when the dataset has none. */
  statisticsRegion: string | null;
  /** Employment in the candidate's activities (persons), null when unknown. */
  employment: number | null;
  /** Employment in the candidate's activities as a share of the region's employment, 0..1. */
  employmentShare: number | null;
  /** Revealed comparative advantage (Balassa index); ≥ 1 means the region is specialised. */
  rca: number | null;
  /** Compound annual growth rate of employment (0.05 = 5 %/yr). */
  growth: number | null;
  /** Relatedness density 0..1: how much of the related know-how the region already has. */
  density: number | null;
  /** Product complexity index of the activities (standardised, mean 0 across activities). */
  pci: number | null;
  /** Organisations of the platform's registry active in the candidate domain in this region. */
  organisations: { total: number; smes: number; byHelix: Record<Helix, number> };
};

export type CandidateEvidence = {
  candidateId: string;
  /** NACE Rev.2 codes that define the candidate. */
  naceCodes: string[];
  /** Activities of the statistical dataset that matched the NACE codes. */
  activities: string[];
  regions: RegionEvidence[];
};

/** An empty organisation count, to build region evidence from. */
export const noOrganisations = (): RegionEvidence['organisations'] => ({
  total: 0,
  smes: 0,
  byHelix: { industry: 0, research: 0, administration: 0, civil_society: 0 },
});

const EVIDENCE_WEIGHTS = { specialisation: 0.5, density: 0.25, growth: 0.25 } as const;

/**
 * One number 0..1 summarising the statistical evidence for the prioritisation:
 *
 *   0.5 · share of regions with RCA ≥ 1
 * + 0.25 · mean relatedness density
 * + 0.25 · share of regions with positive growth (> 0)
 *
 * Each part is taken over the regions that have that figure: a region without an RCA neither counts as
 * specialised nor as not specialised. When a part has no region with the figure at all, it is left out
 * and the weights of the other parts are rescaled to sum to 1 (so a dataset without growth series still
 * yields a score out of 1). Null when no region has an RCA, a density or a growth figure; employment and
 * PCI are shown in the profile but do not enter the score. Densities are clamped to 0..1.
 */
export function evidenceScore(e: CandidateEvidence): number | null {
  const rcas = known(e.regions.map((r) => r.rca));
  const densities = known(e.regions.map((r) => r.density));
  const growths = known(e.regions.map((r) => r.growth));
  const parts: [number, number | null][] = [
    [EVIDENCE_WEIGHTS.specialisation, share(rcas, (v) => v >= 1)],
    [EVIDENCE_WEIGHTS.density, mean(densities.map((d) => Math.min(1, Math.max(0, d))))],
    [EVIDENCE_WEIGHTS.growth, share(growths, (v) => v > 0)],
  ];
  let weighted = 0;
  let weightSum = 0;
  for (const [weight, value] of parts) {
    if (value === null) continue;
    weighted += weight * value;
    weightSum += weight;
  }
  return weightSum === 0 ? null : weighted / weightSum;
}

const known = (values: (number | null)[]): number[] =>
  values.filter((v): v is number => v !== null && Number.isFinite(v));

const share = (values: number[], test: (v: number) => boolean): number | null =>
  values.length === 0 ? null : values.filter(test).length / values.length;

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
