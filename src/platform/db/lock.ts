import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError';
}

export type DirectoryLock = { release(): void };

/**
 * PGlite is a single-process database: two processes writing one data directory corrupt it.
 * A lock file holding the owner's pid makes the second process fail with a clear message;
 * a lock left by a process that no longer runs is taken over.
 */
export function lockDirectory(dir: string, purpose: string): DirectoryLock {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'gosmart.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n${purpose}\n`);
      closeSync(fd);
      let isReleased = false;
      const release = () => {
        if (isReleased) return;
        isReleased = true;
        process.off('exit', release);
        rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if (!isErrnoException(error) || error.code !== 'EEXIST') throw error;
      const [pidText = '', owner = 'another process'] = readFileSync(file, 'utf8').split('\n');
      const pid = Number(pidText);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid)) {
        throw new DatabaseLockedError(
          `The embedded database in ${dir} is in use by ${owner} (pid ${pid}); stop it first, or point DATABASE_URL at a PostgreSQL server to share one database.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DatabaseLockedError(`Could not lock the embedded database in ${dir}.`);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrnoException(error) && error.code === 'EPERM';
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
