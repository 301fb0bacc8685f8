// A worker thread of `matchBatch`: builds the same index over every profile and matches the chunks
// numbered worker, worker + workers, …, each sent back as JSON lines.
import { parentPort, workerData } from 'node:worker_threads';
import type { MatchInput } from '../domain/document.ts';
import { matchChunk, type BatchJob } from './batch.ts';
import { standaloneEngine } from './standalone.ts';

const job = workerData as BatchJob & { inputs: MatchInput[]; worker: number; workers: number };
const engine = standaloneEngine(job.inputs);
for (let chunk = job.worker; chunk * job.chunkSize < job.inputs.length; chunk += job.workers) {
  parentPort?.postMessage({ chunk, lines: matchChunk(engine, job.inputs, chunk, job) });
}
