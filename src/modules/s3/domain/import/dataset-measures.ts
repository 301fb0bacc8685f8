/**
 * Human labels for the Eurostat codes met in the extra dimensions of GoSmart's source files,
 * for the import dialog ("indic_sb: choose one of V16110 (Persons employed)…") and dataset
 * titles. Labels as in Eurostat's dictionaries (indic_sb, unit, age, sex, freq); unknown codes
 * are shown as they are.
 */

/** Structural business statistics indicators (`indic_sb`) with the unit Eurostat states for them. */
export const DATASET_MEASURES: Readonly<Record<string, { label: string; unit: string }>> = {
  V11210: { label: 'Local units', unit: 'NR' },
  V16110: { label: 'Persons employed', unit: 'NR' },
  V13320: { label: 'Wages and salaries', unit: 'MIO_EUR' },
  V91290: { label: 'Growth rate of employment', unit: 'PC' },
  V94310: { label: 'Share of employment in manufacturing total', unit: 'PC' },
};

export const UNIT_LABELS: Readonly<Record<string, string>> = {
  THS: 'Thousand persons',
  THS_PER: 'Thousand persons',
  NR: 'Number',
  PC: 'Percentage',
  MIO_EUR: 'Million euro',
};

const DIMENSION_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  indic_sb: Object.fromEntries(Object.entries(DATASET_MEASURES).map(([code, { label }]) => [code, label])),
  unit: UNIT_LABELS,
  age: {
    'Y15-24': 'From 15 to 24 years',
    'Y15-64': 'From 15 to 64 years',
    'Y25-64': 'From 25 to 64 years',
    'Y65-74': 'From 65 to 74 years',
    Y_GE15: '15 years or over',
  },
  sex: { T: 'Total', M: 'Males', F: 'Females' },
  freq: { A: 'Annual', Q: 'Quarterly', M: 'Monthly' },
};

/** The label of `code` in `dimension`, or undefined when none is known. */
export function labelOf(dimension: string, code: string): string | undefined {
  return DIMENSION_LABELS[dimension.toLowerCase()]?.[code];
}

/** `V16110 (Persons employed)` or just `V16110`. */
export function describeCode(dimension: string, code: string): string {
  const label = labelOf(dimension, code);
  return label === undefined ? code : `${code} (${label})`;
}

/** The unit Eurostat gives for a selected measure code (e.g. indic_sb V13320 → MIO_EUR). */
export function unitOfMeasure(selection: Readonly<Record<string, string>>): string | null {
  for (const code of Object.values(selection)) {
    const measure = DATASET_MEASURES[code];
    if (measure !== undefined) return measure.unit;
  }
  return null;
}
