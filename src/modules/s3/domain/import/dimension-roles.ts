/**
 * Which dimension of a file holds regions and which holds activities. Eurostat names them by
 * classification (`geo`, `nace_r2`, `cpc`, `ipc`…), tidy files by role (`region`, `activity`);
 * anything else is an "extra" dimension (unit, indic_sb, age, sex, freq…) of which a dataset
 * keeps one value.
 */
import { DatasetImportError, type ImportOptions } from './import-types.ts';

const REGION_NAMES = /^(geo|region|regions|nuts|nuts_?id|nuts_?code|region_?id|region_?code|reg)$/i;

/** Classifications of economic activities, products, technologies or fields. */
const ACTIVITY_NAMES =
  /^(activity|activities|nace(_?r[12])?(_\d)?|isic\w*|cpa\w*|cpc\w*|ipc\w*|hs\d*|sitc\d*|cn\d*|prodcom|product|products|prod|sector|industry|industries|field|fields|fos\d*|technology|technologies|tech_?field|wipo\w*)$/i;

export type DimensionRoles = { regionKey: number; activityKey: number };

function findNamed(dimensions: readonly string[], name: string, role: string): number {
  const index = dimensions.findIndex((dimension) => dimension.toLowerCase() === name.toLowerCase());
  if (index < 0) {
    throw new DatasetImportError(
      'UNKNOWN_DIMENSION',
      `${role} dimension "${name}" is not in the file (dimensions: ${dimensions.join(', ')})`,
    );
  }
  return index;
}

export function detectDimensionRoles(
  dimensions: readonly string[],
  options: ImportOptions = {},
): DimensionRoles {
  const regionKey =
    options.regionDimension !== undefined
      ? findNamed(dimensions, options.regionDimension, 'region')
      : dimensions.findIndex((dimension) => REGION_NAMES.test(dimension));
  if (regionKey < 0) {
    throw new DatasetImportError(
      'NO_REGION_DIMENSION',
      `no region dimension (geo, region, nuts…) among ${dimensions.join(', ')}; name it with the regionDimension option`,
    );
  }
  const activityKey =
    options.activityDimension !== undefined
      ? findNamed(dimensions, options.activityDimension, 'activity')
      : dimensions.findIndex((dimension, index) => index !== regionKey && ACTIVITY_NAMES.test(dimension));
  if (activityKey < 0) {
    throw new DatasetImportError(
      'NO_ACTIVITY_DIMENSION',
      `no activity dimension (nace_r2, cpc, ipc, activity, product…) among ${dimensions.join(', ')}; name it with the activityDimension option`,
    );
  }
  if (activityKey === regionKey) {
    throw new DatasetImportError(
      'UNKNOWN_DIMENSION',
      `"${dimensions[regionKey] ?? ''}" cannot be both the region and the activity dimension`,
    );
  }
  return { regionKey, activityKey };
}
