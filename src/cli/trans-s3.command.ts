import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { readReferenceFiles } from '../modules/reference/index.ts';
import { NABS_CHAPTERS, POLICY_OBJECTIVES } from '../modules/trans-s3/domain/codes.ts';
import {
  DEFAULT_CODE_WEIGHT,
  DEFAULT_MIN_SIMILARITY,
  findCommonDomains,
  type CandidateDomain,
} from '../modules/trans-s3/domain/common-priorities.ts';
import {
  PRIORITY_CSV_COLUMNS,
  PRIORITY_CSV_OPTIONAL_COLUMNS,
  PrioritiesCsvError,
  parsePrioritiesCsv,
  type PriorityRow,
} from '../modules/trans-s3/domain/priorities-csv.ts';
import { CliError } from './context.ts';

const minRegions = (value: string) => {
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(number) || number < 2)
    throw new InvalidArgumentError(
      'must be an integer ≥ 2 (a transnational domain spans at least two regions)',
    );
  return number;
};

const fraction = (value: string) => {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1)
    throw new InvalidArgumentError('must be a number from 0 to 1');
  return number;
};

type CommonOptions = {
  priorities: string;
  minRegions: number;
  minSimilarity: number;
  codeWeight: number;
  format: 'table' | 'json';
};

/** The JSON contract of `trans-s3 common`: id, label, regions, priorities, codes, terms; the rest is extra. */
function presentDomain(domain: CandidateDomain) {
  return {
    id: domain.id,
    label: domain.label,
    regions: domain.regions,
    priorities: domain.priorityIds,
    codes: domain.codes.map((c) => `${c.scheme}:${c.code}`),
    terms: domain.terms.map((t) => t.term),
    strength: domain.strength,
    why: {
      codes: domain.codes.map((c) => ({
        code: `${c.scheme}:${c.code}`,
        name: c.name ?? null,
        regions: c.regions,
        priorities: c.priorities,
      })),
      terms: domain.terms,
      links: domain.links,
    },
  };
}

function printTable(domains: CandidateDomain[], unassigned: string[], rows: PriorityRow[], k: number) {
  const titles = new Map(rows.map((row) => [row.id, row.title]));
  if (domains.length === 0) console.log(`No candidate domain spans ${k} or more regions.`);
  for (const domain of domains) {
    console.log(`${domain.id}  ${domain.label}`);
    console.log(
      `    strength ${domain.strength.toFixed(3)}; ${domain.regions.length} regions: ${domain.regions.join(', ')}`,
    );
    const codes = domain.codes
      .slice(0, 6)
      .map((c) => `${c.scheme}:${c.code}${c.name ? ` ${c.name}` : ''} (${c.regions.length})`);
    if (codes.length > 0) console.log(`    codes: ${codes.join('; ')}`);
    if (domain.terms.length > 0) console.log(`    terms: ${domain.terms.map((t) => t.term).join(', ')}`);
    const width = Math.max(...domain.priorityIds.map((id) => id.length));
    for (const id of domain.priorityIds) console.log(`      ${id.padEnd(width)}  ${titles.get(id) ?? ''}`);
  }
  if (unassigned.length > 0) {
    console.log(`Unassigned (${unassigned.length}):`);
    const width = Math.max(...unassigned.map((id) => id.length));
    for (const id of unassigned) console.log(`      ${id.padEnd(width)}  ${titles.get(id) ?? ''}`);
  }
}

/** `gosmart trans-s3`: Trans-S3 methodology steps that run on files, without the database. */
export function transS3Command(): Command {
  const transS3 = new Command('trans-s3').description('Trans-S3: transnational smart specialisation');

  transS3
    .command('common')
    .description(
      'step 1, search for common priorities: cluster the RIS3 priorities of several regions into candidate transnational smart domains (no database)',
    )
    .requiredOption(
      '--priorities <file>',
      `CSV with the header ${PRIORITY_CSV_COLUMNS.join(',')} (optionally ,${PRIORITY_CSV_OPTIONAL_COLUMNS.join(',')}); code lists ;-separated`,
    )
    .requiredOption(
      '--min-regions <k>',
      'a candidate domain spans at least K distinct regions (integer ≥ 2)',
      minRegions,
    )
    .option(
      '--min-similarity <s>',
      'the least similarity linking two priorities, 0..1',
      fraction,
      DEFAULT_MIN_SIMILARITY,
    )
    .option('--code-weight <w>', 'weight of the codes against the text, 0..1', fraction, DEFAULT_CODE_WEIGHT)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((options: CommonOptions) => {
      let text: string;
      try {
        text = readFileSync(options.priorities, 'utf8');
      } catch (error) {
        throw new CliError(
          `${options.priorities}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const reference = readReferenceFiles();
      const technologyFields = reference['technology-fields'];
      let rows: PriorityRow[];
      try {
        rows = parsePrioritiesCsv(text, {
          nace: new Set(reference.nace.map((n) => n.code)),
          nabs: new Set(NABS_CHAPTERS.map((c) => c.code)),
          objectives: new Set(POLICY_OBJECTIVES.map((o) => o.code)),
          techFields: new Set(technologyFields.map((t) => t.id)),
        });
      } catch (error) {
        if (!(error instanceof PrioritiesCsvError)) throw error;
        // One line per bad value, so that all of them can be fixed in one go.
        for (const detail of error.details)
          console.error(
            `error: ${options.priorities}: line ${detail.line}, column ${detail.field}: ${detail.message}`,
          );
        process.exitCode = 1;
        return;
      }
      const result = findCommonDomains(rows, {
        minRegions: options.minRegions,
        minSimilarity: options.minSimilarity,
        codeWeight: options.codeWeight,
        labels: {
          nace: new Map(reference.nace.map((n) => [n.code, n.name])),
          nabs: new Map(NABS_CHAPTERS.map((c) => [c.code, c.name])),
          objectives: new Map(POLICY_OBJECTIVES.map((o) => [o.code, o.name])),
          tech: new Map(technologyFields.map((t) => [String(t.id), t.name])),
        },
      });
      if (options.format === 'json') {
        console.log(
          JSON.stringify(
            {
              domains: result.domains.map(presentDomain),
              unassigned: result.unassigned,
              parameters: result.parameters,
            },
            null,
            2,
          ),
        );
      } else printTable(result.domains, result.unassigned, rows, options.minRegions);
    });

  return transS3;
}
