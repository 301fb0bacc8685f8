import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPostgresDatabase, TEST_DATABASE_URL } from './test-database.ts';

export const GOSMART_BIN = path.resolve(import.meta.dirname, '../bin/gosmart.js');

export type CliRun = { code: number | null; stdout: string; stderr: string };

/** Runs `gosmart ARGS` as a user would, in a fresh Node process with exactly `env`. */
export function runGosmart(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [GOSMART_BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The environment of a CLI test file: a fresh data directory (and a fresh PostgreSQL database when
 * TEST_DATABASE_URL is set), nothing else from the caller's environment. Call `drop` after the file.
 */
export async function cliEnvironment(
  name: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<{ env: NodeJS.ProcessEnv; work: string; drop(): Promise<void> }> {
  const work = mkdtempSync(path.join(tmpdir(), `gosmart-${name}-`));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: path.join(work, 'data'),
    LOG_LEVEL: 'silent',
    ...extra,
  };
  if (!TEST_DATABASE_URL) return { env, work, drop: async () => {} };
  const created = await createPostgresDatabase(TEST_DATABASE_URL);
  return { env: { ...env, DATABASE_URL: created.url }, work, drop: created.drop };
}
