// Step 3 of Trans-S3: verifying a candidate domain against configurable criteria. A criterion is checked
// automatically against the evidence where the data allow it; otherwise an analyst judges it.
import { HELIX_LABELS, type CandidateEvidence, type Helix, type RegionEvidence } from './evidence.ts';

export type CriterionRule =
  /** At least `minRegions` partner regions are specialised: RCA ≥ `minRca`. */
  | { kind: 'regions_with_rca'; minRegions: number; minRca: number }
  /** At least `minRegions` partner regions grow: compound annual growth ≥ `minGrowth` (0.02 = 2 %/yr). */
  | { kind: 'regions_with_growth'; minRegions: number; minGrowth: number }
  /**
   * At least `min` organisations of the registry are active in the domain, over all partner regions;
   * only those of one helix when `helix` is given, only SMEs when `smesOnly`. SMEs are enterprises, so
   * with `smesOnly` the helix is not used (the registry counts SMEs without a helix split).
   */
  | { kind: 'registry_organisations'; min: number; helix?: Helix | undefined; smesOnly?: boolean | undefined }
  /** No data can decide it: an analyst judges. */
  | { kind: 'manual' };

/** The automatic check of one rule against one candidate's evidence. */
export type AutoCheck = {
  status: 'pass' | 'fail' | 'no_data';
  /** The count the rule is about (regions meeting the threshold, organisations); null when nothing was observed. */
  observed: number | null;
  /** English, for the analyst, e.g. "4 of 7 regions have RCA ≥ 1 (needed 3): PL84, LT, EE, DK03". */
  detail: string;
};

/**
 * Checks a rule against the evidence.
 *
 * Region rules count the regions meeting the threshold (`passing`) and the regions without the figure
 * (`unknown`). The outcome is decided whenever the missing data cannot change it:
 * - pass when `passing ≥ minRegions`;
 * - fail when even counting every region without data as passing, `passing + unknown < minRegions`;
 * - no_data otherwise (the missing figures could tip it either way), for an analyst to judge.
 * `observed` is `passing`, or null when no region has the figure.
 *
 * Registry rules always decide (a count of zero is a real observation). Manual rules are no_data.
 */
export function checkCriterion(rule: CriterionRule, evidence: CandidateEvidence): AutoCheck {
  switch (rule.kind) {
    case 'regions_with_rca':
      return checkRegions(evidence.regions, rule.minRegions, (r) => r.rca, rule.minRca, {
        figure: 'RCA',
        threshold: `RCA ≥ ${formatNumber(rule.minRca)}`,
      });
    case 'regions_with_growth':
      return checkRegions(evidence.regions, rule.minRegions, (r) => r.growth, rule.minGrowth, {
        figure: 'growth',
        threshold: `growth ≥ ${formatPercent(rule.minGrowth)}`,
      });
    case 'registry_organisations': {
      const count = (r: RegionEvidence): number =>
        rule.smesOnly
          ? r.organisations.smes
          : rule.helix
            ? r.organisations.byHelix[rule.helix]
            : r.organisations.total;
      const perRegion = evidence.regions.map((r) => ({ region: r.region, n: count(r) }));
      const observed = perRegion.reduce((sum, r) => sum + r.n, 0);
      const listed = perRegion.filter((r) => r.n > 0).map((r) => `${r.region} ${r.n}`);
      return {
        status: observed >= rule.min ? 'pass' : 'fail',
        observed,
        detail:
          `${observed} ${organisationNoun(rule, observed)} in the registry (needed ${rule.min})` +
          (listed.length > 0 ? `: ${listed.join(', ')}` : ''),
      };
    }
    case 'manual':
      return { status: 'no_data', observed: null, detail: 'judged by an analyst' };
  }
}

function checkRegions(
  regions: RegionEvidence[],
  minRegions: number,
  figure: (r: RegionEvidence) => number | null,
  threshold: number,
  words: { figure: string; threshold: string },
): AutoCheck {
  const passing: string[] = [];
  const unknown: string[] = [];
  for (const region of regions) {
    const value = figure(region);
    if (value === null || !Number.isFinite(value)) unknown.push(region.region);
    else if (value >= threshold) passing.push(region.region);
  }
  const status =
    passing.length >= minRegions ? 'pass' : passing.length + unknown.length < minRegions ? 'fail' : 'no_data';
  const known = regions.length - unknown.length;
  const verb = passing.length === 1 ? 'has' : 'have';
  let detail = `${passing.length} of ${regions.length} ${plural(regions.length, 'region')} ${verb} ${words.threshold} (needed ${minRegions})`;
  if (passing.length > 0) detail += `: ${passing.join(', ')}`;
  if (unknown.length > 0) detail += `; no ${words.figure} for ${unknown.join(', ')}`;
  return { status, observed: known === 0 ? null : passing.length, detail };
}

/** An analyst's decision on a criterion the data cannot decide. */
export type Judgement = {
  passed: boolean;
  justification: string;
  /** Who judged (user id or name). */
  judgedBy: string;
  /** ISO timestamp. */
  judgedAt: string;
};

export type CriterionOutcome = {
  status: 'pass' | 'fail' | 'pending';
  /** Who decided: the automatic check, or an analyst (also while the analyst's judgement is pending). */
  source: 'automatic' | 'analyst';
  check: AutoCheck;
  /** The analyst's judgement as recorded, also when the automatic check decided and it was not used. */
  judgement: Judgement | null;
};

/**
 * The outcome of a criterion. When the data decide (pass or fail) the check is the outcome and an
 * analyst judgement does not override it (it is kept in `judgement` for the record, e.g. one entered
 * before the data arrived). When the data cannot decide (no_data), the judgement decides; without one
 * the criterion is pending.
 */
export function criterionOutcome(check: AutoCheck, judgement: Judgement | null): CriterionOutcome {
  if (check.status !== 'no_data') return { status: check.status, source: 'automatic', check, judgement };
  return {
    status: judgement === null ? 'pending' : judgement.passed ? 'pass' : 'fail',
    source: 'analyst',
    check,
    judgement,
  };
}

/** Share of the decided criteria (pass or fail) that passed, 0..1; null when none is decided yet. */
export function verificationScore(outcomes: CriterionOutcome[]): number | null {
  const decided = outcomes.filter((o) => o.status !== 'pending');
  if (decided.length === 0) return null;
  return decided.filter((o) => o.status === 'pass').length / decided.length;
}

/** English one-liner, e.g. "At least 3 regions with RCA ≥ 1". */
export function describeRule(rule: CriterionRule): string {
  switch (rule.kind) {
    case 'regions_with_rca':
      return `At least ${rule.minRegions} ${plural(rule.minRegions, 'region')} with RCA ≥ ${formatNumber(rule.minRca)}`;
    case 'regions_with_growth':
      return `At least ${rule.minRegions} ${plural(rule.minRegions, 'region')} with growth ≥ ${formatPercent(rule.minGrowth)}`;
    case 'registry_organisations':
      return `At least ${rule.min} ${organisationNoun(rule, rule.min)} in the registry`;
    case 'manual':
      return 'Judged by an analyst';
  }
}

function organisationNoun(
  rule: Extract<CriterionRule, { kind: 'registry_organisations' }>,
  n: number,
): string {
  if (rule.smesOnly) return n === 1 ? 'SME' : 'SMEs';
  const noun = plural(n, 'organisation');
  return rule.helix ? `${HELIX_LABELS[rule.helix]} ${noun}` : noun;
}

const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);

/** Up to two decimals, without trailing zeros: 1 → "1", 1.25 → "1.25". */
const formatNumber = (value: number): string => String(Number(value.toFixed(2)));

/** A growth rate as a percentage per year: 0.02 → "2 %/yr". */
const formatPercent = (rate: number): string => `${String(Number((rate * 100).toFixed(1)))} %/yr`;
