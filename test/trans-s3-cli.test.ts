import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGosmart } from './run-gosmart.ts';

// `trans-s3 common` needs no database: a bare environment with an empty data directory.
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'gosmart-trans-s3-cli-')), 'data'),
  LOG_LEVEL: 'silent',
};
const fixture = path.join(import.meta.dirname, 'fixtures', 'trans-s3-priorities.csv');
const badFixture = path.join(import.meta.dirname, 'fixtures', 'trans-s3-priorities-bad.csv');

type Output = {
  domains: {
    id: string;
    label: string;
    regions: string[];
    priorities: string[];
    codes: string[];
    terms: string[];
    strength: number;
  }[];
  unassigned: string[];
};

describe('gosmart trans-s3 common', { timeout: 120_000 }, () => {
  it('clusters a priorities CSV into candidate domains: JSON contract, K regions, nobody twice, strongest first', async () => {
    const run = await runGosmart(
      ['trans-s3', 'common', '--priorities', fixture, '--min-regions', '3', '--format', 'json'],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expect(output.domains.map((d) => d.priorities)).toEqual([
      ['DE60:H2', 'DK03:S2', 'EE:EE2', 'LT:LT2', 'LV:LV2', 'PL84:P2', 'SE22:M1'],
      ['DE60:H5', 'DK03:S1', 'LT:LT4', 'LV:LV4', 'SE22:M2'],
      ['DE60:H3', 'EE:EE1', 'FI1C4:K3', 'LT:LT3', 'LV:LV3'],
      ['DK03:S3', 'EE:EE3', 'LT:LT1', 'LV:LV1', 'PL84:P1'],
      ['DE60:H1', 'FI1C4:K1', 'LV:LV5'],
    ]);
    const all = output.domains.flatMap((d) => d.priorities);
    expect(new Set(all).size).toBe(all.length);
    for (const [index, domain] of output.domains.entries()) {
      expect(Object.keys(domain)).toEqual(
        expect.arrayContaining(['id', 'label', 'regions', 'priorities', 'codes', 'terms']),
      );
      expect(domain.id).toBe(`D${index + 1}`);
      expect(domain.regions.length).toBeGreaterThanOrEqual(3);
      expect(domain.regions).toEqual([...new Set(domain.priorities.map((p) => p.split(':')[0]))].sort());
      for (const code of domain.codes)
        expect(code).toMatch(/^(nace:[A-U][\d.]*|nabs:\d\d|objective:[a-z-]+|tech:\d+)$/);
      for (const term of domain.terms) expect(typeof term).toBe('string');
    }
    const strengths = output.domains.map((d) => d.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    const food = output.domains[3];
    expect(food?.label).toBe('Manufacture of food products (C10) — dairy, processing, functional');
    expect(food?.codes).toEqual(expect.arrayContaining(['nace:C10', 'nace:C10.51', 'nabs:08', 'tech:18']));
    expect(food?.terms).toContain('dairy');
    expect(output.unassigned).toEqual(['DE60:H4', 'FI1C4:K2', 'PL84:P3', 'PL84:P4', 'SE22:M3', 'SE22:M4']);
  });

  it('prints a table by default', async () => {
    const run = await runGosmart(['trans-s3', 'common', '--priorities', fixture, '--min-regions', '6'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^D1 {2}Human health activities \(Q86\) — /);
    expect(run.stdout).not.toContain('D2');
    expect(run.stdout).toContain('PL84:P2  Medical and life sciences');
    expect(run.stdout).toContain('Unassigned (24):');
  });

  it('names the line and column of every bad value, prints nothing on stdout and fails', async () => {
    const run = await runGosmart(
      ['trans-s3', 'common', '--priorities', badFixture, '--min-regions', '3', '--format', 'json'],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.map((line) => line.replace(/^error: .*?: line/, 'line'))).toEqual([
      'line 2, column nace: "10.5" lacks its section letter (write e.g. C10.51, not 10.51)',
      'line 3, column title: is missing',
      'line 3, column nabs: "15" is not a NABS 2007 chapter (01..14)',
      'line 3, column objectives: "green-deal" is not a known policy objective',
      'line 3, column tech_fields: "0" is not a WIPO technology field (1..35)',
      'line 3, column tech_fields: "36" is not a WIPO technology field (1..35)',
      'line 4, column nace: "X99" is not a NACE Rev.2 code',
      `line 5, column priority_id: "LT1" repeats region LT's priority of line 4`,
      'line 6, column region: is missing',
    ]);
  });

  it('wants --min-regions to be an integer ≥ 2', async () => {
    for (const k of ['1', '2.5']) {
      const run = await runGosmart(['trans-s3', 'common', '--priorities', fixture, '--min-regions', k], env);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('must be an integer ≥ 2');
    }
    const missing = await runGosmart(
      ['trans-s3', 'common', '--priorities', path.join(env.DATA_DIR ?? '', 'none.csv'), '--min-regions', '2'],
      env,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('none.csv');
  });
});
