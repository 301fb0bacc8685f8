import { describe, expect, it } from 'vitest';
import { createParsedCell, parseObservationCell } from './observation-cell.ts';

describe('parseObservationCell', () => {
  it.each([
    // raw cell, value (NaN = missing), flags
    ['14.3 ', 14.3, ''],
    ['5.2 u', 5.2, 'u'],
    ['4.0 bu', 4, 'bu'],
    ['708', 708, ''],
    ['-0.5', -0.5, ''],
    ['.5', 0.5, ''],
    ['1e3', 1000, ''],
    ['12345678901234567', 12345678901234568, ''], // beyond 2^53: rounded as Number() does
    ['0.1', 0.1, ''],
    ['3.14159265358979', 3.14159265358979, ''],
    [':', Number.NaN, ''],
    [': ', Number.NaN, ''],
    [': u', Number.NaN, 'u'],
    [': c', Number.NaN, 'c'],
    [': bc', Number.NaN, 'bc'],
    // A number flagged confidential is still hidden.
    ['123 c', Number.NaN, 'c'],
    ['35680 i', 35680, 'i'],
    ['', Number.NaN, ''],
    ['NA', Number.NaN, ''],
    ['7 P', 7, 'p'],
  ])('reads %j', (raw, value, flags) => {
    const cell = createParsedCell();
    expect(parseObservationCell(raw, cell)).toBeNull();
    expect(cell.value).toBe(value);
    expect(cell.flags).toBe(flags);
  });

  it.each([
    ['12,3x', 'unparseable value "12,3x"'],
    ['12,3', 'unparseable value "12,3" (decimal comma? use a point)'],
    ['0x10', 'unparseable value "0x10"'],
    ['Infinity', 'unparseable value "Infinity"'],
    ['1 234', 'unparseable value "1 234"'],
    ['1e', 'unparseable value "1e"'],
    ['-', 'unparseable value "-"'],
    ['abc', 'unparseable value "abc"'],
  ])('rejects %j', (raw, reason) => {
    expect(parseObservationCell(raw, createParsedCell())).toBe(reason);
  });

  it('reads every number exactly as Number() does', () => {
    const cell = createParsedCell();
    for (const raw of [
      '0.3',
      '1.7976931348623157',
      '123456.789012345',
      '-98765.4321',
      '000.000100',
      '999999999999999',
    ]) {
      parseObservationCell(raw, cell);
      expect(cell.value).toBe(Number(raw));
    }
  });
});
