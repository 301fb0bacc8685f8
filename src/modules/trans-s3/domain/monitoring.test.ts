import { describe, expect, it } from 'vitest';
import { indicatorProgress, type Measurement } from './monitoring.ts';

// Employment in the domain: 1000 in 2020 → 1400 by 2030 (a 10-year linear path: +40 a year).
const jobs = { baseline: 1000, target: 1400, baselineDate: '2020-01-01', targetDate: '2030-01-01' };
// CO2 emissions of the sector: 500 kt in 2020 → 300 kt by 2030 (a decreasing target).
const co2 = { baseline: 500, target: 300, baselineDate: '2020-01-01', targetDate: '2030-01-01' };

const at = (date: string, value: number): Measurement => ({ date, value });

describe('indicator progress', () => {
  it.each<{
    name: string;
    indicator: typeof jobs;
    measurements: Measurement[];
    today: string;
    progress: number | null;
    expected: number | null;
    status: string;
  }>([
    {
      name: 'no measurement',
      indicator: jobs,
      measurements: [],
      today: '2025-01-01',
      progress: null,
      expected: null,
      status: 'no_data',
    },
    {
      name: 'ahead of the linear path at the measurement date (half way in 2025, 60 % done)',
      indicator: jobs,
      measurements: [at('2025-01-01', 1240)],
      today: '2026-06-01',
      progress: 0.6,
      expected: 0.5,
      status: 'on_track',
    },
    {
      name: 'exactly on the path counts as on track',
      indicator: jobs,
      measurements: [at('2025-01-01', 1200)],
      today: '2025-06-01',
      progress: 0.5,
      expected: 0.5,
      status: 'on_track',
    },
    {
      name: 'behind the path',
      indicator: jobs,
      measurements: [at('2025-01-01', 1100)],
      today: '2025-06-01',
      progress: 0.25,
      expected: 0.5,
      status: 'behind',
    },
    {
      name: 'moving away from the target: negative progress, not clamped',
      indicator: jobs,
      measurements: [at('2022-01-01', 900)],
      today: '2023-01-01',
      progress: -0.25,
      expected: 0.2,
      status: 'behind',
    },
    {
      name: 'the target reached early',
      indicator: jobs,
      measurements: [at('2027-01-01', 1500)],
      today: '2027-06-01',
      progress: 1.25,
      expected: 0.7,
      status: 'achieved',
    },
    {
      name: 'the latest measurement counts, whatever the list order',
      indicator: jobs,
      measurements: [at('2024-01-01', 1300), at('2021-01-01', 1000), at('2023-01-01', 1050)],
      today: '2025-01-01',
      progress: 0.75,
      expected: 0.4,
      status: 'on_track',
    },
    {
      name: 'measurements dated after today are ignored',
      indicator: jobs,
      measurements: [at('2024-01-01', 1100), at('2026-01-01', 1400)],
      today: '2025-01-01',
      progress: 0.25,
      expected: 0.4,
      status: 'behind',
    },
    {
      name: 'past the target date without the target: behind, even if the last figure was on track',
      indicator: jobs,
      measurements: [at('2025-01-01', 1250)],
      today: '2030-06-01',
      progress: 0.625,
      expected: 0.5,
      status: 'behind',
    },
    {
      name: 'decreasing target on track (emissions cut from 500 to 420 by 2024)',
      indicator: co2,
      measurements: [at('2024-01-01', 420)],
      today: '2025-01-01',
      progress: 0.4,
      expected: 0.4,
      status: 'on_track',
    },
    {
      name: 'decreasing target, emissions rising',
      indicator: co2,
      measurements: [at('2024-01-01', 550)],
      today: '2025-01-01',
      progress: -0.25,
      expected: 0.4,
      status: 'behind',
    },
    {
      name: 'decreasing target achieved (below the target)',
      indicator: co2,
      measurements: [at('2029-01-01', 280)],
      today: '2029-06-01',
      progress: 1.1,
      expected: 0.9,
      status: 'achieved',
    },
    {
      name: 'a measurement before the baseline date expects no progress',
      indicator: jobs,
      measurements: [at('2019-01-01', 990)],
      today: '2021-01-01',
      progress: -0.025,
      expected: 0,
      status: 'behind',
    },
    {
      name: 'target = baseline (hold the level): no progress figure, held',
      indicator: { ...jobs, target: 1000 },
      measurements: [at('2024-01-01', 1000)],
      today: '2025-01-01',
      progress: null,
      expected: 0.4,
      status: 'achieved',
    },
    {
      name: 'target = baseline, level not held',
      indicator: { ...jobs, target: 1000 },
      measurements: [at('2024-01-01', 980)],
      today: '2025-01-01',
      progress: null,
      expected: 0.4,
      status: 'behind',
    },
  ])('$name', ({ indicator, measurements, today, progress, expected, status }) => {
    const result = indicatorProgress(indicator, measurements, today);
    expect(result.status).toBe(status);
    if (progress === null) expect(result.progress).toBeNull();
    else expect(result.progress).toBeCloseTo(progress, 12);
    if (expected === null) expect(result.expected).toBeNull();
    else expect(result.expected).toBeCloseTo(expected, 12);
  });

  it('measures the elapsed share in calendar years, mid-year included', () => {
    // 2024-07-02 is half of leap year 2024: 4.5 of 10 years.
    expect(indicatorProgress(jobs, [at('2024-07-02', 1180)], '2025-01-01').expected).toBeCloseTo(0.45, 12);
  });

  it('returns the latest measurement', () => {
    const latest = at('2024-01-01', 1300);
    expect(indicatorProgress(jobs, [at('2021-01-01', 1000), latest], '2025-01-01').latest).toBe(latest);
  });

  it('rejects dates that are not ISO', () => {
    expect(() => indicatorProgress(jobs, [at('01/02/2024', 1100)], '2025-01-01')).toThrow(RangeError);
    expect(() => indicatorProgress(jobs, [], 'today')).toThrow(RangeError);
  });
});
