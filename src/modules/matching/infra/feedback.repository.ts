import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { matchFeedback, matchNotices } from './matching.tables.ts';

export type QueryKey = { queryKind: 'profile' | 'case'; queryId: string };
type CandidateKey = { candidateKind: 'profile' | 'organisation'; candidateId: string };
export const candidateKey = (kind: string, id: string) => `${kind}:${id}`;

export function createFeedbackRepository(db: Db) {
  return {
    /** This user's verdicts on the matches of one query, by `kind:id` of the candidate. */
    async verdicts(userId: string, query: QueryKey): Promise<Map<string, string>> {
      const rows = await db
        .select({
          kind: matchFeedback.candidateKind,
          id: matchFeedback.candidateId,
          verdict: matchFeedback.verdict,
        })
        .from(matchFeedback)
        .where(
          and(
            eq(matchFeedback.userId, userId),
            eq(matchFeedback.queryKind, query.queryKind),
            eq(matchFeedback.queryId, query.queryId),
          ),
        );
      return new Map(rows.map((row) => [candidateKey(row.kind, row.id), row.verdict]));
    },
    async save(
      row: QueryKey &
        CandidateKey & {
          userId: string;
          verdict: string;
          rank: number;
          score: number;
          signals: Record<string, number>;
        },
      at: Date,
    ) {
      await db
        .insert(matchFeedback)
        .values({ ...row, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({
          target: [
            matchFeedback.userId,
            matchFeedback.queryKind,
            matchFeedback.queryId,
            matchFeedback.candidateKind,
            matchFeedback.candidateId,
          ],
          set: {
            verdict: row.verdict,
            rank: row.rank,
            score: row.score,
            signals: row.signals,
            updatedAt: at,
          },
        });
    },
    async remove(row: QueryKey & CandidateKey & { userId: string }) {
      await db
        .delete(matchFeedback)
        .where(
          and(
            eq(matchFeedback.userId, row.userId),
            eq(matchFeedback.queryKind, row.queryKind),
            eq(matchFeedback.queryId, row.queryId),
            eq(matchFeedback.candidateKind, row.candidateKind),
            eq(matchFeedback.candidateId, row.candidateId),
          ),
        );
    },
    async all() {
      return db.select().from(matchFeedback);
    },
    /** Candidates already told about for these queries, by `kind:id` of the candidate per query id. */
    async noticed(query: QueryKey['queryKind'], ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .select({
          queryId: matchNotices.queryId,
          kind: matchNotices.candidateKind,
          id: matchNotices.candidateId,
        })
        .from(matchNotices)
        .where(and(eq(matchNotices.queryKind, query), inArray(matchNotices.queryId, ids)));
      return new Set(rows.map((row) => `${row.queryId}|${candidateKey(row.kind, row.id)}`));
    },
    async addNotices(rows: (QueryKey & CandidateKey & { score: number })[], at: Date) {
      if (rows.length === 0) return;
      await db
        .insert(matchNotices)
        .values(rows.map((row) => ({ ...row, notifiedAt: at })))
        .onConflictDoNothing();
    },
    async noticeCount(): Promise<number> {
      const [row] = await db.select({ value: sql<number>`count(*)::int` }).from(matchNotices);
      return row?.value ?? 0;
    },
  };
}
