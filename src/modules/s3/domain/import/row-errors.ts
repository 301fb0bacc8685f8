import { MAX_REPORTED_ERRORS, type RowError } from './import-types.ts';

/** Collects row errors in file order, keeping the first MAX_REPORTED_ERRORS and counting all. */
export function createErrorCollector(limit: number = MAX_REPORTED_ERRORS) {
  const errors: RowError[] = [];
  let count = 0;
  return {
    add(line: number, reason: string): void {
      count += 1;
      if (errors.length < limit) errors.push({ line, reason });
    },
    get errors(): RowError[] {
      return errors;
    },
    get count(): number {
      return count;
    },
  };
}
