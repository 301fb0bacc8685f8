import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from '../../accounts/index.ts';
import type { DiagnosisData } from '../domain/diagnosis.ts';

/** Files are kept in the database, so any app instance can serve them and backups hold everything. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** PostgreSQL's full-text document type, for the stored search vector of profiles. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });
const emptyTextArray = sql`'{}'::text[]`;

/** A broker's public directory entry: their brokerage organisation and what they know. */
export const brokerProfiles = pgTable('broker_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  competences: text('competences').array().notNull().default(emptyTextArray),
  languages: text('languages').array().notNull().default(emptyTextArray),
  phone: text('phone'),
  bio: text('bio').notNull().default(''),
  updatedAt: updatedAt(),
});

export const organisationContacts = pgTable(
  'organisation_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: text('position').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    /** The person agreed that their details may be shared with partners after an accepted EOI. */
    consentToShare: boolean('consent_to_share').notNull().default(false),
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }),
    consentRecordedBy: userRef('consent_recorded_by'),
    createdAt: createdAt(),
  },
  (table) => [index('organisation_contacts_org_idx').on(table.organisationId)],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    brokerId: uuid('broker_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    stage: text('stage').notNull(),
    /** Set when the stage is closed: won, lost or on hold. */
    outcome: text('outcome'),
    nextFollowUpOn: date('next_follow_up_on', { mode: 'string' }),
    /** The follow-up date a reminder was last sent for, so each date is reminded once. */
    remindedFor: date('reminded_for', { mode: 'string' }),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    index('cases_broker_idx').on(table.brokerId, table.stage),
    index('cases_organisation_idx').on(table.organisationId),
    index('cases_follow_up_idx').on(table.nextFollowUpOn),
  ],
);

export const caseActivities = pgTable(
  'case_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    authorId: userRef('author_id'),
    createdAt: createdAt(),
  },
  (table) => [index('case_activities_case_idx').on(table.caseId, table.occurredOn)],
);

export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: userRef('uploaded_by'),
    createdAt: createdAt(),
  },
  (table) => [index('case_attachments_case_idx').on(table.caseId)],
);

/** Every saved diagnosis is a new version; earlier ones are kept. */
export const caseDiagnoses = pgTable(
  'case_diagnoses',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    version: smallint('version').notNull(),
    data: jsonb('data').$type<DiagnosisData>().notNull(),
    authorId: userRef('author_id'),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.version] })],
);

export const profiles = pgTable(
  'profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** EEN-style reference, e.g. TRPL20261127001; given at submission. */
    reference: text('reference'),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull().default(''),
    innovation: text('innovation').notNull().default(''),
    stage: text('stage'),
    trl: smallint('trl'),
    iprStatus: text('ipr_status'),
    partnerSought: text('partner_sought').notNull().default(''),
    partnershipTypes: text('partnership_types').array().notNull().default(emptyTextArray),
    naceCodes: text('nace_codes').array().notNull().default(emptyTextArray),
    techFields: integer('tech_fields')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    s3Domains: text('s3_domains').array().notNull().default(emptyTextArray),
    targetCountries: text('target_countries').array().notNull().default(emptyTextArray),
    language: text('language').notNull().default('en'),
    deadline: date('deadline', { mode: 'string' }),
    status: text('status').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    validatedBy: userRef('validated_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    renewalReminderSentAt: timestamp('renewal_reminder_sent_at', { withTimezone: true }),
    /** Title (weight A), summary (B), description and partner sought (C), kept by PostgreSQL itself. */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${profiles.title}), 'A') || setweight(to_tsvector('english', ${profiles.summary}), 'B') || setweight(to_tsvector('english', ${profiles.description} || ' ' || ${profiles.partnerSought}), 'C')`,
      ),
  },
  (table) => [
    uniqueIndex('profiles_reference_key').on(table.reference),
    index('profiles_status_idx').on(table.status, table.publishedAt),
    index('profiles_organisation_idx').on(table.organisationId),
    index('profiles_nace_idx').using('gin', table.naceCodes),
    index('profiles_search_idx').using('gin', table.searchVector),
    // The matching engine asks for what changed since its last look.
    index('profiles_updated_idx').on(table.updatedAt),
  ],
);

/** A broker's comments on a profile, e.g. why it was sent back. */
export const profileComments = pgTable(
  'profile_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    authorId: userRef('author_id'),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('profile_comments_profile_idx').on(table.profileId)],
);

export const interests = pgTable(
  'interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    fromUserId: userRef('from_user_id'),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    status: text('status').notNull(),
    responseMessage: text('response_message'),
    respondedBy: userRef('responded_by'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    introducedAt: timestamp('introduced_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    index('interests_profile_idx').on(table.profileId),
    index('interests_from_org_idx').on(table.fromOrganisationId),
  ],
);

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromBrokerId: uuid('from_broker_id')
      .notNull()
      .references(() => users.id),
    toBrokerId: uuid('to_broker_id')
      .notNull()
      .references(() => users.id),
    clientOrganisationId: uuid('client_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    profileId: uuid('profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    needSummary: text('need_summary').notNull(),
    status: text('status').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    index('referrals_to_idx').on(table.toBrokerId),
    index('referrals_from_idx').on(table.fromBrokerId),
  ],
);

export const referralMessages = pgTable(
  'referral_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    authorId: userRef('author_id'),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('referral_messages_referral_idx').on(table.referralId)],
);

export const referralCandidates = pgTable(
  'referral_candidates',
  {
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    note: text('note').notNull().default(''),
    proposedBy: userRef('proposed_by'),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.referralId, table.organisationId] })],
);

export const partnerships = pgTable(
  'partnerships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    profileId: uuid('profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    referralId: uuid('referral_id').references(() => referrals.id, { onDelete: 'set null' }),
    interestId: uuid('interest_id').references(() => interests.id, { onDelete: 'set null' }),
    evidenceText: text('evidence_text').notNull().default(''),
    evidenceFileName: text('evidence_file_name'),
    evidenceMediaType: text('evidence_media_type'),
    evidenceContent: bytea('evidence_content'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
  },
  (table) => [index('partnerships_agreed_idx').on(table.agreedOn)],
);

export const partnershipParties = pgTable(
  'partnership_parties',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.partnershipId, table.organisationId] }),
    index('partnership_parties_org_idx').on(table.organisationId),
  ],
);
