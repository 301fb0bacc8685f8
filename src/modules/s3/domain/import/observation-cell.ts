/**
 * One observation cell as Eurostat writes it: a number or `:` (not available), optionally
 * followed by a space and flag letters (`14.3 `, `5.2 u`, `: c`, `4.0 bu`). Tidy and SDMX-CSV
 * values go through the same reader so that `5.2 u` means the same everywhere.
 */

/** Reused between calls so that a million cells do not make a million objects. */
export type ParsedCell = { value: number; flags: string };

export const createParsedCell = (): ParsedCell => ({ value: Number.NaN, flags: '' });

const FLAG_LETTERS = /^[a-zA-Z]+$/;
/** Spellings of "no value" that spreadsheets and R/pandas exports use. */
const MISSING_WORDS = /^(?::|na|nan|null|n\/a)$/i;

/** `c` (confidential) anywhere in the flags makes the value missing, even if a number is given. */
export const isConfidential = (flags: string): boolean => flags.includes('c');

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isWhitespace = (code: number): boolean => code === 32 || code === 9 || code === 13;

/** Powers of ten that are exact doubles, so that digits / 10^k is correctly rounded. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);

/**
 * The value of `text[from, to)` when it is a plain decimal number (sign, digits, point,
 * exponent), else NaN: what `Number()` reads minus the hex, binary, `Infinity` and empty-string
 * surprises. A character loop because this runs for every cell of a file (10⁶ and more); up to
 * 15 significant digits without exponent it computes the value itself (integer ÷ exact power
 * of ten is correctly rounded, hence equal to `Number()`), otherwise it defers to `Number()`.
 */
function readPlainNumber(text: string, from: number, to: number): number {
  let at = from;
  const sign = text.charCodeAt(at);
  if (sign === 43 || sign === 45) at += 1;
  let digits = 0;
  let mantissa = 0;
  let fractionDigits = 0;
  while (at < to && isDigit(text.charCodeAt(at))) {
    mantissa = mantissa * 10 + (text.charCodeAt(at) - 48);
    at += 1;
    digits += 1;
  }
  if (at < to && text.charCodeAt(at) === 46) {
    at += 1;
    while (at < to && isDigit(text.charCodeAt(at))) {
      mantissa = mantissa * 10 + (text.charCodeAt(at) - 48);
      at += 1;
      digits += 1;
      fractionDigits += 1;
    }
  }
  if (digits === 0) return Number.NaN;
  let hasExponent = false;
  if (at < to && (text.charCodeAt(at) | 32) === 101) {
    hasExponent = true;
    at += 1;
    const exponentSign = text.charCodeAt(at);
    if (exponentSign === 43 || exponentSign === 45) at += 1;
    const exponentStart = at;
    while (at < to && isDigit(text.charCodeAt(at))) at += 1;
    if (at === exponentStart) return Number.NaN;
  }
  if (at !== to) return Number.NaN;
  if (hasExponent || digits > 15) return Number(text.slice(from, to));
  const magnitude = mantissa / (EXACT_POWERS_OF_TEN[fractionDigits] ?? 1);
  return sign === 45 ? -magnitude : magnitude;
}

/**
 * Reads `raw` into `out`. Returns null when the cell is valid (a missing value is valid: NaN),
 * otherwise the reason it is not, for a RowError.
 */
export function parseObservationCell(raw: string, out: ParsedCell): string | null {
  return parseObservationCellAt(raw, 0, raw.length, out);
}

/** `parseObservationCell` on `raw[from, to)`, so that a line's cells need not be sliced out. */
export function parseObservationCellAt(
  raw: string,
  from: number,
  to: number,
  out: ParsedCell,
): string | null {
  let start = from;
  let end = to;
  while (start < end && isWhitespace(raw.charCodeAt(start))) start += 1;
  while (end > start && isWhitespace(raw.charCodeAt(end - 1))) end -= 1;
  let numberEnd = raw.indexOf(' ', start);
  if (numberEnd < 0 || numberEnd > end) numberEnd = end;
  let flags = '';
  if (numberEnd < end) {
    flags = raw.slice(numberEnd + 1, end).trim();
    if (!FLAG_LETTERS.test(flags)) return `unparseable value "${raw.slice(start, end)}"`;
    flags = flags.toLowerCase();
  }
  out.flags = flags;
  if (numberEnd === start || (numberEnd === start + 1 && raw.charCodeAt(start) === 58)) {
    out.value = Number.NaN;
    return null;
  }
  const value = readPlainNumber(raw, start, numberEnd);
  if (Number.isNaN(value)) {
    const number = raw.slice(start, numberEnd);
    if (MISSING_WORDS.test(number)) {
      out.value = Number.NaN;
      return null;
    }
    return /^[+-]?\d+,\d+$/.test(number)
      ? `unparseable value "${raw.slice(start, end)}" (decimal comma? use a point)`
      : `unparseable value "${raw.slice(start, end)}"`;
  }
  out.value = flags !== '' && isConfidential(flags) ? Number.NaN : value;
  return null;
}

/** Adds flag letters to a cell's flags without repeating one (e.g. `c` from SDMX CONF_STATUS). */
export function addFlag(flags: string, letter: string): string {
  return flags.includes(letter) ? flags : flags + letter;
}
