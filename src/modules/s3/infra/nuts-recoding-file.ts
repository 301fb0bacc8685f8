import { readFileSync } from 'node:fs';
import type { NutsRecodingEntry, NutsRecodingFile } from '../domain/import/index.ts';

let cached: readonly NutsRecodingEntry[] | undefined;

/** The committed NUTS correspondence table (see ../data/README.md). */
export function nutsRecodingTable(): readonly NutsRecodingEntry[] {
  cached ??= (
    JSON.parse(
      readFileSync(new URL('../data/nuts-recoding.json', import.meta.url), 'utf8'),
    ) as NutsRecodingFile
  ).entries;
  return cached;
}

let names: ReadonlyMap<string, string> | undefined;

/** The names of codes that are no longer NUTS 2021 codes (e.g. LT00), from the same table. */
export function oldNutsNames(): ReadonlyMap<string, string> {
  names ??= new Map(nutsRecodingTable().map((entry) => [entry.from, entry.label]));
  return names;
}
