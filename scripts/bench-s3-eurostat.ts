// Benchmark of the S3 metrics on the real Eurostat data shipped with the demo: per year, the
// full metric set with computeMetrics vs the textbook baseline of scripts/bench-s3.ts.
// Run: npm run bench:s3 (this is its second part). Writes "## S3 analytics (Eurostat data)"
// in docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { decodeDataFile } from '../src/modules/s3/index.ts';
import { buildMatrix, defaultActivityLevel, groupObservations } from '../src/modules/s3/domain/dataset-matrix.ts';
import { extractSeries, recodeSeriesToNuts2021 } from '../src/modules/s3/domain/import/index.ts';
import { computeMetrics } from '../src/modules/s3/domain/metrics/index.ts';
import { nutsRecodingTable } from '../src/modules/s3/infra/nuts-recoding-file.ts';
import { baselineMetrics, replaceSection } from './bench-s3.ts';

const HEADING = '## S3 analytics (Eurostat data)';
const FILE = new URL('../docs/benchmarks.md', import.meta.url);
const DATASETS: { file: string; selection: Record<string, string>; label: string }[] = [
  { file: 'sbs_r_nuts06_r2.tsv.gz', selection: { indic_sb: 'V16110' }, label: 'SBS persons employed (sbs_r_nuts06_r2, V16110)' },
  { file: 'lfst_r_lfe2en2.tsv.gz', selection: { age: 'Y15-64' }, label: 'LFS employment 15-64 (lfst_r_lfe2en2)' },
];

const nutsCodes = new Set(
  (JSON.parse(readFileSync(new URL('../src/modules/reference/data/nuts.json', import.meta.url), 'utf8')) as { code: string; level: number }[])
    .filter((r) => r.level === 2)
    .map((r) => r.code),
);

const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};

const rows: string[] = [];
for (const dataset of DATASETS) {
  const text = decodeDataFile(readFileSync(new URL(`../src/demo/data/${dataset.file}`, import.meta.url)));
  const [extracted, msParse] = time(() => extractSeries(text, dataset.selection));
  const [recoded, msRecode] = time(() => recodeSeriesToNuts2021(extracted, nutsRecodingTable(), new Set([...nutsCodes])));
  // NUTS-2 regions only, as the platform's default.
  const series = groupObservations(recoded.series).filter((s) => nutsCodes.has(s.region) || /^[A-Z]{2}[0-9A-Z]{2}$/.test(s.region));
  const activityLevel = defaultActivityLevel(series.map((s) => s.activity));
  let msOurs = 0;
  let msBaseline = 0;
  let shape = '';
  for (const year of recoded.series.years) {
    const matrix = buildMatrix(series, recoded.series.years, { fromYear: year, toYear: year, activityLevel });
    // Years or regions without data are reported as zero totals; the baseline needs them out.
    const [, ms] = time(() => computeMetrics(matrix));
    msOurs += ms;
    const keep = matrix.regions.map((_, r) => {
      let total = 0;
      for (let a = 0; a < matrix.activities.length; a++) total += Number.isNaN(matrix.values[r * matrix.activities.length + a] ?? 0) ? 0 : (matrix.values[r * matrix.activities.length + a] ?? 0);
      return total > 0;
    });
    const regions = matrix.regions.filter((_, r) => keep[r]);
    const values = new Float64Array(regions.length * matrix.activities.length);
    let row = 0;
    matrix.regions.forEach((_, r) => {
      if (!keep[r]) return;
      for (let a = 0; a < matrix.activities.length; a++) {
        const value = matrix.values[r * matrix.activities.length + a] ?? 0;
        values[row * matrix.activities.length + a] = Number.isNaN(value) ? 0 : value;
      }
      row++;
    });
    const [, msBase] = time(() => baselineMetrics({ regions, activities: matrix.activities, values }));
    msBaseline += msBase;
    shape = `${matrix.regions.length} regions × ${matrix.activities.length} activities`;
  }
  const years = recoded.series.years.length;
  rows.push(
    `| ${dataset.label} | ${shape} × ${years} years (${extracted.values.length.toLocaleString('en')} observations) | ${msParse.toFixed(0)} | ${msRecode.toFixed(0)} | ${(msOurs / years).toFixed(1)} | ${(msBaseline / years).toFixed(1)} | ${(msBaseline / msOurs).toFixed(1)}× |`,
  );
}

const section = [
  HEADING,
  '',
  `Command: \`npm run bench:s3\` (second part, \`tsx scripts/bench-s3-eurostat.ts\`). Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load average ${os.loadavg().map((v) => v.toFixed(2)).join(' / ')}. ` +
    `Measured ${new Date().toISOString().slice(0, 10)}.`,
  '',
  'Per dataset: parsing the shipped file (gunzipped text → columnar series), translating regions to NUTS 2021, then per year ' +
    'the full metric set at NUTS 2 with `computeMetrics` and with the dense textbook baseline (same run, same matrices).',
  '',
  '| dataset | input | parse (ms) | recode (ms) | metrics per year (ms) | baseline per year (ms) | speed-up |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
].join('\n');
console.log(section);
const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n';
writeFileSync(FILE, replaceSection(current, HEADING, section));
