import type { Db } from '../../../platform/db/client.ts';
import type { Actor } from '../../accounts/index.ts';
import { createReferenceRepository } from '../../reference/index.ts';
import { activityGrowth, activitySpace, compareRegions, regionProfile } from '../domain/region-views.ts';
import { num } from '../domain/metrics-table.ts';
import { S3Error } from '../errors.ts';
import { oldNutsNames } from '../infra/nuts-recoding-file.ts';
import { computeDatasetMetrics, type DatasetMetrics, type MetricsQuery } from './dataset-metrics.ts';

function regionIndexOf(metrics: DatasetMetrics, region: string, path = 'region'): number {
  const index = metrics.result.regions.indexOf(region);
  if (index < 0) {
    const note = metrics.dataset.recodingNotes.find((n) => n.original === region);
    throw new S3Error(
      'REGION_NOT_IN_DATASET',
      `${region} is not among the NUTS-${metrics.selection.regionLevel} regions of ${metrics.dataset.name}${note ? ` (${note.note})` : ''}.`,
      [{ path, message: `unknown region ${region}` }],
    );
  }
  return index;
}

/** Names for every region and activity code in a result (NACE names where the codes are NACE). */
async function labelsFor(db: Db, metrics: DatasetMetrics) {
  const labels = await createReferenceRepository(db).labels({
    nuts: metrics.result.regions,
    nace: metrics.result.activities,
  });
  // Codes kept from before NUTS 2021 (split regions such as LT00) are named from the correspondence table.
  const oldNames = oldNutsNames();
  for (const code of metrics.result.regions) {
    const oldName = oldNames.get(code);
    if (!labels.nuts.has(code) && oldName) labels.nuts.set(code, `${oldName} (before NUTS 2021)`);
  }
  return {
    regionNames: Object.fromEntries(labels.nuts),
    activityNames: Object.fromEntries(labels.nace),
  };
}

export async function getRegionProfile(
  deps: { db: Db },
  actor: Actor,
  datasetId: string,
  region: string,
  query: MetricsQuery,
) {
  const metrics = await computeDatasetMetrics(deps, actor, datasetId, query);
  const profile = regionProfile(metrics.matrix, metrics.result, regionIndexOf(metrics, region));
  if (profile.total === 0) {
    const years =
      metrics.selection.fromYear === metrics.selection.toYear
        ? `${metrics.selection.fromYear}`
        : `${metrics.selection.fromYear}-${metrics.selection.toYear}`;
    throw new S3Error(
      'NOT_ENOUGH_DATA',
      `${region} has no values in ${metrics.dataset.name} for ${years}; choose another year.`,
      [{ path: 'year', message: `no values for ${region} in ${years}` }],
    );
  }
  const notes = metrics.dataset.recodingNotes.filter((n) => n.code2021 === region || n.original === region);
  // Growth (CAGR) of each activity from the dataset's first year to the year shown.
  const firstYear = Math.min(...metrics.dataset.years);
  const growthPeriod = { fromYear: firstYear, toYear: metrics.selection.toYear };
  const growth = activityGrowth(
    metrics.series.filter((s) => s.region === region),
    metrics.dataset.years,
    growthPeriod,
  );
  const specialisations = profile.specialisations.map((s) => ({
    ...s,
    growth: growth.get(s.activity) ?? null,
  }));
  return {
    metrics,
    profile: { ...profile, specialisations },
    growthPeriod,
    regionNotes: notes,
    ...(await labelsFor(deps.db, metrics)),
  };
}

export async function getRegionComparison(
  deps: { db: Db },
  actor: Actor,
  datasetId: string,
  regions: string[],
  minRegions: number,
  query: MetricsQuery,
) {
  const metrics = await computeDatasetMetrics(deps, actor, datasetId, query);
  const indexes = regions.map((region) => regionIndexOf(metrics, region, 'regions'));
  const comparison = compareRegions(metrics.result, indexes, Math.min(minRegions, regions.length));
  // The chosen metric for every region, for the map.
  const all = metrics.result.regions.map((region, r) => ({
    region,
    eci: num(metrics.result.eci[r]),
    diversity: num(metrics.result.diversity[r]),
  }));
  return { metrics, comparison, allRegions: all, ...(await labelsFor(deps.db, metrics)) };
}

export async function getActivitySpace(
  deps: { db: Db },
  actor: Actor,
  datasetId: string,
  region: string | undefined,
  query: MetricsQuery,
) {
  const metrics = await computeDatasetMetrics(deps, actor, datasetId, query);
  const space = activitySpace(metrics.result);
  const specialised = region
    ? (() => {
        const r = regionIndexOf(metrics, region);
        const n = metrics.result.activities.length;
        return metrics.result.activities.filter((_, a) => metrics.result.m[r * n + a] === 1);
      })()
    : [];
  return { metrics, space, specialised, ...(await labelsFor(deps.db, metrics)) };
}
