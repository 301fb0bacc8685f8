import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TNutsResponse } from '../../../../src/modules/reference/contract.ts';
import type {
  TCompareResponse,
  TProfileResponse,
  TSpaceResponse,
  ZMetricsResponse,
} from '../../../../src/modules/s3/contract.ts';
import { api, buildUrl } from '../../shared/api.ts';
import { S3_QUERY_KEY } from './useDatasets.ts';

export type TMetricsResponse = z.infer<typeof ZMetricsResponse>;

/** The selection every analysis shares; absent = the API's default (the latest year). */
export type AnalysisSelection = { year?: number };

/** Computing the metrics takes the server a second or so: keep the answers for a while. */
const ANALYSIS_STALE_TIME = 5 * 60_000;

const analysisKey = (datasetId: string, ...rest: unknown[]) => [...S3_QUERY_KEY, 'analysis', datasetId, ...rest];

export function useRegionProfile(datasetId: string, region: string | null, selection: AnalysisSelection) {
  return useQuery({
    queryKey: analysisKey(datasetId, 'profile', region, selection),
    queryFn: ({ signal }) =>
      api.get<TProfileResponse>(
        `/api/s3/datasets/${datasetId}/regions/${encodeURIComponent(region ?? '')}/profile`,
        selection,
        signal,
      ),
    enabled: Boolean(region),
    staleTime: ANALYSIS_STALE_TIME,
    placeholderData: keepPreviousData,
  });
}

export type DatasetRegion = { code: string; hasData: boolean; eci: number | null; diversity: number | null };

/**
 * The regions of a dataset for a year, and whether each has data then. The API has no list of a
 * dataset's regions: they come from the metrics, whose cells are dropped once read.
 */
export function useDatasetRegions(datasetId: string, selection: AnalysisSelection) {
  return useQuery({
    queryKey: analysisKey(datasetId, 'regions', selection),
    queryFn: async ({ signal }): Promise<DatasetRegion[]> => {
      const metrics = await api.get<TMetricsResponse>(`/api/s3/datasets/${datasetId}/metrics`, selection, signal);
      return metrics.regions.map((region) => ({
        code: region.region,
        hasData: region.diversity !== null && region.diversity > 0,
        eci: region.eci,
        diversity: region.diversity,
      }));
    },
    staleTime: ANALYSIS_STALE_TIME,
    placeholderData: keepPreviousData,
  });
}

export type CompareSelection = AnalysisSelection & { regions: string[]; minRegions: number };

export function useRegionComparison(datasetId: string, { regions, ...selection }: CompareSelection) {
  return useQuery({
    queryKey: analysisKey(datasetId, 'compare', regions, selection),
    queryFn: ({ signal }) =>
      api.get<TCompareResponse>(
        `/api/s3/datasets/${datasetId}/compare`,
        { ...selection, regions: regions.join(',') },
        signal,
      ),
    enabled: regions.length >= 2,
    staleTime: ANALYSIS_STALE_TIME,
    placeholderData: keepPreviousData,
  });
}

export function useActivitySpace(datasetId: string, region: string | null, selection: AnalysisSelection) {
  return useQuery({
    queryKey: analysisKey(datasetId, 'space', region, selection),
    queryFn: ({ signal }) =>
      api.get<TSpaceResponse>(
        `/api/s3/datasets/${datasetId}/activity-space`,
        { ...selection, region: region ?? undefined },
        signal,
      ),
    staleTime: ANALYSIS_STALE_TIME,
    placeholderData: keepPreviousData,
  });
}

/** Names of all NUTS 2021 level-2 regions, for pickers that open before any analysis has loaded. */
export function useNuts2Names() {
  return useQuery({
    queryKey: ['reference', 'nuts', 'level2-names'],
    queryFn: async ({ signal }) => {
      const regions = await api.get<TNutsResponse[]>('/api/reference/nuts', { level: 2, limit: 2000 }, signal);
      return Object.fromEntries(regions.map((region) => [region.code, region.name])) as Record<string, string>;
    },
    staleTime: Infinity,
  });
}

/** The URL of the server's CSV of all metric cells for this selection. */
export function metricsCsvUrl(datasetId: string, selection: AnalysisSelection): string {
  return buildUrl(`/api/s3/datasets/${datasetId}/metrics.csv`, selection);
}
