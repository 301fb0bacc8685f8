import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRecodingFile, buildStepGraph, readSteps, stepImage } from './build-nuts-recoding.ts';
import { columnIndex, decodeRk, decodeXmlText } from './build-nuts-recoding.workbook-reader.ts';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(repositoryRoot, '../shared/data');
const hasWorkbooks = existsSync(join(dataDir, 'NUTS2010-NUTS2013.xls'));

describe('workbook reader', () => {
  it.each([
    ['A1', 0],
    ['Z9', 25],
    ['AA10', 26],
    ['AB3', 27],
  ])('column of %s is %i', (reference, column) => {
    expect(columnIndex(reference)).toBe(column);
  });

  it('decodes RK numbers (integers, ÷100, truncated doubles)', () => {
    expect(decodeRk((42 << 2) | 2)).toBe(42);
    expect(decodeRk((12345 << 2) | 3)).toBe(123.45);
    // 1.0 as a double is 0x3FF00000_00000000: the RK keeps the top 30 bits.
    expect(decodeRk(0x3ff00000)).toBe(1);
  });

  it('decodes XML entities and Excel escapes', () => {
    expect(decodeXmlText('R&amp;D &lt;1&gt; &#233;&#x41;_x000D_')).toBe('R&D <1> éA\r');
  });
});

describe.skipIf(!hasWorkbooks)('build-nuts-recoding on the workbooks in shared/data', () => {
  if (!hasWorkbooks) console.warn(`NUTS workbooks not found in ${dataDir}: build tests skipped`);

  it('reads the three correspondence steps completely', () => {
    const { steps, nuts2021 } = readSteps(dataDir);
    // Row counts of the main sheets (PROVENANCE.md: 1,924 and 1,957 rows including headers).
    expect(steps.map((step) => [step.from, step.to])).toEqual([
      ['2010', '2013'],
      ['2013', '2016'],
      ['2016', '2021'],
    ]);
    expect(steps[0]?.oldCodes.size).toBe(1797);
    expect(steps[1]?.oldCodes.size).toBe(1828);
    expect(nuts2021.size).toBe(2121);
    expect(nuts2021.get('PL84')).toBe('Podlaskie');
    // Greek labels survive the BIFF8 reader (compressed and UTF-16 strings).
    expect(steps[0]?.labels.old.get('EL11')).toBe('Aνατολική Μακεδονία, Θράκη');
  });

  it('follows the workbooks: PL34 → PL84, LT00 → LT01 + LT02, DE41/DE42/FI13/FI18/FI1A absent (NUTS 2006)', () => {
    const { steps } = readSteps(dataDir);
    const graphs = steps.map(buildStepGraph);
    const [from2010, from2013] = graphs;
    if (from2010 === undefined || from2013 === undefined) throw new Error('steps missing');
    expect([...stepImage(from2013, 'PL34')]).toEqual(['PL84']);
    expect([...stepImage(from2013, 'LT00')].sort()).toEqual(['LT01', 'LT02']);
    expect([...stepImage(from2010, 'EL1')].sort()).toEqual(['EL5', 'EL6']);
    for (const code of ['DE41', 'DE42', 'FI13', 'FI18', 'FI1A'])
      expect(from2010.step.oldCodes.has(code), code).toBe(false);
    for (const code of ['DE40', 'FI1B', 'FI1C', 'FI1D'])
      expect(from2010.step.oldCodes.has(code), code).toBe(true);
  });

  it('reproduces the committed nuts-recoding.json', () => {
    const committed = JSON.parse(
      readFileSync(resolve(repositoryRoot, 'src/modules/s3/data/nuts-recoding.json'), 'utf8'),
    ) as unknown;
    const { file, orphans } = buildRecodingFile(dataDir);
    expect(JSON.parse(JSON.stringify(file))).toEqual(committed);
    expect(orphans).toEqual([
      'UKN02 (NUTS 2013→2016)',
      'UKN03 (NUTS 2013→2016)',
      'UKN04 (NUTS 2013→2016)',
      'UKN05 (NUTS 2013→2016)',
    ]);
  });
});
