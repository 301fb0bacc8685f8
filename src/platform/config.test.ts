import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEnv } from './config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gosmart-config-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', dataDir, databaseUrl: undefined, demoSeed: true, publicUrl: 'http://localhost:3000', isHttps: false });
    // The generated session secret is kept, so sessions survive a restart.
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dataDir, 'session-secret'), 'utf8').trim()).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(config.sessionSecret);
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be a number (got "abc")'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be between 0 and 65535 (got "70000")'],
    [{ DATABASE_URL: 'mysql://root:secret@db/x' }, 'Invalid configuration: DATABASE_URL must be a postgres://user:pass@host:port/db URL'],
    [{ DEMO_SEED: 'yes' }, 'Invalid configuration: DEMO_SEED must be on or off (got "yes")'],
    [{ LOG_LEVEL: 'loud' }, 'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    [{ PUBLIC_URL: 'gosmart.example' }, 'Invalid configuration: PUBLIC_URL must be an http(s):// URL (got "gosmart.example")'],
    [{ SESSION_SECRET: 'short' }, 'Invalid configuration: SESSION_SECRET must be at least 32 characters'],
  ])('rejects %o with one line naming the variable', (env, message) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(message);
  });

  it('never echoes credentials from a bad DATABASE_URL', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://root:secret@db/x' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('secret') }));
  });

  it('treats empty variables as unset and marks https deployments', () => {
    const config = loadConfig({ PORT: '', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'gosmart-config-')), PUBLIC_URL: 'https://gosmart.example/', SESSION_SECRET: 'x'.repeat(40) });
    expect(config).toMatchObject({ port: 3000, publicUrl: 'https://gosmart.example', isHttps: true, sessionSecret: 'x'.repeat(40) });
  });
});
