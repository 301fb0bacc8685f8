// The engine's index: inverted lists of terms, NACE keys, technology fields and S3 domains over
// every matchable document. A query walks only the lists of its own terms and codes, so its cost
// grows with what it shares, not with the corpus. Its top equals the brute-force scorer's, scores
// included (docs/matching.md explains how).
import type { MatchingConfig } from './config.ts';
import { SIGNALS, type SignalName } from './config.ts';
import type { MatchDoc } from './document.ts';
import {
  bm25Tf,
  lengthNorm,
  pairFeatures,
  prepareQuery,
  signalContext,
  sharedTrigrams,
  signalValues,
  SIGNAL,
  SIGNAL_COUNT,
  maxTypeFit,
  typeFitByIndex,
  type CorpusStats,
  type Features,
  type PreparedQuery,
  type QueryTerm,
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
  get isFull(): boolean {
    return this.heap.length >= this.size;
  }
  /** The score a new item must reach to enter, once full. */
  get threshold(): number {
    return this.heap.length < this.size ? Number.NEGATIVE_INFINITY : (this.heap[0] as Scored).score;
  }
  sorted(): Scored[] {
    return [...this.heap].sort(better);
  }
}

/** Accumulator fields per slot, interleaved so one candidate is one cache line. */
const ACC = 4;
const [TEXT, NACE, TECH, S3] = [0, 1, 2, 3];

export class MatchIndex implements CorpusStats {
  private docs: (MatchDoc | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly terms = new Map<string, Postings>();
  private readonly nace = new Map<string, number[]>();
  private readonly tech = new Map<string, number[]>();
  private readonly s3 = new Map<string, number[]>();
  private readonly documentFrequency = new Map<string, number>();
  private totalLength = 0;
  private live = 0;
  private capacity = 0;
  /** Per slot: role index | WIPO sector mask << 8 | alive << 16, then the NACE section mask. */
  private meta = new Int32Array(0);
  /** Per slot: BM25 length normalisation for `normsAverage`. */
  private norms = new Float64Array(0);
  private normsAverage = Number.NaN;
  // Reused by every query (queries run one at a time in a process).
  private acc = new Float64Array(0);
  private touched = new Uint8Array(0);
  private candidates = new Int32Array(0);
  /** The candidates left after the text floor, with their sums and bounds (5 per candidate). */
  private kept = new Int32Array(0);
  private keptValues = new Float64Array(0);
  private readonly histogram = new Uint32Array(256);

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

  private grow(size: number) {
    const meta = new Int32Array(size * 2);
    meta.set(this.meta);
    this.meta = meta;
    this.norms = new Float64Array(size);
    this.normsAverage = Number.NaN;
    this.acc = new Float64Array(size * ACC);
    this.touched = new Uint8Array(size);
    this.candidates = new Int32Array(size);
    this.kept = new Int32Array(size);
    this.keptValues = new Float64Array(size * 5);
    this.capacity = size;
  }

  /** Adds a document, or replaces the one with its id. */
  upsert(doc: MatchDoc) {
    this.remove(doc.input.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    if (slot >= this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    this.meta[2 * slot] = doc.roleIndex | (doc.sectorMask << 8) | (1 << 16);
    this.meta[2 * slot + 1] = doc.sectionMask;
    this.normsAverage = Number.NaN;
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
    // Sections are compared by bit mask (sharing one alone is no reason to match), so only
    // divisions, groups and classes have lists.
    for (const key of doc.naceKeys) if (key.length > 1) add(this.nace, key);
    for (const key of doc.techKeys) add(this.tech, key);
    for (const key of doc.s3Keys) add(this.s3, key);
  }

  /** Removes a document; its postings stay (skipped) until the index compacts itself. */
  remove(id: string) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot] as MatchDoc;
    this.docs[slot] = null;
    this.meta[2 * slot] = 0;
    this.normsAverage = Number.NaN;
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
    for (const map of [this.terms, this.nace, this.tech, this.s3, this.documentFrequency]) map.clear();
    this.meta.fill(0);
    this.totalLength = 0;
    this.live = 0;
    for (const doc of docs) this.upsert(doc);
  }

  /** Every slot's length normalisation for this average length, computed again only after a change. */
  private normsFor(averageLength: number): Float64Array {
    if (this.normsAverage !== averageLength) {
      for (let slot = 0; slot < this.docs.length; slot += 1) {
        const doc = this.docs[slot];
        if (doc) this.norms[slot] = lengthNorm(doc.length, averageLength, this.config);
      }
      this.normsAverage = averageLength;
    }
    return this.norms;
  }

  prepare(doc: MatchDoc): PreparedQuery {
    return prepareQuery(doc, this, this.config);
  }

  /**
   * The best `top` matches of a query document, best first. The query's least informative terms (the
   * tail, with the longest lists) at first only add to documents that codes or other terms brought
   * in. Once those are scored, if a document reached through the tail alone could still beat the
   * last of the top, the tail's new documents are gathered and scored too: the top is always exact.
   */
  query(q: PreparedQuery, options: QueryOptions): Scored[] {
    const split = this.tailStart(q);
    const best = new TopK(options.top);
    const scoring = this.scorer(q, options, best);
    let count = this.addTerms(q, 0, split, true, 0);
    this.addTerms(q, split, q.terms.length, false, count);
    this.addCodes(q);
    scoring(0, count);
    const threshold = () => Math.max(this.config.minScore, best.threshold);
    if (split < q.terms.length && this.tailBound(q, split) >= threshold()) {
      const scored = count;
      count = this.addTerms(q, split, q.terms.length, true, count);
      this.addCodes(q);
      scoring(scored, count);
    }
    for (let c = 0; c < count; c += 1) this.touched[this.candidates[c] as number] = 0;
    if (best.isFull) this.expectedThreshold = 0.9 * this.expectedThreshold + 0.1 * threshold();
    return best.sorted();
  }

  /** The running estimate of the score of a top's last entry, to choose the tail. */
  private expectedThreshold = 0.6;

  /**
   * The highest score a document that shares only terms from `split` on could reach (it may share
   * codes too); 0 when such a document cannot pass the text floor at all.
   */
  private tailBound(q: PreparedQuery, split: number): number {
    const { config } = this;
    const w = config.weights;
    let tail = 0;
    for (let i = split; i < q.terms.length; i += 1)
      tail += (q.terms[i] as QueryTerm).weight * (config.bm25.k1 + 1);
    const text = q.textMax === 0 ? 0 : Math.min(1, tail / q.textMax / config.textSaturation);
    if (text < config.minText) return 0;
    return (
      w.type * maxTypeFit(q.doc.roleIndex) +
      w.nace +
      w.tech +
      w.s3 +
      w.text * text +
      w.partnership +
      w.title +
      w.geo +
      w.trl +
      w.freshness +
      w.fit
    );
  }

  /** Where the tail starts: as many terms as possible while a tail-only document stays below the expected last score. */
  private tailStart(q: PreparedQuery): number {
    let split = q.terms.length;
    // A wrong guess costs a second pass over the tail for the documents only it reaches.
    while (split > 0 && this.tailBound(q, split - 1) < this.expectedThreshold) split -= 1;
    return split;
  }

  /**
   * Adds the query's terms from `from` to `to` to the documents' text sums. `touch` says which
   * documents may join the candidates: any live one (head terms, or the tail's second pass), or
   * none (the tail's first pass only refines the documents already in). Documents marked 2 are
   * scored already and skipped.
   */
  private addTerms(q: PreparedQuery, from: number, to: number, touch: boolean, count: number): number {
    const { acc, touched, candidates, meta } = this;
    const norms = this.normsFor(q.averageLength);
    const k1 = this.config.bm25.k1;
    for (let t = from; t < to; t += 1) {
      const { term, weight } = q.terms[t] as QueryTerm;
      const postings = this.terms.get(term);
      if (!postings) continue;
      const { slots, tfs } = postings;
      for (let i = 0; i < slots.length; i += 1) {
        const slot = slots[i] as number;
        const state = touched[slot] as number;
        if (state === 2) continue;
        if (state === 0) {
          if (!touch || ((meta[2 * slot] as number) & 0x10000) === 0) continue;
          touched[slot] = 1;
          candidates[count++] = slot;
        }
        acc[slot * ACC + TEXT] =
          (acc[slot * ACC + TEXT] as number) + weight * bm25Tf(tfs[i] as number, norms[slot] as number, k1);
      }
    }
    return count;
  }

  /**
   * Adds the shared codes (NACE, technology fields, S3 domains) of the candidates not scored yet.
   * Codes bring in no candidate of their own: without words in common a pair is below the text floor.
   */
  private addCodes(q: PreparedQuery) {
    const { acc, touched } = this;
    const maxInto = (lists: Map<string, number[]>, weights: [string, number][], field: number) => {
      for (const [key, weight] of weights) {
        const slots = lists.get(key);
        if (!slots) continue;
        for (let i = 0; i < slots.length; i += 1) {
          const slot = slots[i] as number;
          if (touched[slot] !== 1) continue;
          const at = slot * ACC + field;
          if ((acc[at] as number) < weight) acc[at] = weight;
        }
      }
    };
    maxInto(this.nace, q.naceWeights, NACE);
    maxInto(this.tech, q.techWeights, TECH);
    maxInto(
      this.s3,
      q.doc.s3Keys.map((key) => [key, 1]),
      S3,
    );
  }

  /**
   * Scores candidates[from, to) into `best`, clearing their accumulators and marking them scored (2).
   * An upper bound from what is known (text, codes, type) with the other signals at their maximum
   * passes over most candidates without scoring them; the result is the same.
   */
  private scorer(q: PreparedQuery, options: QueryOptions, best: TopK) {
    const { acc, touched, candidates, meta, config } = this;
    const ctx = signalContext(config, options.now);
    const w = ctx.weights;
    const weight = (name: keyof typeof SIGNAL) => w[SIGNAL[name]] as number;
    const [wType, wNace, wTech, wS3, wText] = [
      weight('type'),
      weight('nace'),
      weight('tech'),
      weight('s3'),
      weight('text'),
    ];
    const rest =
      weight('partnership') +
      weight('title') +
      weight('geo') +
      weight('trl') +
      weight('freshness') +
      weight('fit');
    const { roleIndex, sectionMask, sectorMask } = q.doc;
    const sectionValue = config.nace.section;
    const sectorValue = config.techSameSector;
    const textScale = q.textMax === 0 ? 0 : 1 / q.textMax / config.textSaturation;
    const { minScore, minText } = config;
    const values = new Float64Array(SIGNAL_COUNT);
    const features: Features = { text: 0, nace: 0, tech: 0, s3: 0, sharedTrigrams: 0 };
    const { kept, keptValues } = this;
    return (from: number, to: number) => {
      // 1. Each candidate's sums leave the accumulators with its score bound; the ones below the
      // text floor or the lowest score are dropped at once.
      let n = 0;
      for (let c = from; c < to; c += 1) {
        const slot = candidates[c] as number;
        const at = slot * ACC;
        const textRaw = acc[at + TEXT] as number;
        const nace = acc[at + NACE] as number;
        const tech = acc[at + TECH] as number;
        const s3 = acc[at + S3] as number;
        acc[at + TEXT] = acc[at + NACE] = acc[at + TECH] = acc[at + S3] = 0;
        touched[slot] = 2;
        const text = Math.min(1, textRaw * textScale);
        if (text + 1e-9 < minText) continue;
        const packed = meta[2 * slot] as number;
        const bound =
          wType * typeFitByIndex(roleIndex, packed & 0xff) +
          wNace *
            (nace > 0 ? nace : (sectionMask & (meta[2 * slot + 1] as number)) !== 0 ? sectionValue : 0) +
          wTech * (tech > 0 ? tech : (sectorMask & ((packed >> 8) & 0xff)) !== 0 ? sectorValue : 0) +
          wS3 * s3 +
          wText * text +
          rest;
        if (bound + 1e-9 < minScore) continue;
        kept[n] = slot;
        const k = n * 5;
        keptValues[k] = textRaw;
        keptValues[k + 1] = nace;
        keptValues[k + 2] = tech;
        keptValues[k + 3] = s3;
        keptValues[k + 4] = bound;
        n += 1;
      }
      // 2. The highest bounds first, so the top fills with strong candidates at once: a histogram of
      // the bounds gives the cut above which about 4 × top candidates lie; those are scored, then the
      // others whose bound still reaches the last score of the top.
      const histogram = this.histogram.fill(0);
      for (let k = 0; k < n; k += 1)
        histogram[Math.min(255, Math.floor((keptValues[k * 5 + 4] as number) * 256))]! += 1;
      let cut = 256;
      for (let seen = 0; cut > 0 && seen < 4 * options.top;) seen += histogram[--cut] as number;
      const edge = cut / 256;
      const score = (k: number) => {
        const threshold = best.threshold > minScore ? best.threshold : minScore;
        if ((keptValues[k * 5 + 4] as number) + 1e-9 < threshold) return;
        const doc = this.docs[kept[k] as number] as MatchDoc;
        if (options.accept && !options.accept(doc)) return;
        features.text = keptValues[k * 5] as number;
        features.nace = keptValues[k * 5 + 1] as number;
        features.tech = keptValues[k * 5 + 2] as number;
        features.s3 = keptValues[k * 5 + 3] as number;
        // Title trigrams weigh little: counted only for the candidates that may enter the top.
        features.sharedTrigrams = sharedTrigrams(q.doc, doc);
        const value = signalValues(q, doc, features, ctx, values);
        if (value >= minScore) best.offer({ doc, score: value });
      };
      for (let k = 0; k < n; k += 1) if ((keptValues[k * 5 + 4] as number) >= edge) score(k);
      for (let k = 0; k < n; k += 1) if ((keptValues[k * 5 + 4] as number) < edge) score(k);
    };
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
export function bruteForceTop(
  q: PreparedQuery,
  docs: MatchDoc[],
  options: QueryOptions,
  config: MatchingConfig,
) {
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
