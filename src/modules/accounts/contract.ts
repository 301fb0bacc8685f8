import { z } from 'zod';
import { HELIX_TYPES, SME_SIZE_CLASSES } from '../reference/domain/classifications.ts';
import { LANGUAGES, MEMBERSHIP_ROLES, ROLES } from './domain/user.ts';

export { HELIX_TYPES, LANGUAGES, MEMBERSHIP_ROLES, ROLES };

export const ZRole = z.enum(ROLES);
export const ZLanguage = z.enum(LANGUAGES);
export const ZHelixType = z.enum(HELIX_TYPES);
export const ZMembershipRole = z.enum(MEMBERSHIP_ROLES);

const ZEmail = z
  .email('must be an e-mail address')
  .max(254)
  .transform((email) => email.trim().toLowerCase());
export const ZPassword = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');
const ZName = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const ZUuid = z.uuid('must be a UUID');
export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 country code');
export const ZNutsCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code such as PL84 or DK032');

/** NACE Rev.2 in the platform's notation: section (C), division (C10), group (C10.5) or class (C10.51). */
export const ZNaceCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-U](\d{2}(\.\d{1,2})?)?$/, 'must be a NACE Rev.2 code such as C10.51');
/** WIPO technology field, 1-35. */
export const ZTechField = z
  .number()
  .int()
  .min(1, 'must be a WIPO field 1-35')
  .max(35, 'must be a WIPO field 1-35');
const ZLanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as en');
const ZTag = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const ZAmount = z.number().int('must be a whole number').min(0, 'must not be negative').max(1e14);
/** A list of codes without duplicates. */
export const codeList = <T extends z.ZodType>(item: T, max = 30) =>
  z
    .array(item)
    .max(max, `must have at most ${max} entries`)
    .refine((list) => new Set(list).size === list.length, 'must not repeat a code');

export const ZPage = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

// Sessions
export const ZLoginRequest = z.object({
  email: ZEmail,
  password: z.string().min(1, 'must not be empty').max(200),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZMembershipResponse = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  role: ZMembershipRole,
});

export const ZUserResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  preferredLanguage: ZLanguage,
  isActive: z.boolean(),
  isDemo: z.boolean(),
  hasPassword: z.boolean(),
  createdAt: z.iso.datetime(),
  memberships: z.array(ZMembershipResponse),
});
export type TUserResponse = z.infer<typeof ZUserResponse>;

export const ZSessionResponse = z.object({ user: ZUserResponse, csrfToken: z.string() });
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZUpdateMeRequest = z
  .object({ name: ZName, preferredLanguage: ZLanguage })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one of name, preferredLanguage');
export type TUpdateMeRequest = z.infer<typeof ZUpdateMeRequest>;

// Users (admin)
export const ZUserListQuery = ZPage.extend({
  q: z.string().trim().max(200).optional(),
  role: ZRole.optional(),
});
export const ZUserListResponse = z.object({ items: z.array(ZUserResponse), total: z.number() });
export type TUserListResponse = z.infer<typeof ZUserListResponse>;

export const ZInviteUserRequest = z.object({
  email: ZEmail,
  name: ZName,
  role: ZRole,
  preferredLanguage: ZLanguage.default('en'),
  organisationId: ZUuid.optional(),
  membershipRole: ZMembershipRole.default('member'),
});
export type TInviteUserRequest = z.input<typeof ZInviteUserRequest>;

export const ZInviteUserResponse = z.object({
  user: ZUserResponse,
  /** Shown to the admin once, to pass on when no mail server is configured. */
  invitationUrl: z.string(),
  expiresAt: z.iso.datetime(),
});
export type TInviteUserResponse = z.infer<typeof ZInviteUserResponse>;

export const ZUpdateUserRequest = z
  .object({ name: ZName, role: ZRole, isActive: z.boolean(), preferredLanguage: ZLanguage })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZInvitationResponse = z.object({
  email: z.string(),
  name: z.string(),
  expiresAt: z.iso.datetime(),
});
export const ZAcceptInvitationRequest = z.object({ password: ZPassword });

// Personal access tokens
export const ZCreateTokenRequest = z.object({ name: ZName });
export const ZAccessTokenResponse = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export const ZCreatedTokenResponse = ZAccessTokenResponse.extend({ token: z.string() });
export type TAccessTokenResponse = z.infer<typeof ZAccessTokenResponse>;
export type TCreatedTokenResponse = z.infer<typeof ZCreatedTokenResponse>;

// Organisations
export const ZOrganisationRequest = z.object({
  name: ZName,
  countryCode: ZCountryCode,
  nutsCode: ZNutsCode.nullable().optional(),
  helixType: ZHelixType,
  website: z
    .url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })
    .max(500)
    .nullable()
    .optional(),
  description: z.string().max(5000, 'must be at most 5000 characters').default(''),
  legalName: z.string().trim().max(300, 'must be at most 300 characters').nullable().optional(),
  registryId: z.string().trim().max(40, 'must be at most 40 characters').nullable().optional(),
  vatNumber: z.string().trim().max(40, 'must be at most 40 characters').nullable().optional(),
  headcount: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(10_000_000)
    .nullable()
    .optional(),
  turnoverEur: ZAmount.nullable().optional(),
  balanceSheetEur: ZAmount.nullable().optional(),
  foundingYear: z
    .number()
    .int()
    .min(1500, 'must be a year after 1500')
    .max(2100, 'must be a year')
    .nullable()
    .optional(),
  naceCodes: codeList(ZNaceCode, 20).optional(),
  techFields: codeList(ZTechField, 35).optional(),
  s3Domains: codeList(ZTag, 20).optional(),
  languages: codeList(ZLanguageCode, 20).optional(),
  exportShare: z.number().int().min(0, 'must be 0-100').max(100, 'must be 0-100').nullable().optional(),
});
export type TOrganisationRequest = z.input<typeof ZOrganisationRequest>;
export const ZOrganisationUpdateRequest = ZOrganisationRequest.partial();

export const ZOrganisationListQuery = ZPage.extend({
  q: z.string().trim().max(200).optional(),
  country: ZCountryCode.optional(),
  helix: ZHelixType.optional(),
  nuts: ZNutsCode.optional(),
  nace: ZNaceCode.optional(),
  size: z.enum(SME_SIZE_CLASSES).optional(),
});

export const ZOrganisationResponse = z.object({
  id: z.string(),
  name: z.string(),
  countryCode: z.string(),
  nutsCode: z.string().nullable(),
  regionName: z.string().nullable(),
  helixType: ZHelixType,
  website: z.string().nullable(),
  description: z.string(),
  legalName: z.string().nullable(),
  registryId: z.string().nullable(),
  vatNumber: z.string().nullable(),
  headcount: z.number().nullable(),
  turnoverEur: z.number().nullable(),
  balanceSheetEur: z.number().nullable(),
  sizeClass: z.enum(SME_SIZE_CLASSES).nullable(),
  foundingYear: z.number().nullable(),
  naceCodes: z.array(z.string()),
  techFields: z.array(z.number()),
  s3Domains: z.array(z.string()),
  languages: z.array(z.string()),
  exportShare: z.number().nullable(),
  isDemo: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  canEdit: z.boolean(),
});
export type TOrganisationResponse = z.infer<typeof ZOrganisationResponse>;

export const ZOrganisationMemberResponse = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZMembershipRole,
});
export const ZOrganisationDetailResponse = ZOrganisationResponse.extend({
  members: z.array(ZOrganisationMemberResponse),
});
export type TOrganisationDetailResponse = z.infer<typeof ZOrganisationDetailResponse>;
export const ZOrganisationListResponse = z.object({
  items: z.array(ZOrganisationResponse),
  total: z.number(),
});
export type TOrganisationListResponse = z.infer<typeof ZOrganisationListResponse>;

export const ZMembershipRequest = z.object({ userId: ZUuid, role: ZMembershipRole });

// Audit log and outbox (admin)
export const ZAuditQuery = z.object({
  targetType: z.string().max(100).optional(),
  targetId: z.string().max(100).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ZAuditEntryResponse = z.object({
  id: z.number(),
  actorUserId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  at: z.iso.datetime(),
});
export const ZOutboxMessageResponse = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
});
export type TOutboxMessageResponse = z.infer<typeof ZOutboxMessageResponse>;

export const ZIdParams = z.object({ id: ZUuid });
export const ZTokenParams = z.object({ token: z.string().min(10).max(200) });

// Notifications
export const ZNotificationResponse = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type TNotificationResponse = z.infer<typeof ZNotificationResponse>;
export const ZNotificationListResponse = z.object({
  items: z.array(ZNotificationResponse),
  total: z.number(),
  unread: z.number(),
});
export type TNotificationListResponse = z.infer<typeof ZNotificationListResponse>;
export const ZNotificationListQuery = ZPage.extend({ unread: z.enum(['true', 'false']).optional() });

// Organisation import (CSV or XLSX)
export const ZOrganisationImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('true'),
  format: z.enum(['csv', 'xlsx']).optional(),
});
export const ZOrganisationImportResponse = z.object({
  dryRun: z.boolean(),
  /** Rows that would be (dry run) or were created. */
  valid: z.number(),
  invalid: z.number(),
  created: z.number(),
  rows: z.array(
    z.object({
      line: z.number(),
      name: z.string(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  ),
});
export type TOrganisationImportResponse = z.infer<typeof ZOrganisationImportResponse>;
