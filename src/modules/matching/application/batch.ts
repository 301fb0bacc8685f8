// Batch matching of a standalone set of profiles, spread over worker threads, with the results
// streamed as JSON lines in input order (the output for 100,000 profiles is too big to hold).
import { Worker } from 'node:worker_threads';
import type { MatchInput } from '../domain/document.ts';
import type { MatchingEngine } from '../domain/engine.ts';
import { matchOutput } from './output.ts';
import { standaloneEngine } from './standalone.ts';

export type BatchJob = { top: number; now: number; chunkSize: number };

/** The results of one chunk of profiles, each as one line of JSON `{ "id", "matches": [...] }`. */
export function matchChunk(
  engine: MatchingEngine,
  inputs: MatchInput[],
  chunk: number,
  job: BatchJob,
): string[] {
  const from = chunk * job.chunkSize;
  return inputs.slice(from, from + job.chunkSize).map((input) =>
    JSON.stringify({
      id: input.id,
      matches: engine.matches(input, { top: job.top, now: job.now }).map(matchOutput),
    }),
  );
}

/** Workers run the TypeScript sources through tsx, as the CLI does. */
const WORKER_ENTRY = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register();` +
      `await import(${JSON.stringify(new URL('./batch-worker.ts', import.meta.url).href)});`,
  )}`,
);

/**
 * Every profile's best `top` matches among the others, handed to `write` as JSON lines in input
 * order. With several workers each builds the same index and takes every n-th chunk, so the output
 * is the same as one thread's; chunks finished early wait for the ones before them.
 */
export async function matchBatch(
  inputs: MatchInput[],
  options: { top: number; now: number; workers: number; write: (lines: string[], done: number) => void },
): Promise<void> {
  const job: BatchJob = { top: options.top, now: options.now, chunkSize: 250 };
  const chunks = Math.ceil(inputs.length / job.chunkSize);
  const workers = Math.min(options.workers, Math.ceil(inputs.length / 2000));
  let done = 0;
  if (workers <= 1) {
    const engine = standaloneEngine(inputs);
    for (let chunk = 0; chunk < chunks; chunk += 1) {
      const lines = matchChunk(engine, inputs, chunk, job);
      done += lines.length;
      options.write(lines, done);
    }
    return;
  }
  const waiting = new Map<number, string[]>();
  let next = 0;
  const arrived = (chunk: number, lines: string[]) => {
    waiting.set(chunk, lines);
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next);
      next += 1;
      done += ready.length;
      options.write(ready, done);
    }
  };
  await Promise.all(
    Array.from(
      { length: workers },
      (_, worker) =>
        new Promise<void>((resolve, reject) => {
          const thread = new Worker(WORKER_ENTRY, { workerData: { ...job, inputs, worker, workers } });
          thread.on('message', (message: { chunk: number; lines: string[] }) =>
            arrived(message.chunk, message.lines),
          );
          thread.on('error', reject);
          thread.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`matching worker exited with ${code}`)),
          );
        }),
    ),
  );
}
