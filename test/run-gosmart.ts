import { spawn } from 'node:child_process';
import path from 'node:path';

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
