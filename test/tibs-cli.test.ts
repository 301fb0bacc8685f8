import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnvironment, runGosmart } from './run-gosmart.ts';

let env: NodeJS.ProcessEnv;
let work: string;
let dropDatabase: (() => Promise<void>) | undefined;

const gosmart = (args: string[]) => runGosmart(args, env);

beforeAll(async () => {
  const environment = await cliEnvironment('tibs-cli', { DEMO_SEED: 'off' });
  ({ env, work } = environment);
  dropDatabase = environment.drop;
});
afterAll(async () => {
  await dropDatabase?.();
});

describe('gosmart tibs', { timeout: 180_000 }, () => {
  it('checks an organisation file row by row, imports it only with --commit, and runs the scheduled jobs', async () => {
    const file = path.join(work, 'organisations.csv');
    writeFileSync(
      file,
      'name;country;nuts;helix;vat_number;nace;headcount\nKymi Boats Oy;FI;FI1C4;industry;FI20774740;C30.12;12\nBroken sp. z o.o.;PL;DE600;industry;PL1234567890;C10.51;5\n',
    );
    const checked = await gosmart(['tibs', 'import-organisations', file, '--format', 'json']);
    expect(checked.code).toBe(1);
    const result = JSON.parse(checked.stdout);
    expect(result).toMatchObject({ dryRun: true, valid: 1, invalid: 1, created: 0 });
    expect(result.rows[1].errors.map((e: { field: string }) => e.field)).toEqual(['nuts', 'vat_number']);

    writeFileSync(
      file,
      'name;country;nuts;helix;vat_number;nace;headcount\nKymi Boats Oy;FI;FI1C4;industry;FI20774740;C30.12;12\n',
    );
    const imported = await gosmart(['tibs', 'import-organisations', file, '--commit']);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('1 organisations imported');

    const jobs = await gosmart(['tibs', 'jobs', '--format', 'json']);
    expect(jobs.code).toBe(0);
    expect(JSON.parse(jobs.stdout)).toEqual({
      followUpReminders: 0,
      expiredProfiles: 0,
      renewalReminders: 0,
      matchDigests: 0,
      newMatches: 0,
    });
  });
});
