export const HELIX_TYPES = ['industry', 'research', 'administration', 'civil_society'] as const;
export type HelixType = (typeof HELIX_TYPES)[number];

export const HELIX_LABELS: Record<HelixType, string> = {
  industry: 'Industry',
  research: 'Research and development',
  administration: 'Public administration',
  civil_society: 'Civil society',
};

export const SME_SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SmeSizeClass = (typeof SME_SIZE_CLASSES)[number];

export const isSmeSizeClass = (value: string | null): value is SmeSizeClass =>
  (SME_SIZE_CLASSES as readonly (string | null)[]).includes(value);

/**
 * Commission Recommendation 2003/361/EC: staff headcount is decisive; an enterprise must also meet
 * the turnover OR the balance-sheet ceiling of its class (amounts in EUR).
 */
export const SME_SIZE_CEILINGS: Record<
  Exclude<SmeSizeClass, 'large'>,
  { headcount: number; turnover: number; balanceSheet: number }
> = {
  micro: { headcount: 10, turnover: 2_000_000, balanceSheet: 2_000_000 },
  small: { headcount: 50, turnover: 10_000_000, balanceSheet: 10_000_000 },
  medium: { headcount: 250, turnover: 50_000_000, balanceSheet: 43_000_000 },
};

export function classifySmeSize(input: {
  headcount: number;
  turnoverEur?: number;
  balanceSheetEur?: number;
}): SmeSizeClass {
  for (const sizeClass of ['micro', 'small', 'medium'] as const) {
    const ceiling = SME_SIZE_CEILINGS[sizeClass];
    const isFinanciallyWithin =
      (input.turnoverEur === undefined && input.balanceSheetEur === undefined) ||
      (input.turnoverEur !== undefined && input.turnoverEur <= ceiling.turnover) ||
      (input.balanceSheetEur !== undefined && input.balanceSheetEur <= ceiling.balanceSheet);
    if (input.headcount < ceiling.headcount && isFinanciallyWithin) return sizeClass;
  }
  return 'large';
}

/** NUTS codes: two-letter country prefix, then one character per level. */
export function nutsLevel(code: string): number {
  return code.length - 2;
}

/** `C1051` (Eurostat) → `C10.51` (the platform's display code); display codes pass through. */
export function naceDisplayCode(code: string): string {
  const match = /^([A-U])(\d{2})(\d{1,2})?$/.exec(code.trim().toUpperCase());
  if (!match) return code.trim().toUpperCase();
  const [, section, division, rest] = match;
  return rest ? `${section}${division}.${rest}` : `${section}${division}`;
}
