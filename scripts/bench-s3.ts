// S3 analytics benchmark, synthetic part (issue 3, "Performance").
//
//   npx tsx scripts/bench-s3.ts [--years 10] [--no-baseline] [--no-write]
//
// Generates a 1,500 regions × 1,000 activities × 10 years panel with a fixed seed, computes
// the full metric set (RCA, M, proximity, density, ECI/PCI, COI, COG) per year with
// `computeMetrics`, on one thread and with the years split over two worker threads, and a
// straightforward baseline (dense nested loops, ml-matrix's general EigenvalueDecomposition
// of M̃) on one year of the same data — the baseline is too slow for the whole panel. Each
// configuration runs in its own child process so that its peak RSS is its own. Prints a
// markdown table and writes it to docs/benchmarks.md, section "## S3 analytics (synthetic
// panel)" (other sections are kept). `runSyntheticBenchmark()` returns the rows.

import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import {
  computeMetrics,
  type MetricsResult,
  type ValueMatrix,
} from '../src/modules/s3/domain/metrics/index.ts';

export const SYNTHETIC_PANEL = { regions: 1500, activities: 1000, years: 10, seed: 20240521 } as const;
const SECTION_HEADING = '## S3 analytics (synthetic panel)';
const COMMAND = 'npx tsx scripts/bench-s3.ts';
const BENCHMARKS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

// ---------------------------------------------------------------------------------------
// Synthetic panel

/** mulberry32 */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

type PanelSpec = { regions: number; activities: number; years: number; seed: number };

/** What stays the same across years: sizes, capabilities, persistent region × activity effects. */
type PanelStructure = {
  spec: PanelSpec;
  level: Float64Array; // log size of each cell before the yearly noise
  growth: Float64Array; // yearly log growth of each activity
  isStructuralZero: Uint8Array;
};

/**
 * log X[r,a,t] = 3 + α_r + β_a + γ_ra + (c_r − q_a) + g_a·t + ε_rat, with region size α ~ N(0,1),
 * activity size β ~ N(0,1), interaction γ ~ N(0, 0.8²), region capability c and activity
 * sophistication q ~ U(0,1), activity growth g ~ N(0.02, 0.03²), yearly noise ε ~ N(0, 0.15²).
 * A cell is 0 with probability logistic(5(q_a − c_r) − 1.3) (sophisticated activities are
 * missing from less capable regions: about 30 % zeros), and 2 % of cells switch each year.
 */
function panelStructure(spec: PanelSpec): PanelStructure {
  const random = generator(spec.seed);
  const { regions: nR, activities: nA } = spec;
  const regionSize = Float64Array.from({ length: nR }, () => normal(random));
  const capability = Float64Array.from({ length: nR }, () => random());
  const activitySize = Float64Array.from({ length: nA }, () => normal(random));
  const sophistication = Float64Array.from({ length: nA }, () => random());
  const growth = Float64Array.from({ length: nA }, () => 0.02 + 0.03 * normal(random));
  const level = new Float64Array(nR * nA);
  const isStructuralZero = new Uint8Array(nR * nA);
  for (let r = 0; r < nR; r++) {
    for (let a = 0; a < nA; a++) {
      const gap = (sophistication[a] ?? 0) - (capability[r] ?? 0);
      const cell = r * nA + a;
      level[cell] = 3 + (regionSize[r] ?? 0) + (activitySize[a] ?? 0) + 0.8 * normal(random) - gap;
      isStructuralZero[cell] = random() < 1 / (1 + Math.exp(-(5 * gap - 1.3))) ? 1 : 0;
    }
  }
  return { spec, level, growth, isStructuralZero };
}

function syntheticYear(structure: PanelStructure, year: number): ValueMatrix {
  const { spec, level, growth, isStructuralZero } = structure;
  const random = generator(spec.seed + 1000 * (year + 1));
  const values = new Float64Array(level.length);
  for (let cell = 0; cell < values.length; cell++) {
    const isZero = (isStructuralZero[cell] === 1) !== random() < 0.02;
    const noise = 0.15 * normal(random);
    const a = cell % spec.activities;
    values[cell] = isZero ? 0 : Math.round(Math.exp((level[cell] ?? 0) + (growth[a] ?? 0) * year + noise));
  }
  return {
    regions: Array.from({ length: spec.regions }, (_, r) => `R${String(r).padStart(4, '0')}`),
    activities: Array.from({ length: spec.activities }, (_, a) => `A${String(a).padStart(4, '0')}`),
    values,
  };
}

// ---------------------------------------------------------------------------------------
// Baseline: the textbook computation, dense and direct (atlas convention)

type BaselineResult = {
  eci: Float64Array;
  pci: Float64Array;
  density: Float64Array;
  cog: Float64Array;
  coi: Float64Array;
};

export function baselineMetrics(matrix: ValueMatrix): BaselineResult {
  const nR = matrix.regions.length;
  const n = matrix.activities.length;
  const x = matrix.values;
  const rowTotal = new Float64Array(nR);
  const colTotal = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < nR; r++) {
    for (let a = 0; a < n; a++) {
      const v = x[r * n + a] ?? 0;
      rowTotal[r] = (rowTotal[r] ?? 0) + v;
      colTotal[a] = (colTotal[a] ?? 0) + v;
      total += v;
    }
  }
  const m = new Float64Array(nR * n);
  const d = new Float64Array(nR);
  const u = new Float64Array(n);
  for (let r = 0; r < nR; r++) {
    for (let a = 0; a < n; a++) {
      const rca = (x[r * n + a] ?? 0) / (rowTotal[r] ?? 1) / ((colTotal[a] ?? 1) / total);
      const present = rca >= 1 ? 1 : 0;
      m[r * n + a] = present;
      d[r] = (d[r] ?? 0) + present;
      u[a] = (u[a] ?? 0) + present;
    }
  }
  // Proximity: co-occurrence by a dense triple loop, then C_ij / max(u_i, u_j), diagonal 0.
  const phi = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let c = 0;
      for (let r = 0; r < nR; r++) c += (m[r * n + i] ?? 0) * (m[r * n + j] ?? 0);
      const value = c / Math.max(u[i] ?? 1, u[j] ?? 1);
      phi[i * n + j] = value;
      phi[j * n + i] = value;
    }
  }
  const phiTotal = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) phiTotal[i] = (phiTotal[i] ?? 0) + (phi[i * n + j] ?? 0);
  const density = new Float64Array(nR * n);
  for (let r = 0; r < nR; r++) {
    for (let a = 0; a < n; a++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (m[r * n + j] ?? 0) * (phi[a * n + j] ?? 0);
      density[r * n + a] = s / (phiTotal[a] ?? 1);
    }
  }
  // ECI/PCI: eigenvector of the second largest eigenvalue of M̃ = (M/u)ᵀ(M/d), general solver.
  const mm = new Matrix(nR, n);
  const md = new Matrix(nR, n);
  for (let r = 0; r < nR; r++) {
    for (let a = 0; a < n; a++) {
      mm.set(r, a, (m[r * n + a] ?? 0) / (u[a] ?? 1));
      md.set(r, a, (m[r * n + a] ?? 0) / (d[r] ?? 1));
    }
  }
  const decomposition = new EigenvalueDecomposition(mm.transpose().mmul(md));
  const order = decomposition.realEigenvalues
    .map((value, i) => [value, i] as const)
    .sort((p, q) => q[0] - p[0]);
  const kp = Float64Array.from(decomposition.eigenvectorMatrix.getColumn(order[1]?.[1] ?? 0));
  const kc = new Float64Array(nR);
  for (let r = 0; r < nR; r++) {
    let s = 0;
    for (let a = 0; a < n; a++) s += (m[r * n + a] ?? 0) * (kp[a] ?? 0);
    kc[r] = s / (d[r] ?? 1);
  }
  const sign = Math.sign(pearson(kc, d));
  kc.forEach((v, i) => (kc[i] = sign * v));
  kp.forEach((v, i) => (kp[i] = sign * v));
  const eciScale = tableScale(kc, n);
  const cog = new Float64Array(nR * n);
  const coi = new Float64Array(nR);
  for (let r = 0; r < nR; r++) {
    for (let a = 0; a < n; a++) {
      const absent = 1 - (m[r * n + a] ?? 0);
      coi[r] = (coi[r] ?? 0) + absent * (density[r * n + a] ?? 0) * (kp[a] ?? 0);
      let s = 0;
      for (let j = 0; j < n; j++)
        s += (1 - (m[r * n + j] ?? 0)) * (phi[a * n + j] ?? 0) * ((kp[j] ?? 0) / (phiTotal[j] ?? 1));
      cog[r * n + a] = (absent * s) / eciScale.sd;
    }
  }
  const coiScale = tableScale(coi, n);
  return {
    eci: kc.map((v) => (v - eciScale.mean) / eciScale.sd),
    pci: kp.map((v) => (v - eciScale.mean) / eciScale.sd),
    density,
    cog,
    coi: coi.map((v) => (v - coiScale.mean) / coiScale.sd),
  };
}

function pearson(x: Float64Array, y: Float64Array): number {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((v, i) => {
    sxy += (v - mx) * ((y[i] ?? 0) - my);
    sxx += (v - mx) ** 2;
    syy += ((y[i] ?? 0) - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** Stata's mean and n − 1 sd over the rectangular region × activity table. */
function tableScale(values: Float64Array, nActivities: number): { mean: number; sd: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const squares = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  return { mean, sd: Math.sqrt((nActivities * squares) / (values.length * nActivities - 1)) };
}

function maxDifference(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  a.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - (b[i] ?? Number.NaN)))));
  return worst;
}

// ---------------------------------------------------------------------------------------
// Measurements (each runs in a child process)

type Measurement = {
  configuration: 'sequential' | 'parallel' | 'baseline';
  yearsMeasured: number;
  msPerYear: number[];
  msWall: number;
  peakRssMb: number;
  details: Record<string, number>;
};

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
}

function describeResult(result: MetricsResult): Record<string, number> {
  let present = 0;
  for (const v of result.m) present += v;
  let zeros = 0;
  for (const v of result.rca) zeros += v === 0 ? 1 : 0;
  return {
    mShare: present / result.m.length,
    zeroShare: zeros / result.m.length,
    eigenvalue: result.eigenvalue ?? Number.NaN,
  };
}

function measureSequential(spec: PanelSpec): Measurement {
  const structure = panelStructure(spec);
  const results: MetricsResult[] = []; // kept, as an application holding a panel would
  const msPerYear: number[] = [];
  let cpuMs = 0; // less sensitive than wall time to other processes on a shared machine
  for (let year = 0; year < spec.years; year++) {
    const matrix = syntheticYear(structure, year);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    results.push(computeMetrics(matrix));
    const cpu = process.cpuUsage(cpuStart);
    cpuMs += (cpu.user + cpu.system) / 1000;
    msPerYear.push(performance.now() - start);
  }
  const first = results[0];
  return {
    configuration: 'sequential',
    yearsMeasured: spec.years,
    msPerYear,
    msWall: msPerYear.reduce((s, v) => s + v, 0),
    peakRssMb: peakRssMb(),
    details: { ...(first ? describeResult(first) : {}), cpuMsPerYear: cpuMs / spec.years },
  };
}

type WorkerTask = { spec: PanelSpec; years: number[] };
type WorkerReport = { type: 'ready' } | { type: 'done'; msPerYear: number[] };

/** Years split round-robin over worker threads; each generates its own years before the clock starts. */
async function measureParallel(spec: PanelSpec, workers: number): Promise<Measurement> {
  const api = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  const code = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}))`;
  const pool = Array.from({ length: workers }, (_, w) => {
    const task: WorkerTask = {
      spec,
      years: Array.from({ length: spec.years }, (_, y) => y).filter((y) => y % workers === w),
    };
    return new Worker(code, { eval: true, workerData: task });
  });
  const next = (worker: Worker): Promise<WorkerReport> =>
    new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  await Promise.all(pool.map(next));
  const start = performance.now();
  const reports = await Promise.all(
    pool.map((worker) => {
      const done = next(worker);
      worker.postMessage('go');
      return done;
    }),
  );
  const msWall = performance.now() - start;
  await Promise.all(pool.map((worker) => worker.terminate()));
  const msPerYear = reports.flatMap((report) => (report.type === 'done' ? report.msPerYear : []));
  return {
    configuration: 'parallel',
    yearsMeasured: spec.years,
    msPerYear,
    msWall,
    peakRssMb: peakRssMb(),
    details: { workers },
  };
}

function runWorker(task: WorkerTask): void {
  const port = parentPort;
  if (!port) return;
  const structure = panelStructure(task.spec);
  const matrices = task.years.map((year) => syntheticYear(structure, year));
  port.once('message', () => {
    const results: MetricsResult[] = [];
    const msPerYear = matrices.map((matrix) => {
      const start = performance.now();
      results.push(computeMetrics(matrix));
      return performance.now() - start;
    });
    port.postMessage({ type: 'done', msPerYear } satisfies WorkerReport);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReport);
}

function measureBaseline(spec: PanelSpec): Measurement {
  const matrix = syntheticYear(panelStructure(spec), 0);
  const start = performance.now();
  const baseline = baselineMetrics(matrix);
  const ms = performance.now() - start;
  // Same numbers as the fast path (checked on this year).
  const fast = computeMetrics(matrix);
  return {
    configuration: 'baseline',
    yearsMeasured: 1,
    msPerYear: [ms],
    msWall: ms,
    peakRssMb: peakRssMb(),
    details: {
      maxDiffEci: maxDifference(baseline.eci, fast.eci),
      maxDiffPci: maxDifference(baseline.pci, fast.pci),
      maxDiffDensity: maxDifference(baseline.density, fast.density),
      maxDiffCoi: maxDifference(baseline.coi, fast.coi),
      maxDiffCog: maxDifference(baseline.cog, fast.cog),
    },
  };
}

function runInChild(configuration: Measurement['configuration'], spec: PanelSpec): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(
      fileURLToPath(import.meta.url),
      ['--child', configuration, '--years', String(spec.years)],
      {
        execArgv: ['--import', import.meta.resolve('tsx')],
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      },
    );
    child.once('message', (message: Measurement) => resolve(message));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`benchmark child ${configuration} exited with ${code}`));
    });
  });
}

async function measure(configuration: Measurement['configuration'], spec: PanelSpec): Promise<Measurement> {
  if (configuration === 'sequential') return measureSequential(spec);
  if (configuration === 'parallel') return measureParallel(spec, 2);
  return measureBaseline(spec);
}

// ---------------------------------------------------------------------------------------
// Report

export type BenchmarkRow = {
  implementation: string;
  input: string;
  yearsMeasured: number;
  /** Mean computation time of one year. */
  msPerYear: number;
  /** Wall time for the whole panel; extrapolated (years × msPerYear) when only one year was measured. */
  msPanel: number;
  isPanelExtrapolated: boolean;
  peakRssMb: number;
  /** Baseline time per year / this time per year. */
  speedUp: number;
  /** Computation time of each measured year (per worker thread when parallel). */
  msYears: number[];
  details: Record<string, number>;
};

export type BenchmarkOptions = { years?: number; baseline?: boolean };

export async function runSyntheticBenchmark(options: BenchmarkOptions = {}): Promise<BenchmarkRow[]> {
  const spec: PanelSpec = { ...SYNTHETIC_PANEL, years: options.years ?? SYNTHETIC_PANEL.years };
  const input = `${spec.regions.toLocaleString('en')} regions × ${spec.activities.toLocaleString('en')} activities × ${spec.years} years`;
  const configurations: Measurement['configuration'][] = ['sequential', 'parallel'];
  if (options.baseline !== false) configurations.push('baseline');
  const measurements: Measurement[] = [];
  for (const configuration of configurations) measurements.push(await runInChild(configuration, spec));
  const perYear = (m: Measurement) => m.msPerYear.reduce((s, v) => s + v, 0) / m.msPerYear.length;
  const baseline = measurements.find((m) => m.configuration === 'baseline');
  const labels = {
    sequential: 'computeMetrics, 1 thread',
    parallel: 'computeMetrics, years over 2 worker threads',
    baseline: 'baseline: dense loops + ml-matrix EigenvalueDecomposition (1 year measured)',
  } as const;
  return measurements.map((m) => ({
    implementation: labels[m.configuration],
    input,
    yearsMeasured: m.yearsMeasured,
    msPerYear: m.configuration === 'parallel' ? m.msWall / spec.years : perYear(m),
    msPanel: m.configuration === 'baseline' ? perYear(m) * spec.years : m.msWall,
    isPanelExtrapolated: m.configuration === 'baseline',
    peakRssMb: m.peakRssMb,
    speedUp: baseline
      ? perYear(baseline) / (m.configuration === 'parallel' ? m.msWall / spec.years : perYear(m))
      : Number.NaN,
    msYears: m.msPerYear,
    details: m.details,
  }));
}

export function markdownReport(
  rows: BenchmarkRow[],
  context: { loadAverage: number[]; loadAverageAfter: number[] },
): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  const table = [
    '| implementation | input | years measured | time per year (s) | panel (s) | peak RSS (MB) | speed-up vs baseline |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.implementation} | ${row.input} | ${row.yearsMeasured} | ${seconds(row.msPerYear)} | ${row.isPanelExtrapolated ? '≈ ' : ''}${seconds(row.msPanel)} | ${row.peakRssMb.toFixed(0)} | ${Number.isNaN(row.speedUp) ? '–' : `${row.speedUp.toFixed(1)}×`} |`,
    ),
  ];
  const first = rows.find((row) => row.details.mShare !== undefined)?.details ?? {};
  const sequential = rows.find((row) => row.details.mShare !== undefined);
  const baseline = rows.find((row) => row.isPanelExtrapolated)?.details;
  return [
    SECTION_HEADING,
    '',
    `Command: \`${COMMAND}\` (the synthetic part; seed ${SYNTHETIC_PANEL.seed}). Machine: ${cpu}, ${os.cpus().length} cores, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; ` +
      `load average ${context.loadAverage.map((v) => v.toFixed(2)).join(' / ')} (1/5/15 min) at the start, ` +
      `${context.loadAverageAfter.map((v) => v.toFixed(2)).join(' / ')} at the end. Measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    'The full metric set per year (RCA, M, diversity/ubiquity, structure indices, proximity, density, ECI/PCI, COI, COG; ' +
      '`atlas` convention). Times exclude generating the data. Each configuration runs in its own process; peak RSS is that ' +
      "process's maximum resident set (workers included), with all years' results kept in memory.",
    '',
    ...table,
    '',
    sequential
      ? `Per year on 1 thread (s): ${sequential.msYears.map((ms) => seconds(ms)).join(', ')} (the first includes JIT warm-up); ` +
        `CPU time ${seconds(sequential.details.cpuMsPerYear ?? Number.NaN)} s per year on average.`
      : '',
    '',
    `Data: lognormal sizes with region and activity effects and capability-driven zeros (${pct(first.zeroShare)} zeros, ` +
      `${pct(first.mShare)} of cells with RCA ≥ 1 in year 1; λ₂ of M̃ ${Number(first.eigenvalue ?? Number.NaN).toFixed(3)}).` +
      (baseline
        ? ` The baseline agrees with computeMetrics on the measured year: largest absolute differences ECI ${baseline.maxDiffEci?.toExponential(1)}, ` +
          `PCI ${baseline.maxDiffPci?.toExponential(1)}, density ${baseline.maxDiffDensity?.toExponential(1)}, COI ${baseline.maxDiffCoi?.toExponential(1)}, ` +
          `COG ${baseline.maxDiffCog?.toExponential(1)}. Its panel figure is 10 × the measured year.`
        : ''),
    '',
  ].join('\n');
}

function pct(share: number | undefined): string {
  return share === undefined ? '?' : `${(100 * share).toFixed(0)} %`;
}

/** Replaces the section under `heading` (up to the next "## " heading) or appends it. */
export function replaceSection(markdown: string, heading: string, section: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}`.trimStart();
  const nextHeading = markdown.indexOf('\n## ', start + heading.length);
  const end = nextHeading < 0 ? markdown.length : nextHeading + 1;
  return `${markdown.slice(0, start)}${section}${end < markdown.length ? '\n' : ''}${markdown.slice(end)}`;
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const years = Number(argument('--years') ?? SYNTHETIC_PANEL.years);
  const child = argument('--child');
  if (child === 'sequential' || child === 'parallel' || child === 'baseline') {
    const measurement = await measure(child, { ...SYNTHETIC_PANEL, years });
    process.send?.(measurement);
    return;
  }
  const loadAverage = os.loadavg();
  const rows = await runSyntheticBenchmark({ years, baseline: !process.argv.includes('--no-baseline') });
  const section = markdownReport(rows, { loadAverage, loadAverageAfter: os.loadavg() });
  console.log(section);
  if (!process.argv.includes('--no-write')) {
    const current = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
    writeFileSync(BENCHMARKS_FILE, replaceSection(current, SECTION_HEADING, section));
    console.log(`written to ${BENCHMARKS_FILE}`);
  }
}

if (!isMainThread) {
  const task: WorkerTask = workerData;
  runWorker(task);
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
