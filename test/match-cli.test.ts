import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnvironment, runGosmart } from './run-gosmart.ts';

let env: NodeJS.ProcessEnv;
let work: string;
let dropDatabase: (() => Promise<void>) | undefined;
const fixture = path.join(import.meta.dirname, 'fixtures', 'match-profiles.jsonl');

beforeAll(async () => {
  const environment = await cliEnvironment('match-cli', { DEMO_SEED: 'off' });
  ({ env, work } = environment);
  dropDatabase = environment.drop;
});
afterAll(async () => {
  await dropDatabase?.();
});

type Output = {
  results: {
    id: string;
    matches: {
      id: string;
      score: number;
      signals: Record<string, { contribution: number }>;
      reasons: string[];
    }[];
  }[];
};

describe('gosmart match', { timeout: 120_000 }, () => {
  it('matches a standalone JSON Lines file: at most K per profile, best first, never itself, with reasons', async () => {
    const run = await runGosmart(['match', '--profiles', fixture, '--top', '2', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expect(output.results.map((r) => r.id)).toEqual([
      'pl-dairy-request',
      'dk-membrane-offer',
      'fi-enzyme-offer',
      'se-roofing-offer',
      'pl-dairy-request-2',
      'de-robot-offer',
    ]);
    for (const result of output.results) {
      expect(result.matches.length).toBeLessThanOrEqual(2);
      expect(result.matches.map((m) => m.id)).not.toContain(result.id);
      const scores = result.matches.map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const request = output.results[0]?.matches ?? [];
    expect(request.map((m) => m.id).sort()).toEqual(['dk-membrane-offer', 'fi-enzyme-offer']);
    const danish = request.find((m) => m.id === 'dk-membrane-offer');
    expect(danish?.reasons).toEqual(
      expect.arrayContaining([
        'both in NACE C10.51 Operation of dairies and cheese making',
        'technology offer for a technology request',
        'partner in Denmark for a technology request from Poland',
        "both in S3 domain 'Smart food'",
      ]),
    );
    const total = Object.values(danish?.signals ?? {}).reduce((sum, s) => sum + s.contribution, 0);
    expect(total).toBeCloseTo(danish?.score ?? 0, 2);
    // The robot offer only wants Norwegian partners: nobody here matches it, and it matches nobody.
    expect(output.results.find((r) => r.id === 'de-robot-offer')?.matches).toEqual([]);
    expect(output.results.flatMap((r) => r.matches.map((m) => m.id))).not.toContain('de-robot-offer');
  });

  it('names the line and field of a bad profile and matches nothing', async () => {
    const file = path.join(work, 'bad.jsonl');
    writeFileSync(
      file,
      '{"id":"a","type":"technology_offer","title":"ok"}\n{"id":"b","type":"offer","nace":["10.5"]}\nnot json\n',
    );
    const run = await runGosmart(['match', '--profiles', file, '--format', 'json'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('line 2: type');
    expect(run.stderr).toContain('line 2: nace.0');
    expect(run.stderr).toContain('line 3: is not valid JSON');
  });

  it('reports a profile that is not in the database', async () => {
    const run = await runGosmart(['match', '--profile', '6f1c2d3e-0000-4000-8000-000000000000'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('6f1c2d3e-0000-4000-8000-000000000000');
  });

  it('refuses to run without exactly one of --profiles and --profile', async () => {
    const run = await runGosmart(['match', '--top', '3'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--profiles');
  });
});
