// Step 2: the evidence behind each candidate, region by region — statistics from the S3 analytics
// engine for the candidate's NACE codes, and the organisations of the actor registry in the domain.
import { inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { organisations, type Actor } from '../../accounts/index.ts';
import { interests, partnershipParties, profiles } from '../../brokerage/index.ts';
import { computeDatasetMetrics, listDatasets, S3Error } from '../../s3/index.ts';
import {
  HELIXES,
  noOrganisations,
  type CandidateEvidence,
  type Helix,
  type RegionEvidence,
} from '../domain/evidence.ts';
import type { CandidateRow } from './present.ts';

type Metrics = Awaited<ReturnType<typeof computeDatasetMetrics>>;
type OrganisationRow = {
  id: string;
  countryCode: string;
  nutsCode: string | null;
  helixType: string;
  sizeClass: string | null;
  exportShare: number | null;
  naceCodes: string[];
  s3Domains: string[];
};

export type DatasetChoice = { id: string; name: string };

/** The datasets an analyst can read the evidence from, the NACE-division one first (finest activities). */
export async function evidenceDatasets(db: Db): Promise<DatasetChoice[]> {
  const rows = await listDatasets({ db });
  return [...rows]
    .sort((a, b) => b.activityCount - a.activityCount || a.name.localeCompare(b.name))
    .map((d) => ({ id: d.id, name: d.name }));
}

/** A dataset activity covers a NACE code when one is the other or below it (C10 covers C10.51; C covers C10). */
export function naceCovers(activity: string, code: string): boolean {
  return activity === code || activity.startsWith(code) || code.startsWith(activity);
}

/** A registry organisation is in the domain when one of its codes is a candidate code or below one, or it names the domain. */
export function organisationInDomain(
  org: { naceCodes: string[]; s3Domains: string[] },
  nace: string[],
  label: string,
): boolean {
  const byCode = org.naceCodes.some((own) =>
    nace.some((code) => own.startsWith(code) || (own.length >= 3 && code.startsWith(own))),
  );
  const lower = label.toLowerCase();
  return byCode || org.s3Domains.some((d) => d.toLowerCase() === lower);
}

const inRegion = (nutsCode: string | null, countryCode: string, region: string) =>
  region.length === 2 ? countryCode === region : (nutsCode ?? '').startsWith(region);

/** The NUTS-2 region of the dataset that stands for a partner region (a country: its only NUTS-2 region). */
function statisticsRegion(metrics: Metrics, region: string): string | null {
  const regions = metrics.result.regions;
  if (region.length >= 4) return regions.includes(region.slice(0, 4)) ? region.slice(0, 4) : null;
  const inCountry = regions.filter((r) => r.startsWith(region));
  return inCountry.length === 1 ? (inCountry[0] ?? null) : null;
}

const finite = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;
const mean = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

type Totals = { regions: Float64Array; activities: Float64Array; grand: number };

/** Row, column and grand totals of the matrix (missing cells count 0), once per computation. */
function matrixTotals(metrics: Metrics): Totals {
  const n = metrics.result.activities.length;
  const totals = {
    regions: new Float64Array(metrics.result.regions.length),
    activities: new Float64Array(n),
    grand: 0,
  };
  metrics.matrix.values.forEach((value, cell) => {
    if (Number.isNaN(value)) return;
    totals.grand += value;
    totals.activities[cell % n] = (totals.activities[cell % n] ?? 0) + value;
    const r = Math.floor(cell / n);
    totals.regions[r] = (totals.regions[r] ?? 0) + value;
  });
  return totals;
}

function statisticsFor(
  statistics: { metrics: Metrics; totals: Totals } | null,
  statRegion: string | null,
  activityIndexes: number[],
) {
  const none = { employment: null, employmentShare: null, rca: null, growth: null, density: null, pci: null };
  if (statistics === null || statRegion === null || activityIndexes.length === 0) return none;
  const { matrix, result, series, selection, dataset } = statistics.metrics;
  const n = result.activities.length;
  const r = result.regions.indexOf(statRegion);
  const regionTotal = statistics.totals.regions[r] ?? 0;
  const grandTotal = statistics.totals.grand;
  let domainTotal = 0;
  let employment = 0;
  let known = 0;
  for (const a of activityIndexes) {
    const value = matrix.values[r * n + a] ?? Number.NaN;
    if (!Number.isNaN(value)) {
      employment += value;
      known++;
    }
    domainTotal += statistics.totals.activities[a] ?? 0;
  }
  if (known === 0 || regionTotal === 0) return none;
  const employmentShare = employment / regionTotal;
  const rca = domainTotal > 0 && grandTotal > 0 ? employmentShare / (domainTotal / grandTotal) : null;
  // Growth of the region's employment in the domain from the dataset's first year to the selected one.
  const activities = new Set(activityIndexes.map((a) => result.activities[a]));
  const regionSeries = series.filter((s) => s.region === statRegion && activities.has(s.activity));
  const years = dataset.years;
  const to = years.indexOf(selection.toYear);
  let growth: number | null = null;
  for (let from = 0; from < to && growth === null; from++) {
    const start = regionSeries.map((s) => s.values[from]);
    const end = regionSeries.map((s) => s.values[to]);
    if (start.every((v) => typeof v === 'number') && end.every((v) => typeof v === 'number')) {
      const a = start.reduce<number>((sum, v) => sum + (v ?? 0), 0);
      const b = end.reduce<number>((sum, v) => sum + (v ?? 0), 0);
      const span = (years[to] ?? 0) - (years[from] ?? 0);
      if (a > 0 && span > 0) growth = Math.pow(b / a, 1 / span) - 1;
    }
  }
  return {
    employment,
    employmentShare,
    rca,
    growth,
    density: mean(activityIndexes.map((a) => finite(result.density[r * n + a]))),
    pci: mean(activityIndexes.map((a) => finite(result.pci[a]))),
  };
}

async function registryOrganisations(db: Db, regions: string[]): Promise<OrganisationRow[]> {
  const countries = regions.filter((r) => r.length === 2);
  const prefixes = regions.filter((r) => r.length > 2);
  const conditions = [
    ...(countries.length ? [inArray(organisations.countryCode, countries)] : []),
    ...prefixes.map((p) => sql`${organisations.nutsCode} like ${`${p}%`}`),
  ];
  if (conditions.length === 0) return [];
  return db
    .select({
      id: organisations.id,
      countryCode: organisations.countryCode,
      nutsCode: organisations.nutsCode,
      helixType: organisations.helixType,
      sizeClass: organisations.sizeClass,
      exportShare: organisations.exportShare,
      naceCodes: organisations.naceCodes,
      s3Domains: organisations.s3Domains,
    })
    .from(organisations)
    .where(or(...conditions));
}

export type GroupEvidence = {
  dataset: (DatasetChoice & { fromYear: number; toYear: number; growthFrom: number }) | null;
  datasets: DatasetChoice[];
  evidence: Map<string, CandidateEvidence & { activityNames: Map<string, number | null> }>;
  /** Per candidate: the registry organisations in the domain (for internationalisation). */
  domainOrganisations: Map<string, OrganisationRow[]>;
  notes: string[];
};

/** The evidence of every given candidate of a group, computed on one dataset (default: the finest). */
export async function groupEvidence(
  db: Db,
  actor: Actor,
  regions: string[],
  candidates: CandidateRow[],
  datasetId?: string,
): Promise<GroupEvidence> {
  const datasets = await evidenceDatasets(db);
  const chosen = datasetId ?? datasets[0]?.id;
  const notes: string[] = [];
  let metrics: Metrics | null = null;
  if (chosen) {
    try {
      metrics = await computeDatasetMetrics({ db }, actor, chosen);
    } catch (error) {
      if (!(error instanceof S3Error) || datasetId) throw error;
      notes.push(`The statistics could not be computed: ${error.message}`);
    }
  } else {
    notes.push(
      'No regional statistics are loaded; import a dataset in the S3 analytics to see employment, RCA and growth.',
    );
  }
  const orgs = await registryOrganisations(db, regions);
  const evidence: GroupEvidence['evidence'] = new Map();
  const domainOrganisations = new Map<string, OrganisationRow[]>();
  const statistics = metrics ? { metrics, totals: matrixTotals(metrics) } : null;
  const statRegions = new Map(
    regions.map((region) => [region, metrics ? statisticsRegion(metrics, region) : null]),
  );
  if (metrics) {
    for (const [region, stat] of statRegions) {
      if (stat === null) notes.push(`${metrics.dataset.name} has no single NUTS-2 region for ${region}.`);
    }
  }
  for (const candidate of candidates) {
    const activityIndexes = metrics
      ? metrics.result.activities.flatMap((a, i) =>
          candidate.nace.some((code) => naceCovers(a, code)) ? [i] : [],
        )
      : [];
    const inDomain = orgs.filter((o) => organisationInDomain(o, candidate.nace, candidate.label));
    domainOrganisations.set(candidate.id, inDomain);
    const regionEvidence: RegionEvidence[] = regions.map((region) => {
      const counts = noOrganisations();
      for (const org of inDomain.filter((o) => inRegion(o.nutsCode, o.countryCode, region))) {
        counts.total++;
        if (org.sizeClass !== null && org.sizeClass !== 'large' && org.helixType === 'industry')
          counts.smes++;
        if ((HELIXES as readonly string[]).includes(org.helixType)) counts.byHelix[org.helixType as Helix]++;
      }
      const stat = statRegions.get(region) ?? null;
      return {
        region,
        statisticsRegion: stat,
        ...statisticsFor(statistics, stat, activityIndexes),
        organisations: counts,
      };
    });
    evidence.set(candidate.id, {
      candidateId: candidate.id,
      naceCodes: candidate.nace,
      activities: activityIndexes.map((i) => metrics?.result.activities[i] ?? ''),
      regions: regionEvidence,
      activityNames: new Map(
        activityIndexes.map((i) => [metrics?.result.activities[i] ?? '', finite(metrics?.result.pci[i])]),
      ),
    });
  }
  return {
    dataset: metrics
      ? {
          id: metrics.dataset.id,
          name: metrics.dataset.name,
          fromYear: metrics.selection.fromYear,
          toYear: metrics.selection.toYear,
          growthFrom: metrics.dataset.years[0] ?? metrics.selection.fromYear,
        }
      : null,
    datasets,
    evidence,
    domainOrganisations,
    notes,
  };
}

/** Brokerage links (expressions of interest, partnerships) between organisations of different countries, one side in the domain. */
export async function crossBorderLinks(db: Db, domainOrganisations: OrganisationRow[]): Promise<number> {
  const ids = domainOrganisations.map((o) => o.id);
  if (ids.length === 0) return 0;
  const owner = sql`(select ${profiles.organisationId} from ${profiles} where ${profiles.id} = ${interests.profileId})`;
  const interestRows = await db
    .select({ a: interests.fromOrganisationId, b: sql<string>`${owner}` })
    .from(interests)
    .where(or(inArray(interests.fromOrganisationId, ids), sql`${owner} in ${ids}`));
  const parties = await db
    .select({
      partnershipId: partnershipParties.partnershipId,
      organisationId: partnershipParties.organisationId,
    })
    .from(partnershipParties)
    .where(
      inArray(
        partnershipParties.partnershipId,
        db
          .select({ id: partnershipParties.partnershipId })
          .from(partnershipParties)
          .where(inArray(partnershipParties.organisationId, ids)),
      ),
    );
  const allIds = [
    ...new Set([...interestRows.flatMap((r) => [r.a, r.b]), ...parties.map((p) => p.organisationId)]),
  ];
  const countries = new Map(
    allIds.length
      ? (
          await db
            .select({ id: organisations.id, country: organisations.countryCode })
            .from(organisations)
            .where(inArray(organisations.id, allIds))
        ).map((o) => [o.id, o.country])
      : [],
  );
  const crossBorder = (a: string, b: string) =>
    countries.get(a) !== undefined && countries.get(b) !== undefined && countries.get(a) !== countries.get(b);
  let links = interestRows.filter((r) => crossBorder(r.a, r.b)).length;
  const byPartnership = new Map<string, string[]>();
  for (const p of parties)
    byPartnership.set(p.partnershipId, [...(byPartnership.get(p.partnershipId) ?? []), p.organisationId]);
  for (const members of byPartnership.values()) {
    if (new Set(members.map((m) => countries.get(m))).size > 1) links++;
  }
  return links;
}
