import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../../../scripts/matching-corpus.ts';
import { matchBatch } from './batch.ts';
import { matchStandalone } from './standalone.ts';

describe('batch matching over worker threads', () => {
  it('writes the same results as one thread, in input order', { timeout: 120_000 }, async () => {
    const { profiles } = generateNetwork(4_500, 1_200, 7);
    const now = Date.parse('2026-11-27T12:00:00Z');
    const lines: string[] = [];
    let lastDone = 0;
    await matchBatch(profiles, {
      top: 5,
      now,
      workers: 2,
      write: (chunk, done) => {
        lines.push(...chunk);
        expect(done).toBe(lines.length);
        lastDone = done;
      },
    });
    expect(lastDone).toBe(profiles.length);
    const expected = matchStandalone(profiles, { top: 5, now }).results;
    expect(lines.map((line) => JSON.parse(line))).toEqual(expected);
    expect(expected.filter((r) => r.matches.length > 0).length).toBeGreaterThan(profiles.length / 2);
  });
});
