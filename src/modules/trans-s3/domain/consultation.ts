// Step 6 of Trans-S3: the stakeholder consultation. Stakeholders of the quadruple helix rate each
// candidate domain on a few criteria (1..5). The aggregate gives each helix that answered an equal
// weight, so a helix that turned out in large numbers (typically industry) cannot outvote the others.
import { HELIXES, type Helix } from './evidence.ts';

export type ConsultationRating = {
  stakeholderId: string;
  helix: Helix;
  candidateId: string;
  criterion: string;
  /** An integer 1..5 (Likert scale). */
  rating: number;
};

export type CriterionAggregate = {
  criterion: string;
  /** Mean of the helix means over the helices that answered; null when nobody answered. */
  score: number | null;
  /** Plain mean of all ratings (every respondent weighs the same), for comparison. */
  plainMean: number | null;
  /** Stakeholders who rated this criterion. */
  respondents: number;
  /** Count of ratings 1, 2, 3, 4, 5. */
  distribution: [number, number, number, number, number];
  /** The helices that answered, in HELIXES order. */
  byHelix: { helix: Helix; mean: number; count: number }[];
};

export type CandidateConsultation = {
  candidateId: string;
  /** Mean of the criterion scores over the criteria with a score; null when nobody rated the candidate. */
  score: number | null;
  /** Stakeholders who rated at least one criterion of the candidate. */
  respondents: number;
  /** The helices that rated the candidate, in HELIXES order. */
  helices: Helix[];
  /** One per criterion asked, in the order given. */
  criteria: CriterionAggregate[];
};

/**
 * Aggregates the ratings per candidate and criterion, in the order of `candidateIds` and `criteria`.
 *
 * A criterion's score is the mean over the helices that answered of each helix's mean rating: with
 * 10 industry stakeholders rating 5 and one researcher rating 1 it is 3, not the plain mean 4.64.
 * Helices without an answer do not count (they neither pull the score down nor up).
 *
 * Ratings of candidates or criteria not listed are ignored. When a stakeholder rated the same candidate
 * and criterion twice, the later rating in the list replaces the earlier (a re-submitted form).
 * Throws a RangeError on a rating that is not an integer 1..5.
 */
export function aggregateConsultation(
  ratings: ConsultationRating[],
  candidateIds: string[],
  criteria: string[],
): CandidateConsultation[] {
  for (const r of ratings) {
    if (!Number.isInteger(r.rating) || r.rating < 1 || r.rating > 5) {
      throw new RangeError(
        `rating ${r.rating} by ${r.stakeholderId} of ${r.candidateId} / ${r.criterion} is not an integer 1..5`,
      );
    }
  }
  // candidate → criterion → stakeholder → latest rating
  const latest = new Map<string, Map<string, Map<string, ConsultationRating>>>();
  const wantedCandidates = new Set(candidateIds);
  const wantedCriteria = new Set(criteria);
  for (const r of ratings) {
    if (!wantedCandidates.has(r.candidateId) || !wantedCriteria.has(r.criterion)) continue;
    const byCriterion = getOrCreate(
      latest,
      r.candidateId,
      () => new Map<string, Map<string, ConsultationRating>>(),
    );
    getOrCreate(byCriterion, r.criterion, () => new Map<string, ConsultationRating>()).set(
      r.stakeholderId,
      r,
    );
  }

  return candidateIds.map((candidateId) => {
    const byCriterion = latest.get(candidateId);
    const aggregates = criteria.map((criterion) =>
      aggregateCriterion(criterion, [...(byCriterion?.get(criterion)?.values() ?? [])]),
    );
    const all = [...(byCriterion?.values() ?? [])].flatMap((m) => [...m.values()]);
    const answered = new Set(all.map((r) => r.helix));
    return {
      candidateId,
      score: mean(aggregates.flatMap((a) => (a.score === null ? [] : [a.score]))),
      respondents: new Set(all.map((r) => r.stakeholderId)).size,
      helices: HELIXES.filter((h) => answered.has(h)),
      criteria: aggregates,
    };
  });
}

function aggregateCriterion(criterion: string, ratings: ConsultationRating[]): CriterionAggregate {
  const count = (value: number): number => ratings.filter((r) => r.rating === value).length;
  const distribution: CriterionAggregate['distribution'] = [count(1), count(2), count(3), count(4), count(5)];
  const byHelix = HELIXES.flatMap((helix) => {
    const values = ratings.filter((r) => r.helix === helix).map((r) => r.rating);
    const m = mean(values);
    return m === null ? [] : [{ helix, mean: m, count: values.length }];
  });
  return {
    criterion,
    score: mean(byHelix.map((h) => h.mean)),
    plainMean: mean(ratings.map((r) => r.rating)),
    respondents: ratings.length,
    distribution,
    byHelix,
  };
}

/** A candidate's consultation score on 0..1: (score − 1) / 4; null when nobody rated it. */
export function consultationScore(c: CandidateConsultation): number | null {
  return c.score === null ? null : (c.score - 1) / 4;
}

/**
 * Turnout per helix, for all four helices in HELIXES order: how many stakeholders were invited and how
 * many of them rated anything. A stakeholder counts under the helix of the invitation; ratings by
 * stakeholders not on the invitation list are not counted (turnout is a share of the invited).
 */
export function turnoutByHelix(
  invited: { stakeholderId: string; helix: Helix }[],
  ratings: ConsultationRating[],
): { helix: Helix; invited: number; responded: number }[] {
  const helixOf = new Map(invited.map((s) => [s.stakeholderId, s.helix]));
  const responded = new Set(ratings.map((r) => r.stakeholderId));
  return HELIXES.map((helix) => {
    const ids = [...helixOf].filter(([, h]) => h === helix).map(([id]) => id);
    return { helix, invited: ids.length, responded: ids.filter((id) => responded.has(id)).length };
  });
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
