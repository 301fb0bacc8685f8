import { z } from 'zod';
import { ZCountryCode, ZNaceCode, ZTechField, ZUuid } from '../accounts/contract.ts';
import { ZOrganisationRef, ZProfileSummary } from '../brokerage/contract.ts';
import { HELIX_TYPES } from '../reference/domain/classifications.ts';
import { SIGNALS } from './domain/config.ts';
import { MATCH_PARTNERSHIP_TYPES, MATCH_PROFILE_TYPES } from './domain/document.ts';

/** Repeated query parameters arrive as a string or a list; both become a list. */
const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? []
        : (Array.isArray(value) ? value : String(value).split(',')).filter((v) => v !== ''),
    z.array(item),
  );

export const ZIdParams = z.object({ id: ZUuid });

export const MATCH_VERDICTS = ['good', 'not_relevant'] as const;
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];

export const ZMatchQuery = z.object({
  top: z.coerce.number().int().min(1, 'must be 1-100').max(100, 'must be 1-100').default(20),
  /** `profiles` (default) or, for brokers and administrators, `organisations` without a published profile. */
  kind: z.enum(['profiles', 'organisations']).default('profiles'),
  country: listParam(ZCountryCode),
  type: listParam(z.enum(MATCH_PROFILE_TYPES)),
  helix: listParam(z.enum(HELIX_TYPES)),
  /** Also show the matches this user marked as not relevant. */
  includeDismissed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});
export type TMatchQuery = z.output<typeof ZMatchQuery>;

export const ZSignalReport = z.object({ value: z.number(), weight: z.number(), contribution: z.number() });
export const ZReason = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  text: z.string(),
});
export type TReason = z.infer<typeof ZReason>;

export const ZMatch = z.object({
  rank: z.number().int(),
  kind: z.enum(['profile', 'organisation']),
  /** The matched profile (kind `profile`). */
  profile: ZProfileSummary.nullable(),
  /** The matched organisation: the profile's owner, or the organisation itself. */
  organisation: ZOrganisationRef,
  score: z.number(),
  signals: z.record(z.enum(SIGNALS), ZSignalReport),
  reasons: z.array(ZReason),
  /** The active brokers serving the organisation's region, to refer the client to. */
  brokers: z.array(z.object({ id: z.string(), name: z.string() })),
  /** This user's verdict on the match. */
  feedback: z.enum(MATCH_VERDICTS).nullable(),
});
export type TMatch = z.infer<typeof ZMatch>;

export const ZMatchesResponse = z.object({
  query: z.object({ kind: z.enum(['profile', 'case']), id: z.string(), title: z.string() }),
  items: z.array(ZMatch),
  /** Published profiles (or organisations) the engine considered. */
  indexed: z.number(),
  tookMs: z.number(),
});
export type TMatchesResponse = z.infer<typeof ZMatchesResponse>;

export const ZMatchFeedbackRequest = z.object({
  queryKind: z.enum(['profile', 'case']),
  queryId: ZUuid,
  candidateKind: z.enum(['profile', 'organisation']),
  candidateId: ZUuid,
  /** null takes the verdict back. */
  verdict: z.enum(MATCH_VERDICTS).nullable(),
  rank: z.number().int().min(1, 'must be 1 or more'),
  score: z.number().min(0, 'must be 0-1').max(1, 'must be 0-1'),
  /** The signal values the user saw. */
  signals: z.partialRecord(z.enum(SIGNALS), z.number()).default({}),
});
export type TMatchFeedbackRequest = z.input<typeof ZMatchFeedbackRequest>;
export type TMatchFeedback = z.output<typeof ZMatchFeedbackRequest>;

/**
 * One line of `gosmart match --profiles FILE.jsonl`: a profile outside the database, with the
 * platform's codes. Optional fields may be left out.
 */
export const ZStandaloneProfile = z.object({
  id: z.union([z.string().min(1, 'must not be empty'), z.number()]).transform(String),
  type: z.enum(MATCH_PROFILE_TYPES),
  title: z.string().default(''),
  summary: z.string().default(''),
  description: z.string().default(''),
  partner_sought: z.string().default(''),
  nace: z.array(ZNaceCode).default([]),
  tech_fields: z.array(ZTechField).default([]),
  partnership_types: z.array(z.enum(MATCH_PARTNERSHIP_TYPES)).default([]),
  country: ZCountryCode.nullable().default(null),
  target_countries: z.array(ZCountryCode).default([]),
  trl: z.number().int().min(1, 'must be 1-9').max(9, 'must be 1-9').nullable().default(null),
  s3_domains: z.array(z.string()).default([]),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as en')
    .default('en'),
});
export type TStandaloneProfile = z.output<typeof ZStandaloneProfile>;
