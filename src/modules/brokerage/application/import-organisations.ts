import { parse } from 'csv-parse/sync';
import { DomainError } from '../../../platform/errors.ts';
import { readSheet } from '../../../platform/spreadsheet.ts';
import {
  createAuditRepository,
  createOrganisation,
  ZOrganisationRequest,
  type Actor,
  type TOrganisationImportResponse,
} from '../../accounts/index.ts';
import { BrokerageError } from '../errors.ts';
import { replaceContacts } from './contacts.ts';
import type { BrokerageDeps } from './deps.ts';
import { canOpenCase } from '../policies.ts';

/** The columns of an organisation import file; list columns hold ';'-separated values. */
export const IMPORT_COLUMNS = [
  'name',
  'legal_name',
  'country',
  'nuts',
  'helix',
  'website',
  'description',
  'registry_id',
  'vat_number',
  'headcount',
  'turnover_eur',
  'balance_sheet_eur',
  'founding_year',
  'nace',
  'tech_fields',
  's3_domains',
  'languages',
  'export_share',
  'contact_name',
  'contact_email',
  'contact_phone',
  'contact_consent',
] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
const FIELD_OF_PATH: Record<string, Column> = {
  name: 'name',
  legalName: 'legal_name',
  countryCode: 'country',
  nutsCode: 'nuts',
  helixType: 'helix',
  website: 'website',
  description: 'description',
  registryId: 'registry_id',
  vatNumber: 'vat_number',
  headcount: 'headcount',
  turnoverEur: 'turnover_eur',
  balanceSheetEur: 'balance_sheet_eur',
  foundingYear: 'founding_year',
  naceCodes: 'nace',
  techFields: 'tech_fields',
  s3Domains: 's3_domains',
  languages: 'languages',
  exportShare: 'export_share',
};

const MAX_ROWS = 2000;

/** Thrown inside the import transaction to roll back a dry run or a file with errors. */
class RollBack extends Error {}

async function readRows(content: Buffer, format: 'csv' | 'xlsx'): Promise<string[][]> {
  try {
    if (format === 'xlsx') return await readSheet(content);
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const header = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = [';', '\t', ','].reduce(
      (best, d) => (header.split(d).length > header.split(best).length ? d : best),
      ',',
    );
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new BrokerageError(
      'INVALID_INPUT',
      `The file could not be read as ${format.toUpperCase()}: ${(error as Error).message}`,
      [{ path: 'body', message: 'is not a readable file' }],
    );
  }
}

const list = (value: string) =>
  value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.replace(/\s/g, '')));

/** One file row as the organisation request the API takes. */
function toRequest(cells: Partial<Record<Column, string>>) {
  const get = (column: Column) => (cells[column] ?? '').trim();
  return {
    name: get('name'),
    legalName: get('legal_name') || null,
    countryCode: get('country'),
    nutsCode: get('nuts') || null,
    helixType: get('helix') || 'industry',
    website: get('website') || null,
    description: get('description'),
    registryId: get('registry_id') || null,
    vatNumber: get('vat_number') || null,
    headcount: numberOrNull(get('headcount')),
    turnoverEur: numberOrNull(get('turnover_eur')),
    balanceSheetEur: numberOrNull(get('balance_sheet_eur')),
    foundingYear: numberOrNull(get('founding_year')),
    naceCodes: list(get('nace')),
    techFields: list(get('tech_fields')).map(Number),
    s3Domains: list(get('s3_domains')),
    languages: list(get('languages')),
    exportShare: numberOrNull(get('export_share')),
  };
}

const columnOf = (path: string) => {
  const [head, ...rest] = path.split('.');
  const column = FIELD_OF_PATH[head ?? ''] ?? head ?? 'row';
  return rest.length > 0 ? `${column}[${Number(rest[0]) + 1}]` : column;
};

/**
 * Imports organisations from CSV or XLSX, all or nothing: every row goes through the same checks as
 * the API (in a savepoint, so each row's errors are found), and the whole file is rolled back on a
 * dry run or when any row has errors.
 */
export async function importOrganisations(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  file: { content: Buffer; format: 'csv' | 'xlsx'; isDryRun: boolean },
): Promise<TOrganisationImportResponse> {
  if (actor !== 'system' && !canOpenCase(actor))
    throw new BrokerageError('NOT_ALLOWED', 'Only brokers and administrators import organisations.');
  const [header, ...records] = await readRows(file.content, file.format);
  const columns = (header ?? []).map((name) => name.trim().toLowerCase().replace(/\s+/g, '_'));
  const missing = (['name', 'country'] as const).filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new BrokerageError(
      'INVALID_INPUT',
      `The header must name the columns ${missing.join(', ')}; known columns: ${IMPORT_COLUMNS.join(', ')}.`,
      [{ path: 'body', message: `missing columns: ${missing.join(', ')}` }],
    );
  }
  const unknown = columns.filter(
    (column) => column && !(IMPORT_COLUMNS as readonly string[]).includes(column),
  );
  if (unknown.length > 0) {
    throw new BrokerageError(
      'INVALID_INPUT',
      `Unknown columns: ${unknown.join(', ')}; known columns: ${IMPORT_COLUMNS.join(', ')}.`,
      [{ path: 'body', message: `unknown columns: ${unknown.join(', ')}` }],
    );
  }
  const rows = records
    .map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])) as Partial<
        Record<Column, string>
      >,
    }))
    .filter((row) => Object.values(row.cells).some((value) => value.trim() !== ''));
  if (rows.length > MAX_ROWS)
    throw new BrokerageError('INVALID_INPUT', `At most ${MAX_ROWS} organisations per file.`, [
      { path: 'body', message: 'has too many rows' },
    ]);

  const results: TOrganisationImportResponse['rows'] = [];
  try {
    await deps.db.transaction(async (tx) => {
      for (const row of rows) {
        const errors: { field: string; message: string }[] = [];
        const parsed = ZOrganisationRequest.safeParse(toRequest(row.cells));
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            errors.push({ field: columnOf(issue.path.join('.')), message: issue.message });
        } else {
          try {
            await tx.transaction(async (savepoint) => {
              const created = await createOrganisation({ db: savepoint }, actor, parsed.data);
              const contactName = row.cells.contact_name?.trim();
              if (contactName) {
                await replaceContacts({ ...deps, db: savepoint }, actor, created.id, {
                  contacts: [
                    {
                      name: contactName,
                      email: row.cells.contact_email?.trim() || null,
                      phone: row.cells.contact_phone?.trim() || null,
                      consentToShare: /^(yes|true|1|y|x)$/i.test(row.cells.contact_consent?.trim() ?? ''),
                    },
                  ],
                });
              }
            });
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            if (error.details.length === 0) errors.push({ field: 'row', message: error.message });
            for (const detail of error.details)
              errors.push({ field: columnOf(detail.path), message: detail.message });
          }
        }
        results.push({ line: row.line, name: row.cells.name?.trim() ?? '', errors });
      }
      const hasErrors = results.some((r) => r.errors.length > 0);
      if (file.isDryRun || hasErrors) throw new RollBack();
      await createAuditRepository(tx).record({
        actorUserId: actor === 'system' ? null : actor.userId,
        action: 'organisation.import',
        targetType: 'organisation',
        details: { created: results.length },
      });
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  const invalid = results.filter((r) => r.errors.length > 0).length;
  return {
    dryRun: file.isDryRun,
    valid: results.length - invalid,
    invalid,
    created: file.isDryRun || invalid > 0 ? 0 : results.length,
    rows: results,
  };
}
