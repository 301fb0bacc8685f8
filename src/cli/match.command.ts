import { readFileSync } from 'node:fs';
import os from 'node:os';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { systemClock } from '../platform/clock.ts';
import {
  feedbackMetrics,
  matchBatch,
  parseProfilesJsonl,
  profileMatches,
  type MatchingDeps,
} from '../modules/matching/index.ts';
import type { Actor } from '../modules/accounts/index.ts';
import { CliError, withDatabase } from './context.ts';
import { printObject } from './output.ts';

/** The CLI acts as an operator: it may read every profile. */
const OPERATOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'cli@gosmart.local',
  name: 'gosmart CLI',
  role: 'admin',
  preferredLanguage: 'en',
  memberships: [],
  brokerRegions: [],
  via: 'cli',
};

const positive = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 1000)
    throw new InvalidArgumentError('must be 1-1000');
  return number;
};

type MatchOptions = {
  profiles?: string;
  profile?: string;
  feedback?: boolean;
  top: number;
  format: 'json' | 'table';
};
type Result = { id: string; matches: { id: string; score: number; reasons: string[] }[] };

function printTable(results: Result[]) {
  for (const result of results) {
    console.log(`${result.id}`);
    if (result.matches.length === 0) console.log('  (no match)');
    result.matches.forEach((match, index) => {
      console.log(`  ${String(index + 1).padStart(2)}. ${match.id}  ${match.score.toFixed(3)}`);
      for (const reason of match.reasons) console.log(`        ${reason}`);
    });
  }
}

/** `gosmart match`: ranked, explained partner matches, for a JSON Lines file or a profile in the database. */
export function matchCommand(): Command {
  return new Command('match')
    .description(
      'match profiles: --profiles FILE.jsonl (standalone, no database) or --profile ID (against the published profiles in the database)',
    )
    .option('--profiles <file>', 'JSON Lines, one profile per line (see README: Matching)')
    .option('--profile <id>', 'a profile in the database')
    .option(
      '--feedback',
      "the measures of brokers' verdicts in the database: precision@5 and MRR of the matches rated",
    )
    .option('--top <k>', 'matches per profile', positive, 10)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: MatchOptions) => {
      if ([options.profiles, options.profile, options.feedback].filter(Boolean).length !== 1) {
        throw new CliError('give one of --profiles FILE.jsonl, --profile ID or --feedback');
      }
      if (options.feedback) {
        const metrics = await withDatabase((database) => feedbackMetrics(database.db));
        printObject(metrics, options.format);
        return;
      }
      if (options.profiles) {
        let text: string;
        try {
          text = readFileSync(options.profiles, 'utf8');
        } catch (error) {
          throw new CliError(
            `${options.profiles}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        const inputs = parseProfilesJsonl(text);
        const showProgress = process.stderr.isTTY && inputs.length >= 2000;
        const bar = new cliProgress.SingleBar(
          { format: 'matching [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        if (showProgress) bar.start(inputs.length, 0);
        // The results are written as they come, in input order: 100,000 profiles' matches are too much to hold.
        const isJson = options.format === 'json';
        if (isJson) process.stdout.write('{"results":[');
        let separator = '';
        await matchBatch(inputs, {
          top: options.top,
          now: systemClock().getTime(),
          workers: os.availableParallelism(),
          write: (lines, done) => {
            if (isJson) {
              process.stdout.write(separator + lines.join(','));
              separator = ',';
            } else {
              printTable(lines.map((line) => JSON.parse(line) as Result));
            }
            if (showProgress) bar.update(done);
          },
        });
        if (isJson) process.stdout.write(']}\n');
        if (showProgress) bar.stop();
        return;
      }
      const id = options.profile as string;
      const output = await withDatabase(async (database, config) => {
        const deps: MatchingDeps = { db: database.db, clock: systemClock, publicUrl: config.publicUrl };
        const response = await profileMatches(deps, OPERATOR, id, {
          top: options.top,
          kind: 'profiles',
          country: [],
          type: [],
          helix: [],
          includeDismissed: true,
        });
        return {
          results: [
            {
              id,
              matches: response.items.map((item) => ({
                id: item.profile?.id ?? item.organisation.id,
                score: item.score,
                signals: item.signals,
                reasons: item.reasons.map((reason) => reason.text),
              })),
            },
          ],
        };
      });
      if (options.format === 'json') console.log(JSON.stringify(output));
      else printTable(output.results);
    });
}
