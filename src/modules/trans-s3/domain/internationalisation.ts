// Step 5 of Trans-S3: the internationalisation potential of each candidate domain, from the export
// orientation of its organisations, the cross-border brokerage links among them and expert ratings.

export type InternationalisationInput = {
  candidateId: string;
  /** Mean export share (0..100 % of turnover) of the domain's organisations with a known share; null when none is known. */
  exportOrientation: number | null;
  /** How many organisations the export orientation is the mean of; 0 means unknown (null component). */
  exportSample: number;
  /** Brokerage links (interests, referrals, partnerships) between organisations of different countries in the domain. */
  crossBorderLinks: number;
  /** Expert ratings of the internationalisation potential, 1..5. */
  expertRatings: number[];
};

export type InternationalisationComponents = {
  exportOrientation: number | null;
  crossBorderLinks: number | null;
  experts: number | null;
};

export type InternationalisationScore = {
  candidateId: string;
  /** Weighted mean of the known components, 0..1; null when every component is unknown. */
  score: number | null;
  /** Each 0..1, null when unknown. */
  components: InternationalisationComponents;
};

export type InternationalisationWeights = {
  exportOrientation: number;
  crossBorderLinks: number;
  experts: number;
};

export const DEFAULT_INTERNATIONALISATION_WEIGHTS: InternationalisationWeights = {
  exportOrientation: 1,
  crossBorderLinks: 1,
  experts: 1,
};

/**
 * Scores every candidate 0..1. The components:
 * - export orientation: the mean export share / 100; null when unknown (null or a sample of 0);
 * - cross-border links: log(1 + links) / log(1 + max links among the candidates given), so the
 *   best-connected candidate scores 1 and the log damps one very active domain. It is relative to the
 *   candidates scored together. Zero links is a real observation (the registry was searched and found
 *   none): it scores 0, also when no candidate has any link — never null;
 * - experts: (mean rating − 1) / 4; null without ratings.
 * The score is the weighted mean over the non-null components (weights default to equal and are
 * rescaled over the known ones); null when all are null (or all known ones weigh 0).
 *
 * Throws a RangeError on an export share outside 0..100, negative links, a rating outside 1..5, or
 * negative weights / weights summing to 0.
 */
export function internationalisationScores(
  inputs: InternationalisationInput[],
  weights: InternationalisationWeights = DEFAULT_INTERNATIONALISATION_WEIGHTS,
): InternationalisationScore[] {
  const weightValues = Object.values(weights);
  if (
    weightValues.some((w) => !Number.isFinite(w) || w < 0) ||
    weightValues.reduce((a, b) => a + b, 0) <= 0
  ) {
    throw new RangeError('internationalisation weights must be ≥ 0 and sum to more than 0');
  }
  for (const input of inputs) validate(input);
  const maxLinks = Math.max(0, ...inputs.map((i) => i.crossBorderLinks));

  return inputs.map((input) => {
    const components: InternationalisationComponents = {
      exportOrientation:
        input.exportOrientation === null || input.exportSample <= 0 ? null : input.exportOrientation / 100,
      crossBorderLinks: maxLinks === 0 ? 0 : Math.log1p(input.crossBorderLinks) / Math.log1p(maxLinks),
      experts:
        input.expertRatings.length === 0
          ? null
          : (input.expertRatings.reduce((a, b) => a + b, 0) / input.expertRatings.length - 1) / 4,
    };
    let weighted = 0;
    let weightSum = 0;
    for (const key of Object.keys(components) as (keyof InternationalisationComponents)[]) {
      const value = components[key];
      if (value === null) continue;
      weighted += weights[key] * value;
      weightSum += weights[key];
    }
    return {
      candidateId: input.candidateId,
      score: weightSum === 0 ? null : weighted / weightSum,
      components,
    };
  });
}

function validate(input: InternationalisationInput): void {
  const where = `candidate ${input.candidateId}`;
  const o = input.exportOrientation;
  if (o !== null && !(o >= 0 && o <= 100))
    throw new RangeError(`${where}: export orientation ${o} is not 0..100`);
  if (!(input.crossBorderLinks >= 0) || !Number.isFinite(input.crossBorderLinks)) {
    throw new RangeError(`${where}: cross-border links ${input.crossBorderLinks} is not a count`);
  }
  for (const rating of input.expertRatings) {
    if (!(rating >= 1 && rating <= 5)) throw new RangeError(`${where}: expert rating ${rating} is not 1..5`);
  }
}
