import { readFileSync } from 'node:fs';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/client.ts';
import { decodeDataFile, importDataset } from '../modules/s3/index.ts';

/** The real Eurostat files shipped with the demo, one measure each. */
export const DEMO_DATASETS = [
  {
    name: 'SBS persons employed',
    file: 'sbs_r_nuts06_r2.tsv.gz',
    selection: { indic_sb: 'V16110' },
    description: 'Eurostat SBS (sbs_r_nuts06_r2): persons employed by NUTS 2 region and NACE Rev.2 division of the business economy, 2008-2015. Source: Eurostat.',
  },
  {
    name: 'LFS employment 15-64',
    file: 'lfst_r_lfe2en2.tsv.gz',
    selection: { age: 'Y15-64' },
    description: 'Eurostat Labour Force Survey (lfst_r_lfe2en2): employed persons aged 15-64, thousands, by NUTS 2 region and NACE Rev.2 section group (A*10), 2008-2015. Source: Eurostat.',
  },
] as const;

export async function seedStatistics(db: Db, clock: Clock): Promise<number> {
  for (const dataset of DEMO_DATASETS) {
    const text = decodeDataFile(readFileSync(new URL(`./data/${dataset.file}`, import.meta.url)));
    await importDataset({ db, clock }, 'system', {
      name: dataset.name,
      description: dataset.description,
      sourceFile: dataset.file,
      text,
      selection: dataset.selection,
      isDemo: true,
    });
  }
  return DEMO_DATASETS.length;
}
