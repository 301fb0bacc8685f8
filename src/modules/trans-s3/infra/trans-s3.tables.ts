import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../accounts/index.ts';
import { nutsRegions } from '../../reference/index.ts';
import type { CriterionRule } from '../domain/criteria.ts';
import type { Weights } from '../domain/prioritisation.ts';

const emptyTextArray = sql`'{}'::text[]`;
const emptyIntArray = sql`'{}'::integer[]`;
const emptyUuidArray = sql`'{}'::uuid[]`;

/** A region's RIS3 priorities, coded like Eye@RIS3 (NACE any level, NABS 2007 chapters, policy objectives, WIPO fields). */
export const ts3Priorities = pgTable(
  'ts3_priorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region')
      .notNull()
      .references(() => nutsRegions.code),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    sourceDocument: text('source_document'),
    sourceYear: integer('source_year'),
    nace: text('nace').array().notNull().default(emptyTextArray),
    nabs: text('nabs').array().notNull().default(emptyTextArray),
    objectives: text('objectives').array().notNull().default(emptyTextArray),
    techFields: integer('tech_fields').array().notNull().default(emptyIntArray),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('ts3_priorities_region_code_key').on(table.region, table.code)],
);

/** A named group of regions running one Trans-S3. */
export const ts3Groups = pgTable('ts3_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  regions: text('regions').array().notNull().default(emptyTextArray),
  /** Step 1 parameter: a candidate must span at least this many regions. */
  minRegions: integer('min_regions').notNull().default(3),
  /** The step the group is working on (1..7); going back keeps every step's versions. */
  currentStep: integer('current_step').notNull().default(1),
  weights: jsonb('weights').$type<Weights>(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who works in a group: `lead` and `analyst` edit, `broker` reads, `stakeholder` reads and is consulted. */
export const ts3Members = pgTable(
  'ts3_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => ts3Groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    /** Quadruple-helix type (stakeholders must have one). */
    helix: text('helix'),
    region: text('region').references(() => nutsRegions.code),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.userId] }),
    index('ts3_members_user_idx').on(table.userId),
  ],
);

/** Candidate transnational smart domains (step 1, then edited by hand). */
export const ts3Candidates = pgTable(
  'ts3_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => ts3Groups.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    priorityIds: uuid('priority_ids').array().notNull().default(emptyUuidArray),
    /** The NACE codes the domain's evidence is read for (step 2). */
    nace: text('nace').array().notNull().default(emptyTextArray),
    /** Why the priorities were grouped: shared codes, terms and the links inside the community. */
    why: jsonb('why').$type<CandidateWhy>().notNull(),
    strength: doublePrecision('strength').notNull().default(0),
    /** `step1`, `merge`, `split` or `manual`. */
    origin: text('origin').notNull(),
    /** `candidate`, `dropped` or `final`. */
    status: text('status').notNull().default('candidate'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('ts3_candidates_group_idx').on(table.groupId)],
);

export type CandidateWhy = {
  codes: { scheme: string; code: string; name?: string | undefined; regions: string[]; priorities: number }[];
  terms: { term: string; regions: string[] }[];
  links: { a: string; b: string; similarity: number; code: number; text: number }[];
};

/** Steps 3: the group's verification criteria. */
export const ts3Criteria = pgTable('ts3_criteria', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id')
    .notNull()
    .references(() => ts3Groups.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  rule: jsonb('rule').$type<CriterionRule>().notNull(),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An analyst's judgement of a criterion that the data cannot decide. */
export const ts3Judgements = pgTable(
  'ts3_judgements',
  {
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => ts3Criteria.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => ts3Candidates.id, { onDelete: 'cascade' }),
    passed: boolean('passed').notNull(),
    justification: text('justification').notNull(),
    judgedBy: uuid('judged_by').references(() => users.id, { onDelete: 'set null' }),
    judgedAt: timestamp('judged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.criterionId, table.candidateId] })],
);

/** Step 4: market and technology trend notes, each with its source. */
export const ts3TrendNotes = pgTable(
  'ts3_trend_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => ts3Candidates.id, { onDelete: 'cascade' }),
    /** `market` or `technology`. */
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    sourceTitle: text('source_title').notNull(),
    sourceUrl: text('source_url'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('ts3_trend_notes_candidate_idx').on(table.candidateId)],
);

/** Step 5: expert ratings (1-5) of a candidate's internationalisation potential. */
export const ts3ExpertRatings = pgTable(
  'ts3_expert_ratings',
  {
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => ts3Candidates.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    comment: text('comment').notNull().default(''),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.candidateId, table.userId] })],
);

/** Step 6: a consultation round; stakeholders answer between opens_at and closes_at, nothing changes after. */
export const ts3Rounds = pgTable('ts3_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id')
    .notNull()
    .references(() => ts3Groups.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  criteria: text('criteria').array().notNull(),
  candidateIds: uuid('candidate_ids').array().notNull(),
  opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
  closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const ts3Invitees = pgTable(
  'ts3_invitees',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => ts3Rounds.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    helix: text('helix').notNull(),
  },
  (table) => [primaryKey({ columns: [table.roundId, table.userId] })],
);

/** One stakeholder's answer about one candidate: a 1-5 rating per criterion and a comment. */
export const ts3Responses = pgTable(
  'ts3_responses',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => ts3Rounds.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => ts3Candidates.id, { onDelete: 'cascade' }),
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
    comment: text('comment').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.roundId, table.userId, table.candidateId] })],
);

/** Every version of every step's result: who changed what, and the result as it was. */
export const ts3Versions = pgTable(
  'ts3_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => ts3Groups.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    version: integer('version').notNull(),
    summary: text('summary').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('ts3_versions_step_version_key').on(table.groupId, table.step, table.version)],
);

export type GovernanceBody = {
  name: string;
  mandate: string;
  members: { name: string; organisation: string; role: string }[];
};

/** Step 7: the shared vision and governance. */
export const ts3Strategies = pgTable('ts3_strategies', {
  groupId: uuid('group_id')
    .primaryKey()
    .references(() => ts3Groups.id, { onDelete: 'cascade' }),
  title: text('title').notNull().default(''),
  vision: text('vision').notNull().default(''),
  governance: jsonb('governance').$type<GovernanceBody[]>().notNull().default([]),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const ts3Actions = pgTable(
  'ts3_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => ts3Groups.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    leadRegion: text('lead_region').references(() => nutsRegions.code),
    partnerRegions: text('partner_regions').array().notNull().default(emptyTextArray),
    organisationIds: uuid('organisation_ids').array().notNull().default(emptyUuidArray),
    candidateIds: uuid('candidate_ids').array().notNull().default(emptyUuidArray),
    budget: doublePrecision('budget'),
    currency: text('currency').notNull().default('EUR'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** `planned`, `running`, `done` or `cancelled`. */
    status: text('status').notNull().default('planned'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('ts3_actions_group_idx').on(table.groupId)],
);

export const ts3Indicators = pgTable(
  'ts3_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => ts3Groups.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id').references(() => ts3Candidates.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    source: text('source').notNull().default(''),
    baseline: doublePrecision('baseline').notNull(),
    baselineDate: date('baseline_date', { mode: 'string' }).notNull(),
    target: doublePrecision('target').notNull(),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('ts3_indicators_group_idx').on(table.groupId)],
);

export const ts3Measurements = pgTable(
  'ts3_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => ts3Indicators.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('ts3_measurements_indicator_idx').on(table.indicatorId)],
);
