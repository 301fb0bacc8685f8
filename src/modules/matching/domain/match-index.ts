// The engine's index: inverted lists of terms, NACE keys, technology keys, S3 domains and title
// trigrams over every matchable document. A query walks only the lists of its own terms and codes,
// so its cost grows with what it shares, not with the corpus. Scores equal the brute-force scorer's.
import type { MatchingConfig } from './config.ts';
import { SIGNALS, type SignalName } from './config.ts';
import type { MatchDoc } from './document.ts';
import {
  bm25Tf,
  pairFeatures,
  prepareQuery,
  signalContext,
  signalValues,
  SIGNAL_COUNT,
  type CorpusStats,
  type Features,
  type PreparedQuery,
} from './signals.ts';

export type Scored = { doc: MatchDoc; score: number };
export type ScoredWithSignals = Scored & { signals: Record<SignalName, number>; features: Features };

export type QueryOptions = {
  top: number;
  /** Epoch milliseconds: what counts as expired and fresh. */
  now: number;
  /** A filter of the caller (country, type, helix, who may see what); not part of the score. */
  accept?: ((doc: MatchDoc) => boolean) | undefined;
};

type Postings = { slots: number[]; tfs: number[] };

/** Best first; equal scores by id, so every run and both scorers give one order. */
const better = (a: Scored, b: Scored) => b.score - a.score || (a.doc.input.id < b.doc.input.id ? -1 : 1);

/** Keeps the best `size` items seen: a min-heap on `better`. */
class TopK {
  private heap: Scored[] = [];
  constructor(private readonly size: number) {}
  private worse(i: number, j: number) {
    return better(this.heap[i] as Scored, this.heap[j] as Scored) > 0;
  }
  offer(item: Scored) {
    const heap = this.heap;
    if (heap.length < this.size) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        [heap[i], heap[parent]] = [heap[parent] as Scored, heap[i] as Scored];
        i = parent;
      }
      return;
    }
    if (this.size === 0 || better(item, heap[0] as Scored) >= 0) return;
    heap[0] = item;
    let i = 0;
    for (;;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let worst = i;
      if (l < heap.length && this.worse(l, worst)) worst = l;
      if (r < heap.length && this.worse(r, worst)) worst = r;
      if (worst === i) break;
      [heap[i], heap[worst]] = [heap[worst] as Scored, heap[i] as Scored];
      i = worst;
    }
  }
  sorted(): Scored[] {
    return [...this.heap].sort(better);
  }
}

export class MatchIndex implements CorpusStats {
  private docs: (MatchDoc | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly terms = new Map<string, Postings>();
  private readonly nace = new Map<string, number[]>();
  private readonly tech = new Map<string, number[]>();
  private readonly s3 = new Map<string, number[]>();
  private readonly trigrams = new Map<string, number[]>();
  private readonly documentFrequency = new Map<string, number>();
  private totalLength = 0;
  private live = 0;
  // Accumulators reused by every query (queries run one at a time in a process).
  private text = new Float64Array(0);
  private naceAcc = new Float64Array(0);
  private techAcc = new Float64Array(0);
  private s3Acc = new Float64Array(0);
  private shared = new Float64Array(0);
  private touched = new Uint8Array(0);

  constructor(readonly config: MatchingConfig) {}

  get documentCount() {
    return this.live;
  }
  get averageLength() {
    return this.live === 0 ? 0 : this.totalLength / this.live;
  }
  df(term: string) {
    return this.documentFrequency.get(term) ?? 0;
  }
  get(id: string): MatchDoc | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : (this.docs[slot] ?? undefined);
  }
  ids(): string[] {
    return [...this.slotOf.keys()];
  }

  /** Adds a document, or replaces the one with its id. */
  upsert(doc: MatchDoc) {
    this.remove(doc.input.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.slotOf.set(doc.input.id, slot);
    this.live += 1;
    this.totalLength += doc.length;
    for (const [term, tf] of doc.terms) {
      let postings = this.terms.get(term);
      if (!postings) this.terms.set(term, (postings = { slots: [], tfs: [] }));
      postings.slots.push(slot);
      postings.tfs.push(tf);
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    const add = (lists: Map<string, number[]>, key: string) => {
      const list = lists.get(key);
      if (list) list.push(slot);
      else lists.set(key, [slot]);
    };
    for (const key of doc.naceKeys) add(this.nace, key);
    for (const key of doc.techKeys) add(this.tech, key);
    for (const key of doc.s3Keys) add(this.s3, key);
    for (const trigram of doc.titleTrigrams) add(this.trigrams, trigram);
  }

  /** Removes a document; its postings stay until the index compacts itself. */
  remove(id: string) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot] as MatchDoc;
    this.docs[slot] = null;
    this.slotOf.delete(id);
    this.live -= 1;
    this.totalLength -= doc.length;
    for (const term of doc.terms.keys()) {
      const df = (this.documentFrequency.get(term) ?? 1) - 1;
      if (df === 0) this.documentFrequency.delete(term);
      else this.documentFrequency.set(term, df);
    }
    if (this.docs.length > 1000 && this.live < this.docs.length / 2) this.compact();
  }

  private compact() {
    const docs = this.docs.filter((doc): doc is MatchDoc => doc !== null);
    this.docs = [];
    this.slotOf.clear();
    for (const map of [this.terms, this.nace, this.tech, this.s3, this.trigrams, this.documentFrequency]) map.clear();
    this.totalLength = 0;
    this.live = 0;
    for (const doc of docs) this.upsert(doc);
  }

  prepare(doc: MatchDoc): PreparedQuery {
    return prepareQuery(doc, this, this.config);
  }

  /** The best `top` matches of a query document, best first. */
  query(q: PreparedQuery, options: QueryOptions): Scored[] {
    const n = this.docs.length;
    if (this.touched.length < n) {
      const size = Math.max(n, this.touched.length * 2);
      this.text = new Float64Array(size);
      this.naceAcc = new Float64Array(size);
      this.techAcc = new Float64Array(size);
      this.s3Acc = new Float64Array(size);
      this.shared = new Float64Array(size);
      this.touched = new Uint8Array(size);
    }
    const { text, naceAcc, techAcc, s3Acc, shared, touched } = this;
    const candidates: number[] = [];
    const touch = (slot: number) => {
      if (touched[slot] === 0) {
        touched[slot] = 1;
        candidates.push(slot);
      }
    };
    const average = q.averageLength;
    for (const { term, weight } of q.terms) {
      const postings = this.terms.get(term);
      if (!postings) continue;
      const { slots, tfs } = postings;
      for (let i = 0; i < slots.length; i += 1) {
        const slot = slots[i] as number;
        const doc = this.docs[slot];
        if (!doc) continue;
        text[slot] = (text[slot] as number) + weight * bm25Tf(tfs[i] as number, doc.length, average, this.config);
        touch(slot);
      }
    }
    const maxInto = (lists: Map<string, number[]>, weights: [string, number][], acc: Float64Array) => {
      for (const [key, weight] of weights) {
        for (const slot of lists.get(key) ?? []) {
          if (this.docs[slot] === null) continue;
          if ((acc[slot] as number) < weight) acc[slot] = weight;
          touch(slot);
        }
      }
    };
    maxInto(this.nace, q.naceWeights, naceAcc);
    maxInto(this.tech, q.techWeights, techAcc);
    maxInto(
      this.s3,
      q.doc.s3Keys.map((key) => [key, 1]),
      s3Acc,
    );
    // Shared title trigrams count only for documents that share something else.
    for (const trigram of q.doc.titleTrigrams) {
      for (const slot of this.trigrams.get(trigram) ?? []) if (touched[slot] === 1) shared[slot] = (shared[slot] as number) + 1;
    }

    const ctx = signalContext(this.config, options.now);
    const values = new Float64Array(SIGNAL_COUNT);
    const best = new TopK(options.top);
    const features: Features = { text: 0, nace: 0, tech: 0, s3: 0, sharedTrigrams: 0 };
    for (const slot of candidates) {
      const doc = this.docs[slot] as MatchDoc;
      features.text = text[slot] as number;
      features.nace = naceAcc[slot] as number;
      features.tech = techAcc[slot] as number;
      features.s3 = s3Acc[slot] as number;
      features.sharedTrigrams = shared[slot] as number;
      text[slot] = naceAcc[slot] = techAcc[slot] = s3Acc[slot] = shared[slot] = 0;
      touched[slot] = 0;
      if (options.accept && !options.accept(doc)) continue;
      const score = signalValues(q, doc, features, ctx, values);
      if (score >= this.config.minScore) best.offer({ doc, score });
    }
    return best.sorted();
  }

  /** The live documents, for the brute-force scorer. */
  all(): MatchDoc[] {
    return this.docs.filter((doc): doc is MatchDoc => doc !== null);
  }
}

/** The signals of one pair, computed directly; the score equals the index's for the same corpus. */
export function scorePair(
  q: PreparedQuery,
  c: MatchDoc,
  config: MatchingConfig,
  now: number,
): ScoredWithSignals | null {
  const features = pairFeatures(q, c, config);
  const values = new Float64Array(SIGNAL_COUNT);
  const score = signalValues(q, c, features, signalContext(config, now), values);
  if (score < config.minScore) return null;
  const signals = Object.fromEntries(SIGNALS.map((name, i) => [name, values[i] as number])) as Record<
    SignalName,
    number
  >;
  return { doc: c, score, signals, features };
}

/** The baseline: score the query against every document, then sort. */
export function bruteForceTop(q: PreparedQuery, docs: MatchDoc[], options: QueryOptions, config: MatchingConfig) {
  const ctx = signalContext(config, options.now);
  const values = new Float64Array(SIGNAL_COUNT);
  const scored: Scored[] = [];
  for (const doc of docs) {
    if (options.accept && !options.accept(doc)) continue;
    const score = signalValues(q, doc, pairFeatures(q, doc, config), ctx, values);
    if (score >= config.minScore) scored.push({ doc, score });
  }
  return scored.sort(better).slice(0, options.top);
}
