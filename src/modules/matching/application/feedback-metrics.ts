// The quality measures of the labelled evaluation, computed on brokers' real verdicts: what share
// of the rated top-5 matches were good, and how high the first good match ranked.
import type { Db } from '../../../platform/db/client.ts';
import { createFeedbackRepository } from '../infra/feedback.repository.ts';

export type FeedbackMetrics = {
  /** Profiles and cases with at least one verdict (per user). */
  queries: number;
  verdicts: number;
  good: number;
  /** Good ÷ rated among matches shown in the top 5; null without such verdicts. */
  precisionAt5: number | null;
  /** Mean of 1 ÷ rank of the first match rated good, over queries with a good one. */
  mrr: number | null;
};

export async function feedbackMetrics(db: Db): Promise<FeedbackMetrics> {
  const rows = await createFeedbackRepository(db).all();
  const firstGood = new Map<string, number>();
  const queries = new Set<string>();
  let [topRated, topGood, good] = [0, 0, 0];
  for (const row of rows) {
    const key = `${row.userId}|${row.queryKind}|${row.queryId}`;
    queries.add(key);
    const isGood = row.verdict === 'good';
    if (isGood) {
      good += 1;
      firstGood.set(key, Math.min(firstGood.get(key) ?? Number.POSITIVE_INFINITY, row.rank));
    }
    if (row.rank <= 5) {
      topRated += 1;
      if (isGood) topGood += 1;
    }
  }
  const ranks = [...firstGood.values()];
  return {
    queries: queries.size,
    verdicts: rows.length,
    good,
    precisionAt5: topRated === 0 ? null : topGood / topRated,
    mrr: ranks.length === 0 ? null : ranks.reduce((sum, rank) => sum + 1 / rank, 0) / ranks.length,
  };
}
