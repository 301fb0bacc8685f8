import { z } from 'zod';
import {
  codeList,
  ZCountryCode,
  ZNaceCode,
  ZNutsCode,
  ZPage,
  ZTechField,
  ZUuid,
} from '../accounts/contract.ts';
import { HELIX_TYPES, SME_SIZE_CLASSES } from '../reference/domain/classifications.ts';
import {
  ACTIVITY_KINDS,
  BARRIERS,
  CASE_OUTCOMES,
  CASE_STAGES,
  COOPERATION_MODELS,
  DEVELOPMENT_STAGES,
  INTEREST_STATUSES,
  INTERNATIONALISATION_STAGES,
  IPR_STATUSES,
  PARTNERSHIP_OUTCOME_TYPES,
  PARTNERSHIP_TYPES,
  PROFILE_STATUSES,
  PROFILE_TYPES,
  REFERRAL_STATUSES,
  VALUE_CHAIN_POSITIONS,
} from './domain/codes.ts';
import { PROFILE_ACTIONS } from './domain/lifecycle.ts';

export * from './domain/codes.ts';
export { PROFILE_ACTIONS };

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'must not be empty');
const ZDate = z.iso.date('must be a date YYYY-MM-DD');
const ZTag = requiredText(100);
const ZLanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as en');

export const ZIdParams = z.object({ id: ZUuid });
export const ZFileQuery = z.object({ fileName: requiredText(255) });
export const ZExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
const ZComment = z.object({ message: text(3000).optional() });

export const ZPersonRef = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type TPersonRef = z.infer<typeof ZPersonRef>;
export const ZOrganisationRef = z.object({
  id: z.string(),
  name: z.string(),
  countryCode: z.string(),
  nutsCode: z.string().nullable(),
  helixType: z.enum(HELIX_TYPES),
  sizeClass: z.enum(SME_SIZE_CLASSES).nullable(),
});
export type TOrganisationRef = z.infer<typeof ZOrganisationRef>;
const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

// Brokers
export const ZBrokerResponse = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  organisation: ZOrganisationRef.nullable(),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  competences: z.array(z.string()),
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  bio: z.string(),
});
export type TBrokerResponse = z.infer<typeof ZBrokerResponse>;
export const ZBrokerListQuery = ZPage.extend({
  q: text(200).optional(),
  region: ZNutsCode.optional(),
  country: ZCountryCode.optional(),
  competence: text(100).optional(),
});
export const ZBrokerListResponse = list(ZBrokerResponse);
export type TBrokerListResponse = z.infer<typeof ZBrokerListResponse>;
export const ZBrokerUpdateRequest = z.object({
  organisationId: ZUuid.nullable().optional(),
  regions: codeList(ZNutsCode, 20).min(1, 'must name at least one region'),
  competences: codeList(ZTag, 30).default([]),
  languages: codeList(ZLanguageCode, 20).default([]),
  phone: text(50).nullable().optional(),
  bio: text(3000).default(''),
});
export type TBrokerUpdateRequest = z.input<typeof ZBrokerUpdateRequest>;

// Contact persons
export const ZContactRequest = z.object({
  name: requiredText(200),
  position: text(200).default(''),
  email: z.email('must be an e-mail address').max(254).nullable().optional(),
  phone: text(50).nullable().optional(),
  consentToShare: z.boolean().default(false),
});
export const ZContactsRequest = z.object({
  contacts: z.array(ZContactRequest).max(20, 'must have at most 20 contacts'),
});
export type TContactsRequest = z.input<typeof ZContactsRequest>;
export const ZContactResponse = z.object({
  id: z.string(),
  name: z.string(),
  position: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  consentToShare: z.boolean(),
  consentRecordedAt: z.iso.datetime().nullable(),
});
export type TContactResponse = z.infer<typeof ZContactResponse>;
export const ZContactsResponse = z.object({
  /** full: the organisation's own people, its brokers and admins; shared: consenting contacts after an accepted EOI. */
  visibility: z.enum(['full', 'shared', 'none']),
  canEdit: z.boolean(),
  items: z.array(ZContactResponse),
});
export type TContactsResponse = z.infer<typeof ZContactsResponse>;

// Diagnosis
export const ZDiagnosisData = z.object({
  valueChainPosition: z.enum(VALUE_CHAIN_POSITIONS).nullable().default(null),
  productsServices: text(5000).default(''),
  innovationActivities: text(5000).default(''),
  needs: text(5000).default(''),
  internationalisationStage: z.enum(INTERNATIONALISATION_STAGES).nullable().default(null),
  pastExperience: text(5000).default(''),
  barriers: codeList(z.enum(BARRIERS)).default([]),
  barriersText: text(5000).default(''),
  goals: text(5000).default(''),
  cooperationModels: codeList(z.enum(COOPERATION_MODELS)).default([]),
  targetCountries: codeList(ZCountryCode, 60).default([]),
});
export type TDiagnosisData = z.infer<typeof ZDiagnosisData>;
export type TDiagnosisRequest = z.input<typeof ZDiagnosisData>;
export const ZDiagnosisVersion = z.object({
  version: z.number(),
  author: ZPersonRef.nullable(),
  createdAt: z.iso.datetime(),
});
export const ZDiagnosisResponse = z.object({
  current: ZDiagnosisVersion.extend({ data: ZDiagnosisData }).nullable(),
  versions: z.array(ZDiagnosisVersion),
  canEdit: z.boolean(),
});
export type TDiagnosisResponse = z.infer<typeof ZDiagnosisResponse>;
export const ZDiagnosisVersionParams = ZIdParams.extend({ version: z.coerce.number().int().min(1) });
export const ZDiagnosisVersionResponse = ZDiagnosisVersion.extend({ data: ZDiagnosisData });

// Cases
export const ZCaseResponse = z.object({
  id: z.string(),
  title: z.string(),
  stage: z.enum(CASE_STAGES),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  nextFollowUpOn: z.string().nullable(),
  isFollowUpDue: z.boolean(),
  organisation: ZOrganisationRef,
  broker: ZPersonRef,
  /** The stages this case may move to now (for the pipeline board). */
  allowedStages: z.array(z.enum(CASE_STAGES)),
  canEdit: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
});
export type TCaseResponse = z.infer<typeof ZCaseResponse>;
export const ZActivityRequest = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  occurredOn: ZDate,
  text: requiredText(5000),
});
export type TActivityRequest = z.input<typeof ZActivityRequest>;
export const ZActivityResponse = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  occurredOn: z.string(),
  text: z.string(),
  author: ZPersonRef.nullable(),
  createdAt: z.iso.datetime(),
});
export type TActivityResponse = z.infer<typeof ZActivityResponse>;
export const ZAttachmentResponse = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  uploadedBy: ZPersonRef.nullable(),
  createdAt: z.iso.datetime(),
});
export type TAttachmentResponse = z.infer<typeof ZAttachmentResponse>;
export const ZActivityListResponse = list(ZActivityResponse);
export type TActivityListResponse = z.infer<typeof ZActivityListResponse>;
export const ZAttachmentListResponse = list(ZAttachmentResponse);
export type TAttachmentListResponse = z.infer<typeof ZAttachmentListResponse>;
export const ZAttachmentParams = ZIdParams.extend({ attachmentId: ZUuid });

export const ZCaseCreateRequest = z.object({
  organisationId: ZUuid,
  title: requiredText(200),
  /** Administrators may assign the case to a broker; a broker's own cases are theirs. */
  brokerId: ZUuid.optional(),
  nextFollowUpOn: ZDate.nullable().optional(),
});
export type TCaseCreateRequest = z.input<typeof ZCaseCreateRequest>;
export const ZCaseUpdateRequest = z
  .object({
    title: requiredText(200),
    stage: z.enum(CASE_STAGES),
    outcome: z.enum(CASE_OUTCOMES).nullable(),
    nextFollowUpOn: ZDate.nullable(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');
export type TCaseUpdateRequest = z.input<typeof ZCaseUpdateRequest>;
export const ZCaseListQuery = ZPage.extend({
  q: text(200).optional(),
  stage: z.enum(CASE_STAGES).optional(),
  organisation: ZUuid.optional(),
  broker: z.union([ZUuid, z.literal('me')]).optional(),
  /** overdue: follow-up date passed; week: due within 7 days (overdue included). */
  due: z.enum(['overdue', 'week']).optional(),
  open: z.enum(['true', 'false']).optional(),
});
/** The export takes the list's filters, so a report is exactly what the list shows. */
export const ZCaseExportQuery = ZCaseListQuery.omit({ limit: true, offset: true }).extend(ZExportQuery.shape);
export const ZCaseListResponse = list(ZCaseResponse);
export type TCaseListResponse = z.infer<typeof ZCaseListResponse>;

// Profiles
/** Optional fields may be left out: they are then empty (null or []). */
const ZProfileFields = z.object({
  type: z.enum(PROFILE_TYPES),
  title: requiredText(200),
  summary: requiredText(500),
  description: text(10000).optional(),
  innovation: text(5000).optional(),
  stage: z.enum(DEVELOPMENT_STAGES).nullable().optional(),
  trl: z.number().int().min(1, 'must be a TRL 1-9').max(9, 'must be a TRL 1-9').nullable().optional(),
  iprStatus: z.enum(IPR_STATUSES).nullable().optional(),
  partnerSought: text(3000).optional(),
  partnershipTypes: codeList(z.enum(PARTNERSHIP_TYPES)).optional(),
  naceCodes: codeList(ZNaceCode, 20).optional(),
  techFields: codeList(ZTechField, 35).optional(),
  s3Domains: codeList(ZTag, 20).optional(),
  targetCountries: codeList(ZCountryCode, 60).optional(),
  language: ZLanguageCode.optional(),
  deadline: ZDate.nullable().optional(),
  caseId: ZUuid.nullable().optional(),
});
export const ZProfileCreateRequest = ZProfileFields.extend({ organisationId: ZUuid });
export type TProfileCreateRequest = z.input<typeof ZProfileCreateRequest>;
/** Only drafts can be edited; send the fields to change. */
export const ZProfileUpdateRequest = ZProfileFields.partial().refine(
  (value) => Object.keys(value).length > 0,
  'give at least one field to change',
);
export type TProfileUpdateRequest = z.input<typeof ZProfileUpdateRequest>;

const ZProfileCommon = z.object({
  id: z.string(),
  reference: z.string().nullable(),
  type: z.enum(PROFILE_TYPES),
  title: z.string(),
  summary: z.string(),
  stage: z.enum(DEVELOPMENT_STAGES).nullable(),
  trl: z.number().nullable(),
  partnershipTypes: z.array(z.enum(PARTNERSHIP_TYPES)),
  naceCodes: z.array(z.string()),
  techFields: z.array(z.number()),
  s3Domains: z.array(z.string()),
  targetCountries: z.array(z.string()),
  language: z.string(),
  deadline: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
});
export const ZProfileSummary = ZProfileCommon.extend({
  status: z.enum(PROFILE_STATUSES),
  organisation: ZOrganisationRef,
  updatedAt: z.iso.datetime(),
});
export type TProfileSummary = z.infer<typeof ZProfileSummary>;
export const ZProfileComment = z.object({
  id: z.string(),
  kind: z.enum(['return', 'comment']),
  text: z.string(),
  author: ZPersonRef.nullable(),
  createdAt: z.iso.datetime(),
});
export const ZProfileResponse = ZProfileSummary.extend({
  description: z.string(),
  innovation: z.string(),
  iprStatus: z.enum(IPR_STATUSES).nullable(),
  partnerSought: z.string(),
  caseId: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
  validatedAt: z.iso.datetime().nullable(),
  validatedBy: ZPersonRef.nullable(),
  closedAt: z.iso.datetime().nullable(),
  /** What this user may do with the profile now. */
  allowedActions: z.array(z.enum(PROFILE_ACTIONS)),
  canEdit: z.boolean(),
  /** Whether this user may send an expression of interest. */
  canExpressInterest: z.boolean(),
  interestCount: z.number(),
  comments: z.array(ZProfileComment),
});
export type TProfileResponse = z.infer<typeof ZProfileResponse>;
export const ZProfileListQuery = ZPage.extend({
  q: text(200).optional(),
  type: z.enum(PROFILE_TYPES).optional(),
  country: ZCountryCode.optional(),
  nace: ZNaceCode.optional(),
  status: z.enum(PROFILE_STATUSES).optional(),
  organisation: ZUuid.optional(),
  tech: z.coerce.number().int().min(1).max(35).optional(),
  partnership: z.enum(PARTNERSHIP_TYPES).optional(),
  /** Profiles of the user's own organisations (members) or of their clients (brokers), in any status. */
  scope: z.enum(['all', 'mine', 'to_validate']).default('all'),
});
export const ZProfileListResponse = list(ZProfileSummary);
export type TProfileListResponse = z.infer<typeof ZProfileListResponse>;
export const ZProfileTransitionRequest = z.object({ comment: text(3000).optional() }).default({});

/** The anonymous listing: the organisation's identity is left out, as in the EEN's public database. */
export const ZPublicProfile = ZProfileCommon.extend({
  description: z.string(),
  innovation: z.string(),
  iprStatus: z.enum(IPR_STATUSES).nullable(),
  partnerSought: z.string(),
  countryCode: z.string(),
  helixType: z.enum(HELIX_TYPES),
  sizeClass: z.enum(SME_SIZE_CLASSES).nullable(),
});
export type TPublicProfile = z.infer<typeof ZPublicProfile>;
export const ZPublicProfileListQuery = ZProfileListQuery.omit({
  status: true,
  organisation: true,
  scope: true,
});
export const ZPublicProfileListResponse = list(ZPublicProfile);
export type TPublicProfileListResponse = z.infer<typeof ZPublicProfileListResponse>;

// Expressions of interest
export const ZInterestRequest = z.object({
  message: requiredText(3000),
  /** The organisation the interest is sent for; needed when the user has several (brokers name their client). */
  organisationId: ZUuid.optional(),
});
export type TInterestRequest = z.input<typeof ZInterestRequest>;
export const ZInterestResponse = z.object({
  id: z.string(),
  status: z.enum(INTEREST_STATUSES),
  message: z.string(),
  responseMessage: z.string().nullable(),
  createdAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
  introducedAt: z.iso.datetime().nullable(),
  profile: z.object({
    id: z.string(),
    reference: z.string().nullable(),
    title: z.string(),
    type: z.enum(PROFILE_TYPES),
    organisation: ZOrganisationRef,
  }),
  fromOrganisation: ZOrganisationRef,
  fromUser: ZPersonRef.nullable(),
  allowedActions: z.array(z.enum(['accept', 'decline', 'introduce'])),
  /** After acceptance: the consenting contacts of the other side (null before, or when not a party). */
  contacts: z
    .object({ profileOwner: z.array(ZContactResponse), sender: z.array(ZContactResponse) })
    .nullable(),
});
export type TInterestResponse = z.infer<typeof ZInterestResponse>;
export const ZInterestListQuery = ZPage.extend({
  direction: z.enum(['received', 'sent', 'all']).default('all'),
  status: z.enum(INTEREST_STATUSES).optional(),
});
export const ZInterestListResponse = list(ZInterestResponse);
export type TInterestListResponse = z.infer<typeof ZInterestListResponse>;
export const ZInterestDecisionRequest = ZComment.default({});

// Referrals
export const ZReferralRequest = z.object({
  toBrokerId: ZUuid,
  clientOrganisationId: ZUuid,
  caseId: ZUuid.nullable().optional(),
  profileId: ZUuid.nullable().optional(),
  needSummary: requiredText(3000),
});
export type TReferralRequest = z.input<typeof ZReferralRequest>;
export const ZReferralMessage = z.object({
  id: z.string(),
  text: z.string(),
  author: ZPersonRef.nullable(),
  createdAt: z.iso.datetime(),
});
export const ZReferralCandidate = z.object({
  organisation: ZOrganisationRef,
  note: z.string(),
  proposedBy: ZPersonRef.nullable(),
  createdAt: z.iso.datetime(),
});
export const ZReferralResponse = z.object({
  id: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  needSummary: z.string(),
  fromBroker: ZPersonRef,
  toBroker: ZPersonRef,
  client: ZOrganisationRef,
  caseId: z.string().nullable(),
  profile: z.object({ id: z.string(), reference: z.string().nullable(), title: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  allowedActions: z.array(z.enum(['accept', 'decline', 'close'])),
  messageCount: z.number(),
  candidateCount: z.number(),
});
export type TReferralResponse = z.infer<typeof ZReferralResponse>;
export const ZReferralDetailResponse = ZReferralResponse.extend({
  messages: z.array(ZReferralMessage),
  candidates: z.array(ZReferralCandidate),
});
export type TReferralDetailResponse = z.infer<typeof ZReferralDetailResponse>;
export const ZReferralListQuery = ZPage.extend({
  direction: z.enum(['incoming', 'outgoing', 'all']).default('all'),
  status: z.enum(REFERRAL_STATUSES).optional(),
});
export const ZReferralListResponse = list(ZReferralResponse);
export type TReferralListResponse = z.infer<typeof ZReferralListResponse>;
export const ZReferralMessageRequest = z.object({ text: requiredText(5000) });
export const ZReferralCandidateRequest = z.object({ organisationId: ZUuid, note: text(2000).default('') });
export const ZReferralDecisionRequest = ZComment.default({});

// Partnerships
export const ZPartnershipRequest = z.object({
  type: z.enum(PARTNERSHIP_OUTCOME_TYPES),
  title: requiredText(200),
  description: text(5000).default(''),
  agreedOn: ZDate,
  partyIds: codeList(ZUuid, 20).min(2, 'must name at least two organisations'),
  caseId: ZUuid.nullable().optional(),
  profileId: ZUuid.nullable().optional(),
  referralId: ZUuid.nullable().optional(),
  interestId: ZUuid.nullable().optional(),
  evidenceText: text(5000).default(''),
});
export type TPartnershipRequest = z.input<typeof ZPartnershipRequest>;
export const ZPartnershipResponse = z.object({
  id: z.string(),
  type: z.enum(PARTNERSHIP_OUTCOME_TYPES),
  title: z.string(),
  description: z.string(),
  agreedOn: z.string(),
  parties: z.array(ZOrganisationRef),
  isCrossBorder: z.boolean(),
  caseId: z.string().nullable(),
  profile: z.object({ id: z.string(), reference: z.string().nullable(), title: z.string() }).nullable(),
  referralId: z.string().nullable(),
  interestId: z.string().nullable(),
  evidenceText: z.string(),
  evidenceFile: z.object({ fileName: z.string(), mediaType: z.string(), size: z.number() }).nullable(),
  createdBy: ZPersonRef.nullable(),
  isDemo: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type TPartnershipResponse = z.infer<typeof ZPartnershipResponse>;
export const ZPartnershipListQuery = ZPage.extend({
  organisation: ZUuid.optional(),
  type: z.enum(PARTNERSHIP_OUTCOME_TYPES).optional(),
  country: ZCountryCode.optional(),
  from: ZDate.optional(),
  to: ZDate.optional(),
});
export const ZPartnershipExportQuery = ZPartnershipListQuery.omit({ limit: true, offset: true }).extend(
  ZExportQuery.shape,
);
export const ZPartnershipListResponse = list(ZPartnershipResponse);
export type TPartnershipListResponse = z.infer<typeof ZPartnershipListResponse>;

// Workspace: one call for the broker's or member's home screen.
export const ZWorkspaceResponse = z.object({
  role: z.enum(['broker', 'member', 'admin', 'analyst']),
  /** Open cases per stage (broker: their own; admin: all). */
  pipeline: z.array(z.object({ stage: z.enum(CASE_STAGES), count: z.number() })),
  followUpsDue: z.array(ZCaseResponse),
  incomingReferrals: z.array(ZReferralResponse),
  interestsToAnswer: z.array(ZInterestResponse),
  profilesToValidate: z.array(ZProfileSummary),
  myOrganisations: z.array(ZOrganisationRef),
  myBrokers: z.array(ZBrokerResponse),
});
export type TWorkspaceResponse = z.infer<typeof ZWorkspaceResponse>;
