/** The columns of the organisation import file, in template order (src/modules/accounts import). */
export const IMPORT_COLUMNS = [
  { name: 'name', isRequired: true },
  { name: 'legal_name', isRequired: false },
  { name: 'country', isRequired: true },
  { name: 'nuts', isRequired: false },
  { name: 'helix', isRequired: true },
  { name: 'website', isRequired: false },
  { name: 'description', isRequired: false },
  { name: 'registry_id', isRequired: false },
  { name: 'vat_number', isRequired: false },
  { name: 'headcount', isRequired: false },
  { name: 'turnover_eur', isRequired: false },
  { name: 'balance_sheet_eur', isRequired: false },
  { name: 'founding_year', isRequired: false },
  { name: 'nace', isRequired: false },
  { name: 'tech_fields', isRequired: false },
  { name: 's3_domains', isRequired: false },
  { name: 'languages', isRequired: false },
  { name: 'export_share', isRequired: false },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['name'];

/** One made-up example row, so the template shows the expected notation of every column. */
const EXAMPLE: Record<ImportColumn, string> = {
  name: 'Example Dairy Tech',
  legal_name: 'Example Dairy Tech sp. z o.o.',
  country: 'PL',
  nuts: 'PL84',
  helix: 'industry',
  website: 'https://dairy.example',
  description: 'Sensors for milk processing lines',
  registry_id: '',
  vat_number: '',
  headcount: '42',
  turnover_eur: '3500000',
  balance_sheet_eur: '2100000',
  founding_year: '2012',
  nace: 'C10.51;C26.51',
  tech_fields: '10;29',
  s3_domains: 'Food processing;Smart sensors',
  languages: 'pl;en;de',
  export_share: '35',
};

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV template: the header row and the example row, UTF-8 with a BOM so spreadsheets read it right. */
export function importTemplateCsv(): Blob {
  const header = IMPORT_COLUMNS.map((column) => column.name);
  const example = IMPORT_COLUMNS.map((column) => csvField(EXAMPLE[column.name]));
  return new Blob(['\uFEFF', `${header.join(',')}\r\n${example.join(',')}\r\n`], {
    type: 'text/csv;charset=utf-8',
  });
}
