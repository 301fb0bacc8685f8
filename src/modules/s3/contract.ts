import { z } from 'zod';
import { ACTIVITY_LEVELS } from './domain/dataset-matrix.ts';
import { COMPLEXITY_METHODS, CONVENTIONS, PROXIMITY_MEASURES, QUADRANTS } from './domain/metrics/index.ts';

export { ACTIVITY_LEVELS, CONVENTIONS, QUADRANTS };

const ZYear = z.coerce.number().int().min(1900).max(2100);
const ZRegionCode = z.string().trim().toUpperCase().min(2).max(12);

export const ZDatasetParams = z.object({ id: z.uuid('must be a UUID') });

export const ZMetricsQuery = z.object({
  year: ZYear.optional(),
  toYear: ZYear.optional(),
  regionLevel: z.coerce.number().int().min(0).max(3).optional(),
  activityLevel: z.enum(ACTIVITY_LEVELS).optional(),
  threshold: z.coerce.number().positive('must be positive').max(100).default(1),
  convention: z.enum(CONVENTIONS).default('atlas'),
  proximity: z.enum(PROXIMITY_MEASURES).default('min_conditional'),
  method: z.enum(COMPLEXITY_METHODS).default('eigenvector'),
});
export type TMetricsQuery = z.input<typeof ZMetricsQuery>;

export const ZImportQuery = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  description: z.string().max(2000).default(''),
  fileName: z.string().trim().min(1).max(255).default('upload'),
  /** `dimension=value` pairs separated by commas, e.g. `indic_sb=V16110`. */
  select: z
    .string()
    .regex(/^([^=,]+=[^=,]+)(,[^=,]+=[^=,]+)*$/, 'must be dimension=value pairs separated by commas')
    .optional(),
  activityDimension: z.string().trim().max(50).optional(),
});
export type TImportQuery = z.input<typeof ZImportQuery>;

export const ZPreviewResponse = z.object({
  format: z.string(),
  activityDimension: z.string(),
  regionDimension: z.string(),
  dimensions: z.array(z.object({ name: z.string(), values: z.array(z.object({ code: z.string(), label: z.string().nullable(), count: z.number() })) })),
  years: z.array(z.number()),
  rowCount: z.number(),
  regionCount: z.number(),
  activityCount: z.number(),
  observationCount: z.number(),
  errors: z.array(z.object({ line: z.number(), reason: z.string() })),
  errorCount: z.number(),
});
export type TPreviewResponse = z.infer<typeof ZPreviewResponse>;

const ZRecodingNote = z.object({ original: z.string(), code2021: z.string().nullable(), kind: z.string(), note: z.string() });

export const ZDatasetResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  sourceFile: z.string(),
  format: z.string(),
  selection: z.record(z.string(), z.string()),
  measure: z.string(),
  unit: z.string().nullable(),
  activityDimension: z.string(),
  years: z.array(z.number()),
  regionCount: z.number(),
  activityCount: z.number(),
  observationCount: z.number(),
  missing: z.object({ notAvailable: z.number(), confidential: z.number() }),
  recodingNotes: z.array(ZRecodingNote),
  isDemo: z.boolean(),
  importedAt: z.iso.datetime(),
});
export type TDatasetResponse = z.infer<typeof ZDatasetResponse>;

const ZNum = z.number().nullable();
const ZNotes = z.array(z.object({ code: z.string(), level: z.enum(['info', 'warning']), message: z.string() }));
const ZSelection = z.object({ fromYear: z.number(), toYear: z.number(), regionLevel: z.number(), activityLevel: z.enum(ACTIVITY_LEVELS) });
const ZNames = z.object({ regionNames: z.record(z.string(), z.string()), activityNames: z.record(z.string(), z.string()) });

export const ZMetricsResponse = z.object({
  regions: z.array(z.object({ region: z.string(), diversity: ZNum, eci: ZNum, coi: ZNum, krugman: ZNum, hachman: ZNum, hhi: ZNum, entropy: ZNum })),
  activities: z.array(z.object({ activity: z.string(), ubiquity: ZNum, pci: ZNum })),
  cells: z.array(z.object({ region: z.string(), activity: z.string(), value: ZNum, rca: ZNum, m: z.union([z.literal(0), z.literal(1)]), density: ZNum, cog: ZNum })),
  meta: z.object({ dataset: z.string(), selection: ZSelection, options: z.record(z.string(), z.union([z.string(), z.number()])), notes: ZNotes }),
});

export const ZRegionParams = ZDatasetParams.extend({ region: ZRegionCode });

export const ZProfileResponse = ZNames.extend({
  region: z.string(),
  selection: ZSelection,
  total: z.number(),
  unit: z.string().nullable(),
  diversity: ZNum,
  eci: ZNum,
  eciRank: ZNum,
  rankedRegions: z.number(),
  coi: ZNum,
  krugman: ZNum,
  hhi: ZNum,
  entropy: ZNum,
  specialisations: z.array(z.object({ activity: z.string(), value: ZNum, share: ZNum, rca: z.number(), isSpecialised: z.boolean(), growth: ZNum })),
  /** The years between which `growth` (CAGR) is measured. */
  growthPeriod: z.object({ fromYear: z.number(), toYear: z.number() }),
  opportunities: z.array(
    z.object({ activity: z.string(), density: z.number(), pci: z.number(), quadrant: z.enum(QUADRANTS), score: z.number(), rank: ZNum, isSpecialised: z.boolean() }),
  ),
  thresholds: z.object({ density: z.number().nullable(), pci: z.number() }),
  regionNotes: z.array(ZRecodingNote),
  notes: ZNotes,
});
export type TProfileResponse = z.infer<typeof ZProfileResponse>;

export const ZCompareQuery = ZMetricsQuery.extend({
  regions: z
    .string()
    .transform((value) => value.split(',').map((code) => code.trim().toUpperCase()).filter(Boolean))
    .pipe(z.array(z.string()).min(2, 'choose at least 2 regions').max(8, 'choose at most 8 regions')),
  minRegions: z.coerce.number().int().min(1).max(8).default(2),
});

export const ZCompareResponse = ZNames.extend({
  selection: ZSelection,
  regions: z.array(z.object({ region: z.string(), diversity: ZNum, eci: ZNum, coi: ZNum })),
  shared: z.array(z.object({ activity: z.string(), pci: ZNum, regions: z.array(z.string()) })),
  heatmap: z.object({ activities: z.array(z.string()), rca: z.array(z.array(ZNum)) }),
  allRegions: z.array(z.object({ region: z.string(), eci: ZNum, diversity: ZNum })),
  notes: ZNotes,
});
export type TCompareResponse = z.infer<typeof ZCompareResponse>;

export const ZSpaceQuery = ZMetricsQuery.extend({ region: ZRegionCode.optional() });
export const ZSpaceResponse = ZNames.extend({
  selection: ZSelection,
  nodes: z.array(z.object({ activity: z.string(), pci: ZNum, ubiquity: ZNum })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), proximity: z.number(), isBackbone: z.boolean() })),
  specialised: z.array(z.string()),
});
export type TSpaceResponse = z.infer<typeof ZSpaceResponse>;
