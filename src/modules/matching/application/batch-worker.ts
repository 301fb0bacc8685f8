// A worker thread of `matchBatch`: builds the same index over every profile and matches its share.
import { parentPort, workerData } from 'node:worker_threads';
import type { MatchInput } from '../domain/document.ts';
import { MatchingEngine } from '../domain/engine.ts';
import { codeLabels } from './engines.ts';
import { matchOutput } from './output.ts';

type Job = { inputs: MatchInput[]; start: number; end: number; top: number; now: number };
const job = workerData as Job;
const engine = new MatchingEngine(undefined, codeLabels());
engine.add(job.inputs);
const CHUNK = 500;
for (let from = job.start; from < job.end; from += CHUNK) {
  const results = job.inputs.slice(from, Math.min(from + CHUNK, job.end)).map((input) => ({
    id: input.id,
    matches: engine.matches(input, { top: job.top, now: job.now }).map(matchOutput),
  }));
  parentPort?.postMessage({ from, results });
}
