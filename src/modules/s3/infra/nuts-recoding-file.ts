import { readFileSync } from 'node:fs';
import type { NutsRecodingEntry, NutsRecodingFile } from '../domain/import/index.ts';

let cached: readonly NutsRecodingEntry[] | undefined;

/** The committed NUTS correspondence table (see ../data/README.md). */
export function nutsRecodingTable(): readonly NutsRecodingEntry[] {
  cached ??= (JSON.parse(readFileSync(new URL('../data/nuts-recoding.json', import.meta.url), 'utf8')) as NutsRecodingFile).entries;
  return cached;
}
