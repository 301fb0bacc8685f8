import { describe, expect, it } from 'vitest';
import { internationalisationScores, type InternationalisationInput } from './internationalisation.ts';

const input = (
  candidateId: string,
  fields: Partial<InternationalisationInput>,
): InternationalisationInput => ({
  candidateId,
  exportOrientation: null,
  exportSample: 0,
  crossBorderLinks: 0,
  expertRatings: [],
  ...fields,
});

describe('internationalisation potential', () => {
  const inputs = [
    input('blue-bio', {
      exportOrientation: 60,
      exportSample: 12,
      crossBorderLinks: 15,
      expertRatings: [4, 5, 3],
    }),
    input('wood', { exportOrientation: 20, exportSample: 4, crossBorderLinks: 3, expertRatings: [2] }),
    input('agri-tech', { exportOrientation: 35, exportSample: 0, crossBorderLinks: 0 }),
  ];
  const [blue, wood, agri] = internationalisationScores(inputs);

  it('scales each component to 0..1', () => {
    expect(blue?.components.exportOrientation).toBeCloseTo(0.6, 12);
    expect(blue?.components.crossBorderLinks).toBe(1); // the best-connected candidate
    expect(wood?.components.crossBorderLinks).toBeCloseTo(Math.log(4) / Math.log(16), 12); // 0.5: the log damps
    expect(blue?.components.experts).toBeCloseTo(0.75, 12); // mean 4
    expect(wood?.components.experts).toBeCloseTo(0.25, 12); // rating 2
  });

  it('treats an export share without a sample, and missing ratings, as unknown; zero links as zero', () => {
    expect(agri?.components).toEqual({ exportOrientation: null, crossBorderLinks: 0, experts: null });
    expect(agri?.score).toBe(0);
  });

  it('averages the known components with equal weights by default', () => {
    expect(blue?.score).toBeCloseTo((0.6 + 1 + 0.75) / 3, 12);
    expect(wood?.score).toBeCloseTo((0.2 + 0.5 + 0.25) / 3, 12);
  });

  it('applies weights over the known components only', () => {
    const weights = { exportOrientation: 2, crossBorderLinks: 1, experts: 0 };
    const [b, , a] = internationalisationScores(inputs, weights);
    expect(b?.score).toBeCloseTo((2 * 0.6 + 1) / 3, 12);
    expect(a?.score).toBe(0); // only the links are known
    const [onlyExperts] = internationalisationScores(
      [input('x', { exportOrientation: 50, exportSample: 3 })],
      {
        exportOrientation: 0,
        crossBorderLinks: 0,
        experts: 1,
      },
    );
    expect(onlyExperts?.score).toBeNull(); // the only weighted component is unknown
  });

  it('scores zero links as 0 even when no candidate has any (not unknown)', () => {
    const scores = internationalisationScores([input('a', {}), input('b', { expertRatings: [5] })]);
    expect(scores.map((s) => s.components.crossBorderLinks)).toEqual([0, 0]);
    expect(scores.map((s) => s.score)).toEqual([0, 0.5]);
  });

  it('normalises links relative to the candidates scored together', () => {
    const [alone] = internationalisationScores([input('wood', { crossBorderLinks: 3 })]);
    expect(alone?.components.crossBorderLinks).toBe(1);
  });

  it.each([
    ['an export share above 100', input('x', { exportOrientation: 120, exportSample: 2 })],
    ['negative links', input('x', { crossBorderLinks: -1 })],
    ['a rating outside 1..5', input('x', { expertRatings: [0] })],
  ])('rejects %s', (_name, bad) => {
    expect(() => internationalisationScores([bad])).toThrow(RangeError);
  });

  it('rejects negative or all-zero weights', () => {
    expect(() =>
      internationalisationScores(inputs, { exportOrientation: -1, crossBorderLinks: 1, experts: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      internationalisationScores(inputs, { exportOrientation: 0, crossBorderLinks: 0, experts: 0 }),
    ).toThrow(RangeError);
  });

  it('returns nothing for no candidates', () => {
    expect(internationalisationScores([])).toEqual([]);
  });
});
