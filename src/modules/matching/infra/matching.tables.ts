import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../accounts/index.ts';

/**
 * Brokers' and owners' verdicts on a match, with what they saw (rank, score, signals), so precision
 * and MRR can be computed on real use as on the labelled set.
 */
export const matchFeedback = pgTable(
  'match_feedback',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** `profile` or `case`. */
    queryKind: text('query_kind').notNull(),
    queryId: uuid('query_id').notNull(),
    /** `profile` or `organisation`. */
    candidateKind: text('candidate_kind').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    /** `good` or `not_relevant`. */
    verdict: text('verdict').notNull(),
    rank: integer('rank').notNull(),
    score: doublePrecision('score').notNull(),
    signals: jsonb('signals').$type<Record<string, number>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({
      columns: [table.userId, table.queryKind, table.queryId, table.candidateKind, table.candidateId],
    }),
    index('match_feedback_query_idx').on(table.queryKind, table.queryId),
  ],
);

/** Matches already told about in a daily digest, so each is told once. */
export const matchNotices = pgTable(
  'match_notices',
  {
    queryKind: text('query_kind').notNull(),
    queryId: uuid('query_id').notNull(),
    candidateKind: text('candidate_kind').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    score: doublePrecision('score').notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.queryKind, table.queryId, table.candidateKind, table.candidateId] }),
  ],
);
