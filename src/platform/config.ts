import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const ZPostgresUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a postgres://user:pass@host:port/db URL');

const ZHttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' });

const ZSmtpUrl = z
  .string()
  .refine((value) => /^smtps?:\/\/[^/]+/.test(value), 'must be an smtp:// or smtps:// URL');

const ZEnv = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: ZPostgresUrl.optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: ZHttpUrl.optional(),
  SMTP_URL: ZSmtpUrl.optional(),
  MAIL_FROM: z.email('must be an e-mail address').default('GoSmart <no-reply@gosmart.local>'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  DEMO_SEED: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
});

const SECRET_VARIABLES = new Set(['DATABASE_URL', 'SESSION_SECRET', 'SMTP_URL']);

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: (typeof LOG_LEVELS)[number];
  demoSeed: boolean;
  /** Secure cookies when the public URL is https. */
  isHttps: boolean;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment; empty strings count as unset. Throws ConfigError naming the variable. */
export function parseEnv(env: NodeJS.ProcessEnv): z.infer<typeof ZEnv> {
  const cleaned = Object.fromEntries(
    Object.keys(ZEnv.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    // Values that may carry credentials are never echoed.
    const shown = SECRET_VARIABLES.has(name) ? '' : ` (got "${env[name] ?? ''}")`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}${shown}`);
  }
  return result.data;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = parseEnv(env);
  const dataDir = path.resolve(parsed.DATA_DIR);
  const publicUrl = parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    databaseUrl: parsed.DATABASE_URL,
    sessionSecret: parsed.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    publicUrl: publicUrl.replace(/\/$/, ''),
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
    logLevel: parsed.LOG_LEVEL,
    demoSeed: parsed.DEMO_SEED === 'on',
    isHttps: publicUrl.startsWith('https://'),
  };
}

/** A generated secret is kept in DATA_DIR so sessions survive restarts. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
