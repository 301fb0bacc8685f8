import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { systemClock } from '../platform/clock.ts';
import {
  ACTIVITY_LEVELS,
  COMPLEXITY_METHODS,
  CONVENTIONS,
  PROXIMITY_MEASURES,
  computeDatasetMetrics,
  computeFileMetrics,
  decodeDataFile,
  deleteDataset,
  findDatasetByName,
  importDataset,
  listDatasets,
  metricsTable,
  type ActivityLevel,
  type MetricsTable,
} from '../modules/s3/index.ts';
import { CliError, withDatabase } from './context.ts';
import { formatOption, printRows, type Format } from './output.ts';

function parseSelection(pairs: string[]): Record<string, string> {
  const selection: Record<string, string> = {};
  for (const pair of pairs) {
    const [dimension, value] = pair.split('=');
    if (!dimension || !value)
      throw new CliError(`--select: "${pair}" is not dimension=value (e.g. indic_sb=V16110)`);
    selection[dimension.trim()] = value.trim();
  }
  return selection;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function parseNumber(name: string, { integer = false } = {}) {
  return (value: string) => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)))
      throw new CliError(`${name}: "${value}" is not ${integer ? 'an integer' : 'a number'}`);
    return parsed;
  };
}

function readFile(file: string): string {
  try {
    return decodeDataFile(readFileSync(file));
  } catch (error) {
    throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function printMetrics(table: MetricsTable, format: Format) {
  if (format === 'json') console.log(JSON.stringify(table));
  else printRows(table.cells, ['region', 'activity', 'value', 'rca', 'm', 'density', 'cog'], format);
}

type MetricsCliOptions = {
  input?: string;
  dataset?: string;
  year?: number;
  toYear?: number;
  threshold: number;
  convention: (typeof CONVENTIONS)[number];
  proximity: (typeof PROXIMITY_MEASURES)[number];
  method: (typeof COMPLEXITY_METHODS)[number];
  regionLevel?: number;
  activityLevel?: ActivityLevel;
  select: string[];
  format: Format;
};

export function s3Command(): Command {
  const s3 = new Command('s3').description(
    'S3 analytics: regional statistics, specialisation, relatedness and complexity',
  );

  s3.command('import')
    .description(
      'import one measure of a Eurostat TSV (.tsv or .tsv.gz), SDMX-CSV or tidy CSV file as a dataset (replaces a dataset of the same name)',
    )
    .argument('<file>', 'the file')
    .requiredOption('--dataset <name>', 'dataset name')
    .option(
      '--select <dimension=value>',
      'the value of an extra dimension, e.g. indic_sb=V16110 (repeat for several)',
      collect,
      [],
    )
    .option('--activity-dim <name>', 'the activity dimension when it cannot be told from its name')
    .option('--description <text>', 'what the dataset is', '')
    .action(
      async (
        file: string,
        options: { dataset: string; select: string[]; activityDim?: string; description: string },
      ) => {
        const text = readFile(file);
        const bar = new cliProgress.SingleBar(
          {
            format: '{phase} [{bar}] {value}/{total}',
            stream: process.stderr,
            hideCursor: true,
            noTTYOutput: false,
          },
          cliProgress.Presets.shades_classic,
        );
        let phase = '';
        await withDatabase(async (database) => {
          const dataset = await importDataset(
            { db: database.db, clock: systemClock },
            'system',
            {
              name: options.dataset,
              description: options.description,
              sourceFile: path.basename(file),
              text,
              selection: parseSelection(options.select),
              options: options.activityDim ? { activityDimension: options.activityDim } : {},
            },
            (next, done, total) => {
              if (next !== phase) {
                if (phase) bar.stop();
                phase = next;
                bar.start(total, done, { phase: next.padEnd(6) });
              } else bar.update(done);
            },
          );
          bar.stop();
          const missing = dataset.missingNotAvailable + dataset.missingConfidential;
          console.log(
            `Imported "${dataset.name}": ${dataset.measure}${dataset.unit ? ` (${dataset.unit})` : ''}, ${dataset.regionCount} regions × ${dataset.activityCount} activities × ${dataset.years.length} years (${[...dataset.years].sort()[0]}–${Math.max(...dataset.years)}), ${dataset.observationCount} values; ${missing} missing (${dataset.missingNotAvailable} not available, ${dataset.missingConfidential} confidential); ${dataset.recodingNotes.length} region notes.`,
          );
        });
      },
    );

  s3.command('datasets')
    .description('list datasets')
    .addOption(formatOption())
    .action(async (options: { format: Format }) => {
      await withDatabase(async (database) => {
        const rows = (await listDatasets({ db: database.db })).map((d) => ({
          name: d.name,
          measure: d.measure,
          unit: d.unit,
          years: `${Math.min(...d.years)}-${Math.max(...d.years)}`,
          regions: d.regionCount,
          activities: d.activityCount,
          values: d.observationCount,
          source: d.sourceFile,
        }));
        printRows(
          rows,
          ['name', 'measure', 'unit', 'years', 'regions', 'activities', 'values', 'source'],
          options.format,
        );
      });
    });

  s3.command('delete')
    .description('delete a dataset')
    .argument('<name>', 'dataset name')
    .action(async (name: string) => {
      await withDatabase(async (database) => {
        const dataset = await findDatasetByName({ db: database.db }, name);
        await deleteDataset({ db: database.db }, 'system', dataset.id);
        console.log(`Deleted "${dataset.name}".`);
      });
    });

  s3.command('metrics')
    .description(
      'RCA, specialisation, relatedness density and complexity (ECI, PCI, COI, COG) of a tidy CSV or a dataset',
    )
    .option(
      '--input <file>',
      'a tidy CSV region,activity,year,value (or any importable file); no database needed',
    )
    .option('--dataset <name>', 'a dataset in the database instead of --input')
    .option('--year <year>', 'year (default: the latest)', parseNumber('--year', { integer: true }))
    .option(
      '--to-year <year>',
      'last year of a range; values are averaged over it',
      parseNumber('--to-year', { integer: true }),
    )
    .option('--threshold <rca>', 'M = 1 when RCA ≥ threshold', parseNumber('--threshold'), 1)
    .addOption(
      new Option('--convention <name>', 'complexity convention').choices(CONVENTIONS).default('atlas'),
    )
    .addOption(
      new Option('--proximity <measure>', 'proximity between activities')
        .choices(PROXIMITY_MEASURES)
        .default('min_conditional'),
    )
    .addOption(
      new Option('--method <method>', 'ECI/PCI method').choices(COMPLEXITY_METHODS).default('eigenvector'),
    )
    .option(
      '--region-level <level>',
      'NUTS level of the regions (--dataset only; default 2)',
      parseNumber('--region-level', { integer: true }),
    )
    .addOption(
      new Option(
        '--activity-level <level>',
        'NACE level of the activities (default: divisions when sections and divisions are mixed)',
      ).choices(ACTIVITY_LEVELS),
    )
    .option(
      '--select <dimension=value>',
      'with --input: the value of an extra dimension (repeat for several)',
      collect,
      [],
    )
    .addOption(
      new Option('--format <format>', 'json: the regions/activities/cells object; csv/table: the cells')
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .action(async (options: MetricsCliOptions) => {
      if (Boolean(options.input) === Boolean(options.dataset))
        throw new CliError('give either --input FILE or --dataset NAME');
      const query = {
        year: options.year,
        toYear: options.toYear,
        threshold: options.threshold,
        convention: options.convention,
        proximity: options.proximity,
        method: options.method,
        activityLevel: options.activityLevel,
      };
      if (options.input) {
        const { table, notes } = computeFileMetrics(readFile(options.input), {
          ...query,
          selection: parseSelection(options.select),
        });
        for (const note of notes.filter((n) => n.level === 'warning'))
          console.error(`warning: ${note.message}`);
        printMetrics(table, options.format);
        return;
      }
      await withDatabase(async (database) => {
        const dataset = await findDatasetByName({ db: database.db }, options.dataset ?? '');
        const metrics = await computeDatasetMetrics({ db: database.db }, 'system', dataset.id, {
          ...query,
          regionLevel: options.regionLevel,
        });
        for (const note of metrics.result.notes.filter((n) => n.level === 'warning'))
          console.error(`warning: ${note.message}`);
        printMetrics(metricsTable(metrics.matrix, metrics.result), options.format);
      });
    });

  return s3;
}
