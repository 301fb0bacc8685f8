/**
 * Test support: locates `../shared/data` (beside the repository, present in CI) so that tests
 * can read the real Eurostat files, and tells them to skip when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../..');

export const sharedDataDir = resolve(repositoryRoot, '../shared/data');
export const hasSharedData = existsSync(join(sharedDataDir, 'sbs_r_nuts06_r2.tsv.gz'));
export const skipMessage = `shared data not found at ${sharedDataDir}: real-file tests skipped`;

export function readSharedText(name: string): string {
  const bytes = readFileSync(join(sharedDataDir, name));
  return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export const repositoryPath = (...parts: string[]): string => resolve(repositoryRoot, ...parts);
