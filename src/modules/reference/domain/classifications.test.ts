import { describe, expect, it } from 'vitest';
import { classifySmeSize, naceDisplayCode, nutsLevel } from './classifications.ts';

describe('classifySmeSize (Recommendation 2003/361/EC)', () => {
  it.each([
    [{ headcount: 3 }, 'micro'],
    [{ headcount: 9, turnoverEur: 1_900_000 }, 'micro'],
    [{ headcount: 9, turnoverEur: 5_000_000, balanceSheetEur: 1_000_000 }, 'micro'],
    [{ headcount: 9, turnoverEur: 5_000_000, balanceSheetEur: 5_000_000 }, 'small'],
    [{ headcount: 10 }, 'small'],
    [{ headcount: 49, turnoverEur: 10_000_000 }, 'small'],
    [{ headcount: 120, turnoverEur: 60_000_000, balanceSheetEur: 40_000_000 }, 'medium'],
    [{ headcount: 120, turnoverEur: 60_000_000, balanceSheetEur: 44_000_000 }, 'large'],
    [{ headcount: 250 }, 'large'],
  ] as const)('%o is %s', (input, expected) => {
    expect(classifySmeSize(input)).toBe(expected);
  });
});

describe('codes', () => {
  it('derives the NUTS level from the code length', () => {
    expect([nutsLevel('PL'), nutsLevel('PL8'), nutsLevel('PL84'), nutsLevel('PL841')]).toEqual([0, 1, 2, 3]);
  });
  it('turns Eurostat NACE codes into display codes', () => {
    expect(['C', 'C10', 'C105', 'C1051', 'c10.51'].map(naceDisplayCode)).toEqual(['C', 'C10', 'C10.5', 'C10.51', 'C10.51']);
  });
});
