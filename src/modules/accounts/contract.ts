import { z } from 'zod';
import { HELIX_TYPES } from '../reference/domain/classifications.ts';
import { LANGUAGES, MEMBERSHIP_ROLES, ROLES } from './domain/user.ts';

export { HELIX_TYPES, LANGUAGES, MEMBERSHIP_ROLES, ROLES };

export const ZRole = z.enum(ROLES);
export const ZLanguage = z.enum(LANGUAGES);
export const ZHelixType = z.enum(HELIX_TYPES);
export const ZMembershipRole = z.enum(MEMBERSHIP_ROLES);

const ZEmail = z.email('must be an e-mail address').max(254).transform((email) => email.trim().toLowerCase());
export const ZPassword = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
const ZName = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const ZUuid = z.uuid('must be a UUID');
const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 country code');
const ZNutsCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code such as PL84 or DK032');

export const ZPage = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

// Sessions
export const ZLoginRequest = z.object({ email: ZEmail, password: z.string().min(1, 'must not be empty').max(200) });
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
export const ZUserListQuery = ZPage.extend({ q: z.string().trim().max(200).optional(), role: ZRole.optional() });
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

export const ZInvitationResponse = z.object({ email: z.string(), name: z.string(), expiresAt: z.iso.datetime() });
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
  website: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).max(500).nullable().optional(),
  description: z.string().max(5000, 'must be at most 5000 characters').default(''),
});
export type TOrganisationRequest = z.input<typeof ZOrganisationRequest>;
export const ZOrganisationUpdateRequest = ZOrganisationRequest.partial();

export const ZOrganisationListQuery = ZPage.extend({
  q: z.string().trim().max(200).optional(),
  country: ZCountryCode.optional(),
  helix: ZHelixType.optional(),
  nuts: ZNutsCode.optional(),
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
export const ZOrganisationListResponse = z.object({ items: z.array(ZOrganisationResponse), total: z.number() });
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
