import { z } from 'zod';
import { HELIX_TYPES, SME_SIZE_CLASSES } from './domain/classifications.ts';

const ZLimit = z.coerce.number().int().min(1).max(2000).default(50);
const ZLevel = (max: number) => z.coerce.number().int().min(0).max(max);
const ZQuery = z.string().trim().min(1).max(100);

export const ZCountryResponse = z.object({ code: z.string(), eurostatCode: z.string(), name: z.string() });
export const ZNutsQuery = z.object({
  q: ZQuery.optional(),
  level: ZLevel(3).optional(),
  country: z.string().trim().toUpperCase().length(2, 'must be a 2-letter country code').optional(),
  parent: z.string().trim().toUpperCase().max(5).optional(),
  limit: ZLimit,
});
export const ZNutsResponse = z.object({
  code: z.string(),
  level: z.number(),
  countryCode: z.string(),
  parentCode: z.string().nullable(),
  name: z.string(),
});
export type TNutsResponse = z.infer<typeof ZNutsResponse>;
export const ZNaceQuery = z.object({
  q: ZQuery.optional(),
  level: ZLevel(4).optional(),
  parent: z.string().trim().toUpperCase().max(10).optional(),
  limit: ZLimit,
});
export const ZNaceResponse = z.object({
  code: z.string(),
  eurostatCode: z.string(),
  level: z.number(),
  parentCode: z.string().nullable(),
  section: z.string(),
  name: z.string(),
});
export const ZTechnologyFieldResponse = z.object({ id: z.number(), sector: z.string(), name: z.string() });
export const ZTrlResponse = z.object({ level: z.number(), name: z.string(), definition: z.string() });
export const ZCodeParams = z.object({ code: z.string().trim().toUpperCase().min(1).max(10) });
export const ZEnumsResponse = z.object({
  helixTypes: z.array(z.enum(HELIX_TYPES)),
  smeSizeClasses: z.array(z.object({ code: z.enum(SME_SIZE_CLASSES), headcountBelow: z.number().nullable() })),
});
