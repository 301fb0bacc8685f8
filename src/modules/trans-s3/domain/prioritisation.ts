// The final step of Trans-S3: a multi-criteria prioritisation of the candidate domains (a weighted sum
// of factor scores 0..1) and a one-at-a-time sensitivity analysis of the weights.

export const FACTORS = [
  'evidence',
  'verification',
  'trends',
  'internationalisation',
  'consultation',
] as const;
export type Factor = (typeof FACTORS)[number];

export type Weights = Record<Factor, number>;

export const DEFAULT_WEIGHTS: Weights = {
  evidence: 0.3,
  verification: 0.2,
  trends: 0.1,
  internationalisation: 0.2,
  consultation: 0.2,
};

export type FactorScores = {
  candidateId: string;
  /** Each 0..1; null when the factor could not be assessed for the candidate. */
  factors: Record<Factor, number | null>;
};

export type RankedCandidate = {
  candidateId: string;
  /** Σ w·s / Σ w, 0..1. */
  score: number;
  /** 1 = best; ties share the better rank (competition ranking: 1, 2, 2, 4). */
  rank: number;
  /** Each factor's share of the score, w·s / Σ w (they sum to the score). */
  contributions: Record<Factor, number>;
  /** Factors without a score, counted as 0. */
  missing: Factor[];
};

/** Scores closer than this are a tie (floating-point sums of the same figures in another order). */
const TIE = 1e-9;

/**
 * Ranks the candidates by the weighted mean of their factor scores, score = Σ w·s / Σ w. A missing
 * factor counts 0 (a candidate is not rewarded for not being assessed) and is listed in `missing`.
 * Ordered by rank, then candidate id. Throws a RangeError when a weight is negative or not finite,
 * the weights sum to 0, or a factor score is outside 0..1.
 */
export function rankCandidates(scores: FactorScores[], weights: Weights): RankedCandidate[] {
  const total = validateWeights(weights);
  const scored = scores.map((s) => {
    const contributions = {} as Record<Factor, number>;
    const missing: Factor[] = [];
    let score = 0;
    for (const factor of FACTORS) {
      const value = s.factors[factor];
      if (value === null) missing.push(factor);
      else if (!(value >= 0 && value <= 1)) {
        throw new RangeError(`candidate ${s.candidateId}: ${factor} score ${value} is not 0..1`);
      }
      contributions[factor] = ((value ?? 0) * weights[factor]) / total;
      score += contributions[factor];
    }
    return { candidateId: s.candidateId, score, contributions, missing };
  });
  scored.sort((a, b) => b.score - a.score || compareIds(a.candidateId, b.candidateId));
  const ranked: RankedCandidate[] = [];
  let groupScore = Number.NaN;
  let groupRank = 0;
  scored.forEach((s, i) => {
    if (!(Math.abs(s.score - groupScore) <= TIE)) {
      groupScore = s.score;
      groupRank = i + 1;
    }
    ranked.push({ ...s, rank: groupRank });
  });
  // Within a tie the ids are in order already, except where the tolerance joined unequal scores.
  return ranked.sort((a, b) => a.rank - b.rank || compareIds(a.candidateId, b.candidateId));
}

export type Sensitivity = {
  factor: Factor;
  /** The relative change of the factor's weight, −step or +step (−0.2 / 0.2 by default). */
  change: number;
  /** The weights of the run, normalised to sum to 1. */
  weights: Weights;
  /** Every candidate, in the order of the base ranking. */
  ranks: { candidateId: string; rank: number; /** rank − base rank: negative = moved up. */ delta: number }[];
  /** Candidates whose rank moved. */
  changed: number;
};

/**
 * One-at-a-time sensitivity of the ranking to the weights. For each factor (in FACTORS order) two runs
 * multiply that one weight by (1 − step) and (1 + step), keep the others, and normalise the weights to
 * sum to 1 (ranks do not depend on the scale). A factor whose weight is 0 gets its runs too: the weight
 * stays 0 and nothing changes. `stability` gives each candidate's best and worst rank over the base
 * and all runs (in base order). `step` must be in (0, 1).
 */
export function sensitivity(
  scores: FactorScores[],
  weights: Weights,
  step = 0.2,
): {
  base: RankedCandidate[];
  runs: Sensitivity[];
  stability: { candidateId: string; baseRank: number; bestRank: number; worstRank: number }[];
} {
  if (!(step > 0 && step < 1)) throw new RangeError(`sensitivity step ${step} is not in (0, 1)`);
  const base = rankCandidates(scores, weights);
  const baseRank = new Map(base.map((c) => [c.candidateId, c.rank]));
  const stability = new Map(
    base.map((c) => [
      c.candidateId,
      { candidateId: c.candidateId, baseRank: c.rank, bestRank: c.rank, worstRank: c.rank },
    ]),
  );

  const runs: Sensitivity[] = [];
  for (const factor of FACTORS) {
    for (const change of [-step, step]) {
      const runWeights = normalise({ ...weights, [factor]: weights[factor] * (1 + change) });
      const runRank = new Map(rankCandidates(scores, runWeights).map((c) => [c.candidateId, c.rank]));
      const ranks = base.map(({ candidateId }) => {
        const rank = runRank.get(candidateId) ?? 0;
        const entry = stability.get(candidateId);
        if (entry) {
          entry.bestRank = Math.min(entry.bestRank, rank);
          entry.worstRank = Math.max(entry.worstRank, rank);
        }
        return { candidateId, rank, delta: rank - (baseRank.get(candidateId) ?? 0) };
      });
      runs.push({
        factor,
        change,
        weights: runWeights,
        ranks,
        changed: ranks.filter((r) => r.delta !== 0).length,
      });
    }
  }
  return { base, runs, stability: [...stability.values()] };
}

/**
 * The trends factor of a candidate from its step 4 notes: (min(market notes, 2) + min(technology
 * notes, 2)) / 4, 0..1. Two notes of each kind count fully, so a domain is not rewarded for a long
 * list of one kind; one note of each gives 0.5.
 */
export function trendsScore(notes: { kind: 'market' | 'technology' }[]): number {
  const market = notes.filter((n) => n.kind === 'market').length;
  const technology = notes.filter((n) => n.kind === 'technology').length;
  return (Math.min(market, 2) + Math.min(technology, 2)) / 4;
}

function validateWeights(weights: Weights): number {
  let total = 0;
  for (const factor of FACTORS) {
    const w = weights[factor];
    if (!Number.isFinite(w) || w < 0)
      throw new RangeError(`weight of ${factor} is ${w}; weights must be ≥ 0`);
    total += w;
  }
  if (total <= 0) throw new RangeError('the weights sum to 0');
  return total;
}

function normalise(weights: Weights): Weights {
  const total = validateWeights(weights);
  const result = {} as Weights;
  for (const factor of FACTORS) result[factor] = weights[factor] / total;
  return result;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
