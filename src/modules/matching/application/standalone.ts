// Matching a standalone set of profiles (JSON Lines), without the database: the CLI's
// `gosmart match --profiles FILE.jsonl` and the evaluation harness use it.
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig } from '../domain/config.ts';
import type { MatchInput } from '../domain/document.ts';
import { MatchingEngine } from '../domain/engine.ts';
import { ZStandaloneProfile, type TStandaloneProfile } from '../contract.ts';
import { MatchingError } from '../errors.ts';
import { Worker } from 'node:worker_threads';
import { codeLabels } from './engines.ts';
import { matchOutput, type MatchOutput } from './output.ts';

export function standaloneInput(profile: TStandaloneProfile): MatchInput {
  return {
    id: profile.id,
    kind: 'profile',
    role: profile.type,
    title: profile.title,
    summary: profile.summary,
    description: profile.description,
    partnerSought: profile.partner_sought,
    nace: profile.nace,
    techFields: profile.tech_fields,
    s3Domains: profile.s3_domains,
    partnershipTypes: profile.partnership_types,
    country: profile.country,
    targetCountries: profile.target_countries,
    trl: profile.trl,
    stage: null,
    language: profile.language,
    helix: null,
    sizeClass: null,
    publishedAt: null,
    expiresAt: null,
    // Each standalone profile is its own organisation.
    organisationId: null,
  };
}

/** Parses JSON Lines; every error names the line and the field. Blank lines are skipped. */
export function parseProfilesJsonl(text: string): MatchInput[] {
  const inputs: MatchInput[] = [];
  const errors: { path: string; message: string }[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const at = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ path: at, message: 'is not valid JSON' });
      return;
    }
    const parsed = ZStandaloneProfile.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ path: `${at}: ${issue.path.join('.') || 'profile'}`, message: issue.message });
      return;
    }
    if (ids.has(parsed.data.id)) errors.push({ path: `${at}: id`, message: `repeats id ${parsed.data.id}` });
    ids.add(parsed.data.id);
    inputs.push(standaloneInput(parsed.data));
  });
  if (errors.length > 0) {
    throw new MatchingError(
      'INVALID_INPUT',
      `${errors.length} error(s) in the profiles; nothing matched`,
      errors,
    );
  }
  return inputs;
}

/** Every profile's best `top` matches among the others, in input order. */
export function matchStandalone(
  inputs: MatchInput[],
  options: { top: number; now: number; config?: MatchingConfig; onProgress?: (done: number) => void },
): { results: { id: string; matches: MatchOutput[] }[] } {
  const engine = new MatchingEngine(options.config ?? DEFAULT_MATCHING_CONFIG, codeLabels());
  engine.add(inputs);
  const results = inputs.map((input, index) => {
    const matches = engine.matches(input, { top: options.top, now: options.now }).map(matchOutput);
    options.onProgress?.(index + 1);
    return { id: input.id, matches };
  });
  return { results };
}

/** Workers run the TypeScript sources through tsx, as the CLI does. */
const WORKER_ENTRY = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register();` +
      `await import(${JSON.stringify(new URL('./batch-worker.ts', import.meta.url).href)});`,
  )}`,
);

export type BatchResult = { results: { id: string; matches: MatchOutput[] }[] };

/**
 * The same as `matchStandalone`, spread over worker threads: each builds the index of every profile
 * and matches its share, so the output is identical, in input order.
 */
export async function matchBatch(
  inputs: MatchInput[],
  options: { top: number; now: number; workers: number; onProgress?: (done: number) => void },
): Promise<BatchResult> {
  const workers = Math.min(options.workers, Math.ceil(inputs.length / 1000));
  if (workers <= 1) return matchStandalone(inputs, options);
  const results: BatchResult['results'] = new Array(inputs.length);
  let done = 0;
  const share = Math.ceil(inputs.length / workers);
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const start = w * share;
      const end = Math.min(inputs.length, start + share);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER_ENTRY, {
          workerData: { inputs, start, end, top: options.top, now: options.now },
        });
        worker.on('message', (message: { from: number; results: BatchResult['results'] }) => {
          message.results.forEach((result, i) => (results[message.from + i] = result));
          done += message.results.length;
          options.onProgress?.(done);
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`matching worker exited with ${code}`)),
        );
      });
    }),
  );
  return { results };
}
