// The Trans-S3 API: priorities register, region groups, steps 1-6, prioritisation, strategy.
import { z } from 'zod';
import { ZNaceCode, ZNutsCode, ZTechField, ZUuid } from '../accounts/contract.ts';
import { HELIX_TYPES } from '../reference/domain/classifications.ts';
import { FACTORS } from './domain/prioritisation.ts';

const ZDate = z.iso.date('must be a date YYYY-MM-DD');
const ZDateTime = z.iso.datetime({ offset: true, message: 'must be a date and time (ISO 8601)' });
const ZText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const ZRequiredText = (max: number) => ZText(max).min(1, 'is required');
const ZHelix = z.enum(HELIX_TYPES);
const ZCode = z.object({ code: z.string(), name: z.string() });

export const ZIdParams = z.object({ id: ZUuid });
export const ZGroupItemParams = z.object({ id: ZUuid, itemId: ZUuid });
export const ZGroupMemberParams = z.object({ id: ZUuid, userId: ZUuid });
export const ZRoundCandidateParams = z.object({ id: ZUuid, itemId: ZUuid, candidateId: ZUuid });

// ---- Code lists -------------------------------------------------------------------------------

export const ZCodesResponse = z.object({
  nabs: z.array(ZCode),
  objectives: z.array(z.object({ code: z.string(), name: z.string(), group: z.string() })),
});

// ---- Priorities register ----------------------------------------------------------------------

export const ZPriorityRequest = z.object({
  region: ZNutsCode,
  code: ZRequiredText(40),
  title: ZRequiredText(200),
  description: ZText(4000).default(''),
  sourceDocument: ZText(300).nullable().default(null),
  sourceYear: z
    .number()
    .int()
    .min(1990, 'must be a year 1990-2100')
    .max(2100, 'must be a year 1990-2100')
    .nullable()
    .default(null),
  nace: z.array(ZNaceCode).max(40).default([]),
  nabs: z
    .array(z.string().regex(/^(0[1-9]|1[0-4])$/, 'must be a NABS 2007 chapter 01-14'))
    .max(14)
    .default([]),
  objectives: z.array(z.string().min(1)).max(40).default([]),
  techFields: z.array(ZTechField).max(35).default([]),
});
export type TPriorityRequest = z.input<typeof ZPriorityRequest>;

export const ZPriority = z.object({
  id: z.string(),
  region: z.string(),
  regionName: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  sourceDocument: z.string().nullable(),
  sourceYear: z.number().nullable(),
  nace: z.array(ZCode),
  nabs: z.array(ZCode),
  objectives: z.array(ZCode),
  techFields: z.array(z.object({ id: z.number(), name: z.string() })),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type TPriority = z.infer<typeof ZPriority>;

export const ZPrioritiesQuery = z.object({
  region: ZNutsCode.optional(),
  /** Only the priorities of this group's regions. */
  groupId: ZUuid.optional(),
  q: ZText(200).optional(),
});
export const ZPrioritiesResponse = z.object({ items: z.array(ZPriority), canEdit: z.boolean() });

export const ZPrioritiesImportRequest = z.object({
  csv: z.string().min(1, 'is empty').max(900_000, 'is too large'),
});
export const ZPrioritiesImportResponse = z.object({ created: z.number(), updated: z.number() });

// ---- Region groups ----------------------------------------------------------------------------

export const GROUP_ROLES = ['lead', 'analyst', 'broker', 'stakeholder'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const ZGroupRequest = z.object({
  name: ZRequiredText(120),
  description: ZText(2000).default(''),
  regions: z.array(ZNutsCode).min(2, 'needs at least 2 regions').max(40),
  minRegions: z.number().int().min(2, 'must be at least 2').default(3),
});
export const ZGroupPatch = z.object({
  name: ZRequiredText(120).optional(),
  description: ZText(2000).optional(),
  regions: z.array(ZNutsCode).min(2, 'needs at least 2 regions').max(40).optional(),
  minRegions: z.number().int().min(2, 'must be at least 2').optional(),
  /** Move the group to a step (going back keeps every step's versions). */
  currentStep: z.number().int().min(1).max(7).optional(),
});

export const ZMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(GROUP_ROLES),
  helix: ZHelix.nullable(),
  region: z.string().nullable(),
});
export const ZMemberRequest = z
  .object({
    email: z.email('must be an e-mail address'),
    role: z.enum(GROUP_ROLES),
    helix: ZHelix.nullable().default(null),
    region: ZNutsCode.nullable().default(null),
  })
  .refine((m) => m.role !== 'stakeholder' || m.helix !== null, {
    path: ['helix'],
    message: 'is required for a stakeholder',
  });
export const ZMemberPatch = z
  .object({
    role: z.enum(GROUP_ROLES),
    helix: ZHelix.nullable().default(null),
    region: ZNutsCode.nullable().default(null),
  })
  .refine((m) => m.role !== 'stakeholder' || m.helix !== null, {
    path: ['helix'],
    message: 'is required for a stakeholder',
  });

export const ZGroupSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  regions: z.array(ZCode),
  currentStep: z.number(),
  myRole: z.enum(GROUP_ROLES).nullable(),
  candidates: z.number(),
  finalDomains: z.number(),
  isDemo: z.boolean(),
});
export const ZGroupsResponse = z.object({ items: z.array(ZGroupSummary), canCreate: z.boolean() });

export const ZGroup = ZGroupSummary.extend({
  minRegions: z.number(),
  members: z.array(ZMember),
  permissions: z.object({
    /** Run steps, edit candidates, criteria, strategy (lead, analyst, admin). */
    canEdit: z.boolean(),
    /** Add and remove members (lead, admin). */
    canManageMembers: z.boolean(),
  }),
});
export type TGroup = z.infer<typeof ZGroup>;

// ---- Step 1: candidates ----------------------------------------------------------------------

export const CANDIDATE_STATUSES = ['candidate', 'dropped', 'final'] as const;

export const ZPriorityRef = z.object({
  id: z.string(),
  region: z.string(),
  code: z.string(),
  title: z.string(),
});
export const ZCandidate = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  description: z.string(),
  status: z.enum(CANDIDATE_STATUSES),
  origin: z.enum(['step1', 'merge', 'split', 'manual']),
  strength: z.number(),
  regions: z.array(ZCode),
  priorities: z.array(ZPriorityRef),
  nace: z.array(ZCode),
  why: z.object({
    codes: z.array(
      z.object({
        scheme: z.string(),
        code: z.string(),
        name: z.string().optional(),
        regions: z.array(z.string()),
        priorities: z.number(),
      }),
    ),
    terms: z.array(z.object({ term: z.string(), regions: z.array(z.string()) })),
    links: z.array(
      z.object({ a: z.string(), b: z.string(), similarity: z.number(), code: z.number(), text: z.number() }),
    ),
  }),
  updatedAt: z.string(),
});
export type TCandidate = z.infer<typeof ZCandidate>;
export const ZCandidatesResponse = z.object({
  items: z.array(ZCandidate),
  /** The group's priorities in no candidate. */
  unassigned: z.array(ZPriorityRef),
  /** When step 1 last ran, with which parameters. */
  lastRun: z.object({ at: z.string(), minRegions: z.number(), minSimilarity: z.number() }).nullable(),
});

export const ZRunCommonRequest = z.object({
  minRegions: z.number().int().min(2, 'must be at least 2').max(40).optional(),
  minSimilarity: z.number().min(0.05, 'must be 0.05-0.9').max(0.9, 'must be 0.05-0.9').optional(),
});
export const ZCandidateRequest = z.object({
  label: ZRequiredText(160),
  description: ZText(4000).default(''),
  priorityIds: z.array(ZUuid).min(1, 'needs at least one priority'),
  nace: z.array(ZNaceCode).max(40).optional(),
});
export const ZCandidatePatch = z.object({
  label: ZRequiredText(160).optional(),
  description: ZText(4000).optional(),
  priorityIds: z.array(ZUuid).min(1, 'needs at least one priority').optional(),
  nace: z.array(ZNaceCode).max(40).optional(),
  status: z.enum(CANDIDATE_STATUSES).optional(),
});
export const ZMergeRequest = z.object({
  candidateIds: z.array(ZUuid).min(2, 'needs at least 2 candidates'),
  label: ZRequiredText(160).optional(),
});
export const ZSplitRequest = z.object({
  /** The priorities that leave for the new candidate. */
  priorityIds: z.array(ZUuid).min(1, 'needs at least one priority'),
  label: ZRequiredText(160),
});
export const ZSplitResponse = z.object({ original: ZCandidate, created: ZCandidate });

// ---- Step 2: profiling -----------------------------------------------------------------------

const ZHelixCounts = z.object({
  industry: z.number(),
  research: z.number(),
  administration: z.number(),
  civil_society: z.number(),
});
export const ZRegionEvidence = z.object({
  region: z.string(),
  regionName: z.string(),
  statisticsRegion: z.string().nullable(),
  employment: z.number().nullable(),
  employmentShare: z.number().nullable(),
  rca: z.number().nullable(),
  growth: z.number().nullable(),
  density: z.number().nullable(),
  pci: z.number().nullable(),
  organisations: z.object({ total: z.number(), smes: z.number(), byHelix: ZHelixCounts }),
  /** The region's priorities in the candidate. */
  priorities: z.array(ZPriorityRef),
});
export const ZProfileQuery = z.object({ datasetId: ZUuid.optional() });
export const ZCandidateProfile = z.object({
  candidate: ZCandidate,
  /** The dataset the statistics come from (null when none is loaded). */
  dataset: z
    .object({
      id: z.string(),
      name: z.string(),
      fromYear: z.number(),
      toYear: z.number(),
      growthFrom: z.number(),
    })
    .nullable(),
  datasets: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The dataset's activities the candidate's NACE codes cover. */
  activities: z.array(z.object({ code: z.string(), name: z.string(), pci: z.number().nullable() })),
  regions: z.array(ZRegionEvidence),
  evidenceScore: z.number().nullable(),
  notes: z.array(z.string()),
});
export type TCandidateProfile = z.infer<typeof ZCandidateProfile>;

// ---- Steps 3-5 -------------------------------------------------------------------------------

export const ZCriterionRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('regions_with_rca'),
    minRegions: z.number().int().min(1),
    minRca: z.number().min(0),
  }),
  z.object({
    kind: z.literal('regions_with_growth'),
    minRegions: z.number().int().min(1),
    minGrowth: z.number(),
  }),
  z.object({
    kind: z.literal('registry_organisations'),
    min: z.number().int().min(1),
    helix: ZHelix.optional(),
    smesOnly: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('manual') }),
]);
export const ZCriterionRequest = z.object({ name: ZRequiredText(200), rule: ZCriterionRule });
export const ZCriterion = z.object({
  id: z.string(),
  name: z.string(),
  rule: ZCriterionRule,
  description: z.string(),
});
export const ZJudgementRequest = z.object({ passed: z.boolean(), justification: ZRequiredText(2000) });
export const ZCriterionOutcome = z.object({
  criterionId: z.string(),
  status: z.enum(['pass', 'fail', 'pending']),
  source: z.enum(['automatic', 'analyst']),
  check: z.object({
    status: z.enum(['pass', 'fail', 'no_data']),
    observed: z.number().nullable(),
    detail: z.string(),
  }),
  judgement: z
    .object({ passed: z.boolean(), justification: z.string(), judgedBy: z.string(), judgedAt: z.string() })
    .nullable(),
});
export const ZVerificationResponse = z.object({
  criteria: z.array(ZCriterion),
  candidates: z.array(
    z.object({
      candidateId: z.string(),
      label: z.string(),
      outcomes: z.array(ZCriterionOutcome),
      score: z.number().nullable(),
    }),
  ),
  dataset: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const TREND_KINDS = ['market', 'technology'] as const;
export const ZTrendNoteRequest = z.object({
  kind: z.enum(TREND_KINDS),
  text: ZRequiredText(4000),
  sourceTitle: ZRequiredText(300),
  sourceUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    .nullable()
    .default(null),
});
export const ZTrendNote = z.object({
  id: z.string(),
  candidateId: z.string(),
  kind: z.enum(TREND_KINDS),
  text: z.string(),
  sourceTitle: z.string(),
  sourceUrl: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export const ZTrendNotesResponse = z.object({ items: z.array(ZTrendNote) });

export const ZExpertRatingRequest = z.object({
  rating: z.number().int().min(1, 'must be 1-5').max(5, 'must be 1-5'),
  comment: ZText(2000).default(''),
});
export const ZInternationalisationResponse = z.object({
  items: z.array(
    z.object({
      candidateId: z.string(),
      label: z.string(),
      score: z.number().nullable(),
      components: z.object({
        exportOrientation: z.number().nullable(),
        crossBorderLinks: z.number().nullable(),
        experts: z.number().nullable(),
      }),
      exportOrientation: z.number().nullable(),
      exportSample: z.number(),
      crossBorderLinks: z.number(),
      ratings: z.array(
        z.object({ userId: z.string(), name: z.string(), rating: z.number(), comment: z.string() }),
      ),
    }),
  ),
});

// ---- Step 6: consultation --------------------------------------------------------------------

export const ZRoundRequest = z
  .object({
    title: ZRequiredText(200),
    criteria: z.array(ZRequiredText(120)).min(1, 'needs at least one criterion').max(10),
    /** Default: every candidate that is not dropped. */
    candidateIds: z.array(ZUuid).optional(),
    opensAt: ZDateTime,
    closesAt: ZDateTime,
    /** Stakeholder members invited (their helix comes from the membership). Default: all stakeholders. */
    invitees: z.array(ZUuid).optional(),
  })
  .refine((r) => Date.parse(r.closesAt) > Date.parse(r.opensAt), {
    path: ['closesAt'],
    message: 'must be after opensAt',
  });
export const ZRoundPatch = z.object({
  title: ZRequiredText(200).optional(),
  opensAt: ZDateTime.optional(),
  closesAt: ZDateTime.optional(),
  invitees: z.array(ZUuid).optional(),
});
export const ROUND_STATES = ['upcoming', 'open', 'closed'] as const;
export const ZRoundSummary = z.object({
  id: z.string(),
  title: z.string(),
  criteria: z.array(z.string()),
  opensAt: z.string(),
  closesAt: z.string(),
  state: z.enum(ROUND_STATES),
  invited: z.number(),
  responded: z.number(),
  /** The current user is invited and may answer now. */
  canRespond: z.boolean(),
});
export const ZRoundsResponse = z.object({ items: z.array(ZRoundSummary) });
export const ZResponseRequest = z.object({
  ratings: z.record(z.string(), z.number().int().min(1, 'must be 1-5').max(5, 'must be 1-5')),
  comment: ZText(2000).default(''),
});
const ZCriterionAggregate = z.object({
  criterion: z.string(),
  score: z.number().nullable(),
  plainMean: z.number().nullable(),
  respondents: z.number(),
  distribution: z.array(z.number()),
  byHelix: z.array(z.object({ helix: ZHelix, mean: z.number(), count: z.number() })),
});
export const ZRound = ZRoundSummary.extend({
  candidates: z.array(
    z.object({ id: z.string(), key: z.string(), label: z.string(), description: z.string() }),
  ),
  invitees: z.array(
    z.object({ userId: z.string(), name: z.string(), helix: ZHelix, responded: z.boolean() }),
  ),
  turnout: z.array(z.object({ helix: ZHelix, invited: z.number(), responded: z.number() })),
  /** The current user's answers. */
  mine: z.array(
    z.object({ candidateId: z.string(), ratings: z.record(z.string(), z.number()), comment: z.string() }),
  ),
  /** Aggregated results: for editors at any time, for every member once closed; null otherwise. */
  results: z
    .array(
      z.object({
        candidateId: z.string(),
        score: z.number().nullable(),
        respondents: z.number(),
        helices: z.array(ZHelix),
        criteria: z.array(ZCriterionAggregate),
        comments: z.array(z.object({ helix: ZHelix, comment: z.string() })),
      }),
    )
    .nullable(),
  canEdit: z.boolean(),
});
export type TRound = z.infer<typeof ZRound>;

// ---- Prioritisation --------------------------------------------------------------------------

const ZFactorRecord = z.object(
  Object.fromEntries(FACTORS.map((f) => [f, z.number()])) as Record<(typeof FACTORS)[number], z.ZodNumber>,
);
const ZNullableFactorRecord = z.object(
  Object.fromEntries(FACTORS.map((f) => [f, z.number().nullable()])) as Record<
    (typeof FACTORS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);
export const ZWeightsRequest = z.object({
  weights: z.object(
    Object.fromEntries(
      FACTORS.map((f) => [f, z.number().min(0, 'must be ≥ 0').max(100, 'must be ≤ 100')]),
    ) as Record<(typeof FACTORS)[number], z.ZodNumber>,
  ),
});
export const ZFinalRequest = z.object({ candidateIds: z.array(ZUuid) });
export const ZPrioritisationResponse = z.object({
  weights: ZFactorRecord,
  dataset: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The consultation round whose results count (the latest closed one). */
  round: z.object({ id: z.string(), title: z.string() }).nullable(),
  ranked: z.array(
    z.object({
      candidateId: z.string(),
      label: z.string(),
      status: z.enum(CANDIDATE_STATUSES),
      rank: z.number(),
      score: z.number(),
      factors: ZNullableFactorRecord,
      contributions: ZFactorRecord,
      missing: z.array(z.enum(FACTORS)),
      bestRank: z.number(),
      worstRank: z.number(),
    }),
  ),
  sensitivity: z.array(
    z.object({
      factor: z.enum(FACTORS),
      change: z.number(),
      changed: z.number(),
      ranks: z.array(z.object({ candidateId: z.string(), rank: z.number(), delta: z.number() })),
    }),
  ),
});
export type TPrioritisation = z.infer<typeof ZPrioritisationResponse>;

// ---- History ---------------------------------------------------------------------------------

export const ZHistoryQuery = z.object({ step: z.coerce.number().int().min(1).max(7).optional() });
export const ZVersionSummary = z.object({
  id: z.string(),
  step: z.number(),
  version: z.number(),
  summary: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export const ZHistoryResponse = z.object({ items: z.array(ZVersionSummary) });
export const ZVersion = ZVersionSummary.extend({ snapshot: z.unknown() });

// ---- Strategy --------------------------------------------------------------------------------

export const ACTION_STATUSES = ['planned', 'running', 'done', 'cancelled'] as const;
const ZGovernanceBody = z.object({
  name: ZRequiredText(200),
  mandate: ZText(2000).default(''),
  members: z
    .array(
      z.object({ name: ZRequiredText(200), organisation: ZText(200).default(''), role: ZRequiredText(120) }),
    )
    .max(100)
    .default([]),
});
export const ZStrategyRequest = z.object({
  title: ZText(300).default(''),
  vision: ZText(20_000).default(''),
  governance: z.array(ZGovernanceBody).max(30).default([]),
});
export const ZActionRequest = z
  .object({
    title: ZRequiredText(300),
    description: ZText(4000).default(''),
    leadRegion: ZNutsCode.nullable().default(null),
    partnerRegions: z.array(ZNutsCode).max(40).default([]),
    organisationIds: z.array(ZUuid).max(100).default([]),
    candidateIds: z.array(ZUuid).max(40).default([]),
    budget: z.number().min(0, 'must be ≥ 0').nullable().default(null),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code')
      .default('EUR'),
    startDate: ZDate.nullable().default(null),
    endDate: ZDate.nullable().default(null),
    status: z.enum(ACTION_STATUSES).default('planned'),
  })
  .refine((a) => !a.startDate || !a.endDate || a.endDate >= a.startDate, {
    path: ['endDate'],
    message: 'must not be before startDate',
  });
export const ZAction = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  leadRegion: ZCode.nullable(),
  partnerRegions: z.array(ZCode),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  candidates: z.array(z.object({ id: z.string(), label: z.string() })),
  budget: z.number().nullable(),
  currency: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
});
export const ZIndicatorRequest = z
  .object({
    name: ZRequiredText(300),
    unit: ZRequiredText(60),
    source: ZText(300).default(''),
    candidateId: ZUuid.nullable().default(null),
    baseline: z.number(),
    baselineDate: ZDate,
    target: z.number(),
    targetDate: ZDate,
  })
  .refine((i) => i.targetDate > i.baselineDate, {
    path: ['targetDate'],
    message: 'must be after baselineDate',
  });
export const ZMeasurementRequest = z.object({
  date: ZDate,
  value: z.number(),
  note: ZText(1000).default(''),
});
export const ZIndicator = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  source: z.string(),
  candidate: z.object({ id: z.string(), label: z.string() }).nullable(),
  baseline: z.number(),
  baselineDate: z.string(),
  target: z.number(),
  targetDate: z.string(),
  measurements: z.array(z.object({ id: z.string(), date: z.string(), value: z.number(), note: z.string() })),
  progress: z.object({
    latest: z.object({ date: z.string(), value: z.number() }).nullable(),
    progress: z.number().nullable(),
    status: z.enum(['no_data', 'achieved', 'on_track', 'behind']),
  }),
});
export const ZStrategy = z.object({
  group: z.object({ id: z.string(), name: z.string(), regions: z.array(ZCode) }),
  title: z.string(),
  vision: z.string(),
  governance: z.array(
    z.object({
      name: z.string(),
      mandate: z.string(),
      members: z.array(z.object({ name: z.string(), organisation: z.string(), role: z.string() })),
    }),
  ),
  domains: z.array(ZCandidate),
  actions: z.array(ZAction),
  indicators: z.array(ZIndicator),
  updatedAt: z.string().nullable(),
  canEdit: z.boolean(),
});
export type TStrategy = z.infer<typeof ZStrategy>;
export const ZExportQuery = z.object({ format: z.enum(['html', 'pdf', 'json']).default('html') });
