// Fails when the Drizzle schema has changes that no committed migration contains (STYLE.md §12).
// drizzle-kit generates into a scratch copy of drizzle/, so the real folder is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const scratch = mkdtempSync(path.join(tmpdir(), 'gosmart-migrations-'));
try {
  cpSync('drizzle', scratch, { recursive: true });
  const result = spawnSync(
    'npx',
    ['drizzle-kit', 'generate', '--dialect', 'postgresql', '--schema', './src/modules/*/infra/*.tables.ts', '--out', path.relative(process.cwd(), scratch)],
    { encoding: 'utf8' },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    console.error(output);
    process.exit(1);
  }
  if (!output.includes('No schema changes')) {
    console.error('The schema has changes without a migration: run `npm run db:generate`, review the SQL and commit it.');
    process.exit(1);
  }
  console.log('Migrations match the schema.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
