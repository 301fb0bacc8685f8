import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnvironment, GOSMART_BIN, runGosmart } from './run-gosmart.ts';
import { TEST_DATABASE_URL } from './test-database.ts';

let env: NodeJS.ProcessEnv;
let dropDatabase: (() => Promise<void>) | undefined;

const gosmart = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
  runGosmart(args, { ...env, ...extraEnv });

beforeAll(async () => {
  const environment = await cliEnvironment('cli');
  env = environment.env;
  dropDatabase = environment.drop;
});
afterAll(async () => {
  await dropDatabase?.();
});

// Each command starts a Node process with tsx; on a busy two-core machine that takes seconds.
describe('gosmart CLI', { timeout: 180_000 }, () => {
  it('shows help listing the commands', async () => {
    const run = await gosmart(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['db', 'user', 'token', 'serve']) expect(run.stdout).toContain(command);
    const sub = await gosmart(['user', 'create', '--help']);
    expect(sub.stdout).toContain('--email <email>');
  });

  it('exits non-zero with one line for unknown commands and bad options', async () => {
    const unknown = await gosmart(['frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe("error: unknown command 'frobnicate'");
    const badRole = await gosmart(['user', 'create', '--email', 'a@b.example', '--role', 'king']);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr.trim().split('\n')).toHaveLength(1);
    expect(badRole.stderr).toContain('--role');
    const badConfig = await gosmart(['db', 'status'], { PORT: 'eighty' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr.trim()).toBe(
      'error: Invalid configuration: PORT must be a number (got "eighty")',
    );
  });

  it('migrates, then reports every migration applied', async () => {
    const before = await gosmart(['db', 'status', '--format', 'json']);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout).every((m: { status: string }) => m.status === 'pending')).toBe(true);
    expect((await gosmart(['db', 'migrate'])).code).toBe(0);
    const after = await gosmart(['db', 'status', '--format', 'json']);
    expect(JSON.parse(after.stdout).every((m: { status: string }) => m.status === 'applied')).toBe(true);
  });

  it('creates a user with a generated password and a token for scripts', async () => {
    const created = await gosmart([
      'user',
      'create',
      '--email',
      'Script.Admin@Test.example',
      '--role',
      'admin',
      '--format',
      'json',
    ]);
    expect(created.code).toBe(0);
    const user = JSON.parse(created.stdout);
    expect(user).toMatchObject({ email: 'script.admin@test.example', role: 'admin' });
    expect(user.password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);

    const duplicate = await gosmart([
      'user',
      'create',
      '--email',
      'script.admin@test.example',
      '--role',
      'member',
    ]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr.trim()).toBe(
      'error: A user with e-mail script.admin@test.example already exists. (email: is already registered)',
    );

    const token = await gosmart([
      'token',
      'create',
      '--email',
      'script.admin@test.example',
      '--name',
      'nightly import',
    ]);
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^gsm_[A-Za-z0-9_-]{43}$/);
    const noUser = await gosmart(['token', 'create', '--email', 'ghost@test.example', '--name', 'x']);
    expect(noUser.code).toBe(1);

    const list = await gosmart(['user', 'list', '--format', 'csv']);
    expect(list.stdout.split('\n')[0]).toBe('id,email,name,role,language,active');
    expect(list.stdout).toContain('script.admin@test.example');
  });

  it('seeds the demo once', async () => {
    const first = await gosmart(['db', 'seed']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Seeded 89 organisations, 11 demo accounts');
    const second = await gosmart(['db', 'seed']);
    expect(second.stdout).toContain('already present');
  });

  it.skipIf(Boolean(TEST_DATABASE_URL))(
    'refuses, in one line, to open an embedded database the server is using',
    async () => {
      const server: ChildProcess = spawn(process.execPath, [GOSMART_BIN, 'serve'], {
        env: { ...env, PORT: '0', HOST: '127.0.0.1' },
      });
      try {
        await new Promise<void>((resolve, reject) => {
          let output = '';
          server.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (output.includes('GoSmart is running')) resolve();
          });
          server.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
        });
        const blocked = await gosmart(['db', 'status']);
        expect(blocked.code).toBe(1);
        expect(blocked.stderr.trim().split('\n')).toHaveLength(1);
        expect(blocked.stderr).toMatch(/is in use by the GoSmart server \(pid \d+\)/);
      } finally {
        server.kill('SIGTERM');
        await new Promise((resolve) => server.once('exit', resolve));
      }
      // Once the server has stopped, the CLI opens the same database again.
      expect((await gosmart(['db', 'status'])).code).toBe(0);
    },
  );
});
