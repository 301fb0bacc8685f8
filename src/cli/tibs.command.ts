import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { systemClock } from '../platform/clock.ts';
import { IMPORT_COLUMNS, importOrganisations, runDailyJobs } from '../modules/brokerage/index.ts';
import { runMatchDigest } from '../modules/matching/index.ts';
import { CliError, withDatabase } from './context.ts';
import { formatOption, printObject, printRows, type Format } from './output.ts';

/** `gosmart tibs …`: the brokerage module's operator commands. */
export function tibsCommand(): Command {
  const tibs = new Command('tibs').description(
    'innovation brokerage (TIBS): scheduled jobs and organisation import',
  );

  tibs
    .command('jobs')
    .description(
      'send due follow-up reminders, expire profiles past their expiry, remind owners to renew and send the digest of new matches (the server runs the reminders hourly, the digest daily)',
    )
    .addOption(formatOption())
    .action(async (options: { format: Format }) => {
      await withDatabase(async (database, config) => {
        const deps = { db: database.db, clock: systemClock, publicUrl: config.publicUrl };
        const result = await runDailyJobs(deps);
        const digest = await runMatchDigest(deps);
        printObject({ ...result, matchDigests: digest.notices, newMatches: digest.newMatches }, options.format);
      });
    });

  tibs
    .command('import-organisations')
    .description(
      `check (default) or import organisations from CSV or XLSX; columns: ${IMPORT_COLUMNS.join(', ')} (lists ';'-separated)`,
    )
    .argument('<file>', 'a .csv or .xlsx file')
    .option(
      '--commit',
      'write the organisations (only when no row has errors); without it the file is only checked',
    )
    .addOption(
      new Option('--input <format>', 'file format (default: from the extension)').choices(['csv', 'xlsx']),
    )
    .addOption(formatOption())
    .action(async (file: string, options: { commit?: boolean; input?: 'csv' | 'xlsx'; format: Format }) => {
      let content: Buffer;
      try {
        content = readFileSync(file);
      } catch (error) {
        throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const format = options.input ?? (file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
      await withDatabase(async (database, config) => {
        const result = await importOrganisations(
          { db: database.db, clock: systemClock, publicUrl: config.publicUrl },
          'system',
          {
            content,
            format,
            isDryRun: !options.commit,
          },
        );
        if (options.format === 'json') {
          console.log(JSON.stringify(result));
        } else {
          const errors = result.rows.flatMap((row) =>
            row.errors.map((error) => ({
              line: row.line,
              name: row.name,
              field: error.field,
              message: error.message,
            })),
          );
          if (errors.length > 0) printRows(errors, ['line', 'name', 'field', 'message'], options.format);
          console.error(
            result.dryRun
              ? `${result.valid} valid, ${result.invalid} with errors; nothing written (add --commit to import)`
              : result.created > 0
                ? `${result.created} organisations imported`
                : `${result.invalid} rows with errors; nothing written`,
          );
        }
        if (result.invalid > 0) process.exitCode = 1;
      });
    });
  return tibs;
}
