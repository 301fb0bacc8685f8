// Monitoring the indicators of the chosen transnational smart domains: where an indicator stands
// between its baseline and its target.

export type Measurement = {
  /** ISO date (YYYY-MM-DD) the value refers to. */
  date: string;
  value: number;
};

export type IndicatorDefinition = {
  baseline: number;
  target: number;
  baselineDate: string;
  targetDate: string;
};

export type IndicatorProgress = {
  /** The latest measurement dated on or before today; null when there is none. */
  latest: Measurement | null;
  /**
   * (latest − baseline) / (target − baseline): 0 at the baseline, 1 at the target, not clamped (negative
   * when the indicator moved away from the target, above 1 beyond it). Works alike for decreasing targets.
   * Null without a measurement or when target = baseline.
   */
  progress: number | null;
  /**
   * The progress a straight line from baseline to target would have reached at the latest measurement's
   * date: the elapsed share of the baseline → target period, 0..1. Null without a measurement.
   */
  expected: number | null;
  status: 'no_data' | 'achieved' | 'on_track' | 'behind';
};

/** Progress values closer than this are equal (floating-point noise). */
const EPSILON = 1e-9;

/**
 * Where an indicator stands:
 * - no_data: no measurement dated on or before `today` (later-dated ones are ignored);
 * - achieved: progress ≥ 1 (the target is reached or passed, in the target's direction);
 * - on_track: progress ≥ the elapsed share of the baseline → target period (linear path);
 * - behind: otherwise, and always once `today` is past the target date without the target achieved.
 *
 * The elapsed share is taken at the latest measurement's date, not today: statistics arrive with a lag
 * of a year or two, and comparing a 2023 figure with the path's 2025 point would show every indicator
 * behind. Time is counted in calendar years (a date is its year plus the elapsed fraction of that year), so
 * 2025-01-01 is exactly half of 2020-01-01 → 2030-01-01 despite leap days. A measurement before the
 * baseline date expects 0, after the target date 1.
 * When target = baseline (hold the level) progress is null and the status is achieved when the latest
 * value equals the target, behind otherwise. Throws on a date that is not ISO.
 */
export function indicatorProgress(
  indicator: IndicatorDefinition,
  measurements: Measurement[],
  today: string,
): IndicatorProgress {
  const now = parseDate(today);
  const start = parseDate(indicator.baselineDate);
  const end = parseDate(indicator.targetDate);
  let latest: Measurement | null = null;
  let latestTime = Number.NEGATIVE_INFINITY;
  for (const m of measurements) {
    const time = parseDate(m.date);
    if (time > now) continue;
    if (time >= latestTime) {
      latest = m;
      latestTime = time;
    }
  }
  if (latest === null) return { latest: null, progress: null, expected: null, status: 'no_data' };

  const expected =
    latestTime >= end
      ? 1
      : latestTime <= start
        ? 0
        : (decimalYear(latestTime) - decimalYear(start)) / (decimalYear(end) - decimalYear(start));
  const span = indicator.target - indicator.baseline;
  if (span === 0) {
    return {
      latest,
      progress: null,
      expected,
      status: Math.abs(latest.value - indicator.target) <= EPSILON ? 'achieved' : 'behind',
    };
  }
  const progress = (latest.value - indicator.baseline) / span;
  const status =
    progress >= 1 - EPSILON
      ? 'achieved'
      : now > end
        ? 'behind'
        : progress >= expected - EPSILON
          ? 'on_track'
          : 'behind';
  return { latest, progress, expected, status };
}

/** A time as a decimal year: 2024-07-02 → 2024.5 (in UTC). */
function decimalYear(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (time - start) / (Date.UTC(year + 1, 0, 1) - start);
}

function parseDate(value: string): number {
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError(`"${value}" is not an ISO date`);
  return time;
}
