import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../shared/api.ts';
import { registerMap } from './echarts.ts';

/** The name the NUTS-2 map is registered under with ECharts. */
export const NUTS2_MAP = 'nuts2021-level2';
const GEOMETRY_URL = '/geo/nuts2021-level2.geojson';

type NutsFeature = { properties: { NUTS_ID: string; NAME_LATN: string } };
type NutsGeometry = { type: 'FeatureCollection'; features: NutsFeature[] };

function isNutsGeometry(value: unknown): value is NutsGeometry {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'FeatureCollection' &&
    'features' in value &&
    Array.isArray(value.features)
  );
}

/**
 * GISCO's NUTS 2021 level-2 polygons (a static file shipped with the app), registered with ECharts
 * once. Returns the region names on the map by code, so callers can tell which regions it lacks.
 */
export function useNutsGeometry() {
  return useQuery({
    queryKey: ['s3-geometry', NUTS2_MAP],
    queryFn: async ({ signal }) => {
      const response = await fetch(GEOMETRY_URL, { signal });
      if (!response.ok) throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
      const geometry: unknown = await response.json();
      if (!isNutsGeometry(geometry)) throw new ApiError(response.status, 'INVALID_GEOMETRY', GEOMETRY_URL);
      registerMap(NUTS2_MAP, geometry as unknown as Parameters<typeof registerMap>[1]);
      return new Map(geometry.features.map((feature) => [feature.properties.NUTS_ID, feature.properties.NAME_LATN]));
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
