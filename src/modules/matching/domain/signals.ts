// The signals of a match, each between 0 and 1, and the score they add up to. Both the index and the
// brute-force scorer call `signalValues` with the same features, so their scores are identical.
import { SIGNALS, type MatchingConfig } from './config.ts';
import type { MatchDoc, MatchRole } from './document.ts';
import { MATCH_ROLES, naceLevel } from './document.ts';

/** What overlaps between a query and a candidate; the index gathers it from postings, the brute-force scorer pair by pair. */
export type Features = {
  /** Σ weight(term) × BM25 term frequency, over the query's terms in their order. */
  text: number;
  nace: number;
  tech: number;
  s3: number;
  sharedTrigrams: number;
};

export type QueryTerm = { term: string; weight: number };

/** A query, ready to be scored against a corpus: its chosen terms weighted by the corpus' idf. */
export type PreparedQuery = {
  doc: MatchDoc;
  terms: QueryTerm[];
  /** The best BM25 score a document could reach for these terms. */
  textMax: number;
  averageLength: number;
  naceWeights: [string, number][];
  techWeights: [string, number][];
};

export type CorpusStats = { documentCount: number; averageLength: number; df: (term: string) => number };

export function prepareQuery(doc: MatchDoc, stats: CorpusStats, config: MatchingConfig): PreparedQuery {
  const { k1 } = config.bm25;
  const n = stats.documentCount;
  const candidates: QueryTerm[] = [];
  // In a large corpus, a term in a big share of all profiles says nothing about a partner.
  const maxDf = n >= config.stopwordCorpus ? config.maxDocumentShare * n : Number.POSITIVE_INFINITY;
  for (const [term, tf] of doc.terms) {
    const df = stats.df(term);
    if (df === 0 || df > maxDf) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    // Query term frequency saturates (k3 = 1): repeating a word in a long profile counts, but little.
    candidates.push({ term, weight: ((2 * tf) / (tf + 1)) * idf });
  }
  candidates.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const terms = candidates.slice(0, config.maxQueryTerms);
  let textMax = 0;
  for (const { weight } of terms) textMax += weight * (k1 + 1);
  return {
    doc,
    terms,
    textMax,
    averageLength: stats.averageLength,
    // Sections are compared by bit mask (sharing one alone is no reason to match), so only
    // divisions, groups and classes go through the inverted lists.
    naceWeights: doc.naceKeys
      .filter((key) => key.length > 1)
      .map((key) => [key, config.nace[naceLevel(key)]]),
    techWeights: doc.techKeys.map((key) => [key, 1]),
  };
}

/** BM25's length normalisation of a document: k1 × (1 − b + b × length / average length). */
export function lengthNorm(length: number, averageLength: number, config: MatchingConfig): number {
  const { k1, b } = config.bm25;
  return k1 * (1 - b + (b * length) / (averageLength || 1));
}

/** BM25's saturated term frequency, given the document's length normalisation. */
export function bm25Tf(tf: number, norm: number, k1: number): number {
  return (tf * (k1 + 1)) / (tf + norm);
}

/** The overlap of a query and one candidate, computed directly (the brute-force path). */
export function pairFeatures(q: PreparedQuery, c: MatchDoc, config: MatchingConfig): Features {
  let text = 0;
  const norm = lengthNorm(c.length, q.averageLength, config);
  for (const { term, weight } of q.terms) {
    const tf = c.terms.get(term);
    if (tf !== undefined) text += weight * bm25Tf(tf, norm, config.bm25.k1);
  }
  const best = (weights: [string, number][], keys: string[]) => {
    let value = 0;
    for (const [key, weight] of weights) if (weight > value && keys.includes(key)) value = weight;
    return value;
  };
  return {
    text,
    nace: best(q.naceWeights, c.naceKeys),
    tech: best(q.techWeights, c.techKeys),
    s3: q.doc.s3Keys.some((key) => c.s3Keys.includes(key)) ? 1 : 0,
    sharedTrigrams: sharedTrigrams(q.doc, c),
  };
}

/** Trigrams both titles have: a merge of two sorted lists of trigram numbers. */
export function sharedTrigrams(a: MatchDoc, b: MatchDoc): number {
  const [x, y] = [a.titleTrigrams, b.titleTrigrams];
  let count = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const [u, v] = [x[i] as number, y[j] as number];
    if (u === v) {
      count += 1;
      i += 1;
      j += 1;
    } else if (u < v) i += 1;
    else j += 1;
  }
  return count;
}

// Type complementarity: an offer and the request it answers fit best; two R&D partner searches
// in one field want the same consortium; two offers of one kind are competitors more than partners.
const TYPE_PAIRS: [MatchRole, MatchRole, number][] = [
  ['technology_offer', 'technology_request', 1],
  ['business_offer', 'business_request', 1],
  ['rd_partner_search', 'rd_partner_search', 1],
  ['rd_partner_search', 'technology_offer', 0.7],
  ['rd_partner_search', 'technology_request', 0.5],
  ['technology_offer', 'business_request', 0.5],
  ['business_offer', 'technology_request', 0.4],
  ['technology_offer', 'technology_offer', 0.25],
  ['technology_offer', 'business_offer', 0.2],
  ['technology_request', 'business_request', 0.2],
  ['technology_request', 'technology_request', 0.15],
  ['business_offer', 'business_offer', 0.15],
  ['business_request', 'business_request', 0.1],
  ['business_offer', 'rd_partner_search', 0.2],
  ['business_request', 'rd_partner_search', 0.2],
  // A client described by its diagnosis looks for offers first, but may serve requests too.
  ['client', 'technology_offer', 0.9],
  ['client', 'business_offer', 0.9],
  ['client', 'rd_partner_search', 0.8],
  ['client', 'technology_request', 0.5],
  ['client', 'business_request', 0.5],
  ['client', 'organisation', 0.7],
  ['client', 'client', 0.3],
  // An organisation without a profile: a possible supplier for requests, a possible partner for searches.
  ['organisation', 'technology_request', 0.7],
  ['organisation', 'business_request', 0.7],
  ['organisation', 'rd_partner_search', 0.7],
  ['organisation', 'technology_offer', 0.5],
  ['organisation', 'business_offer', 0.5],
  ['organisation', 'organisation', 0.3],
];
const TYPE_FIT = new Float64Array(MATCH_ROLES.length * MATCH_ROLES.length);
for (const [a, b, value] of TYPE_PAIRS) {
  TYPE_FIT[MATCH_ROLES.indexOf(a) * MATCH_ROLES.length + MATCH_ROLES.indexOf(b)] = value;
  TYPE_FIT[MATCH_ROLES.indexOf(b) * MATCH_ROLES.length + MATCH_ROLES.indexOf(a)] = value;
}
/** The best type fit any candidate can have with a query of this role. */
export const maxTypeFit = (role: number) =>
  Math.max(...TYPE_FIT.subarray(role * MATCH_ROLES.length, (role + 1) * MATCH_ROLES.length));
export const typeFitByIndex = (a: number, b: number) => TYPE_FIT[a * MATCH_ROLES.length + b] as number;
export const typeFit = (a: MatchRole, b: MatchRole) =>
  typeFitByIndex(MATCH_ROLES.indexOf(a), MATCH_ROLES.indexOf(b));

/** Both name a partnership type: 1; only related ones: 0.6; unknown on either side: 0.5; none: 0. */
export function partnershipFit(a: MatchDoc, b: MatchDoc): number {
  if (a.partnershipMask === 0 || b.partnershipMask === 0) return 0.5;
  if ((a.partnershipMask & b.partnershipMask) !== 0) return 1;
  return (a.relatedMask & b.partnershipMask) !== 0 ? 0.6 : 0;
}

const isSupply = (role: MatchRole) => role === 'technology_offer' || role === 'business_offer';
const isDemand = (role: MatchRole) => role === 'technology_request' || role === 'business_request';

/**
 * Maturity: an offer at or above the TRL a request wants fits; each level short costs a quarter.
 * Two R&D searches fit when they work at similar TRLs. Unknown maturity is neutral (0.5).
 */
export function trlFit(a: MatchDoc, b: MatchDoc): number {
  const [x, y] = [a.maturity, b.maturity];
  if (x === null || y === null) return 0.5;
  const [ra, rb] = [a.input.role, b.input.role];
  const offer = isSupply(ra) && isDemand(rb) ? x : isSupply(rb) && isDemand(ra) ? y : null;
  const wanted = offer === x ? y : x;
  if (offer !== null) return offer >= wanted ? 1 : Math.max(0, 1 - 0.25 * (wanted - offer));
  return Math.max(0, 1 - 0.15 * Math.abs(x - y));
}

// Helix fit by the query's role: research partners for R&D searches, companies for business.
// Rows follow MATCH_ROLES, columns HELIX_CODES (industry, research, administration, civil society).
const HELIX_FIT: Record<MatchRole, [number, number, number, number]> = {
  business_offer: [1, 0.5, 0.5, 0.5],
  business_request: [1, 0.5, 0.5, 0.5],
  technology_offer: [1, 0.7, 0.6, 0.5],
  technology_request: [1, 0.9, 0.5, 0.5],
  rd_partner_search: [0.8, 1, 0.5, 0.5],
  organisation: [1, 0.5, 0.5, 0.5],
  client: [1, 0.9, 0.5, 0.5],
};
const HELIX_TABLE = MATCH_ROLES.map((role) => HELIX_FIT[role]);

/** Helix and size fit: the helix the query's role looks for, and organisations of similar size. */
export function organisationFit(q: MatchDoc, c: MatchDoc): number {
  const helixFit = c.helixIndex < 0 ? 0.7 : ((HELIX_TABLE[q.roleIndex] as number[])[c.helixIndex] as number);
  const sizeFit = q.sizeRank < 0 || c.sizeRank < 0 ? 0.75 : 1 - 0.15 * Math.abs(q.sizeRank - c.sizeRank);
  return (helixFit + sizeFit) / 2;
}

const DAY = 86_400_000;

/** Recently published counts fully, then less over a year; a profile about to expire counts less. */
export function freshness(c: MatchDoc, now: number, config: MatchingConfig): number {
  const { publishedAt, expiresAt } = c.input;
  if (publishedAt === null) return 0.5;
  const { fullDays, floorDays, floor, expiringDays, expiringFactor } = config.freshness;
  const age = (now - publishedAt) / DAY;
  let value =
    age <= fullDays
      ? 1
      : age >= floorDays
        ? floor
        : 1 - ((1 - floor) * (age - fullDays)) / (floorDays - fullDays);
  if (expiresAt !== null && (expiresAt - now) / DAY <= expiringDays) value *= expiringFactor;
  return value;
}

/** Target countries are hard filters both ways; a profile never matches its own organisation. */
export function passesFilters(q: MatchDoc, c: MatchDoc, now: number): boolean {
  if (q.input.id === c.input.id) return false;
  if (q.input.organisationId !== null && q.input.organisationId === c.input.organisationId) return false;
  if (c.input.expiresAt !== null && c.input.expiresAt <= now) return false;
  const [qc, cc] = [q.input.country, c.input.country];
  if (q.input.targetCountries.length > 0 && (cc === null || !q.input.targetCountries.includes(cc)))
    return false;
  if (c.input.targetCountries.length > 0 && (qc === null || !c.input.targetCountries.includes(qc)))
    return false;
  return true;
}

export const SIGNAL_COUNT = SIGNALS.length;
/** The position of each signal in SIGNALS (and in the values array); a plain literal, fast to read. */
export const SIGNAL = {
  type: 0,
  partnership: 1,
  nace: 2,
  tech: 3,
  s3: 4,
  text: 5,
  title: 6,
  geo: 7,
  trl: 8,
  freshness: 9,
  fit: 10,
} as const satisfies Record<(typeof SIGNALS)[number], number>;
const S = SIGNAL;

export type SignalContext = {
  config: MatchingConfig;
  now: number;
  /** The weights in SIGNALS order. */
  weights: number[];
};

export function signalContext(config: MatchingConfig, now: number): SignalContext {
  return { config, now, weights: SIGNALS.map((name) => config.weights[name]) };
}

/**
 * Fills `out` with the signal values (in SIGNALS order) and returns the score, or -1 when the pair is
 * no match: filtered out, of incompatible types, or with nothing specific in common.
 */
export function signalValues(
  q: PreparedQuery,
  c: MatchDoc,
  f: Features,
  ctx: SignalContext,
  out: Float64Array,
): number {
  const { config } = ctx;
  // Something specific in common: a term, a NACE division, a technology field or an S3 domain.
  // Sharing only a NACE section (all of manufacturing) or a WIPO sector is no reason to meet.
  if (f.text === 0 && f.nace === 0 && f.tech === 0 && f.s3 === 0) return -1;
  // And enough words in common: codes alone make a broad overlap (the same industry or S3 domain).
  const text = q.textMax === 0 ? 0 : Math.min(1, f.text / q.textMax / config.textSaturation);
  if (text < config.minText) return -1;
  const type = typeFitByIndex(q.doc.roleIndex, c.roleIndex);
  if (type === 0 || !passesFilters(q.doc, c, ctx.now)) return -1;
  const titleUnion = q.doc.titleTrigrams.length + c.titleTrigrams.length - f.sharedTrigrams;
  out[S.type] = type;
  out[S.partnership] = partnershipFit(q.doc, c);
  out[S.nace] = f.nace > 0 ? f.nace : (q.doc.sectionMask & c.sectionMask) !== 0 ? config.nace.section : 0;
  out[S.tech] = f.tech > 0 ? f.tech : (q.doc.sectorMask & c.sectorMask) !== 0 ? config.techSameSector : 0;
  out[S.s3] = f.s3;
  out[S.text] = text;
  out[S.title] = titleUnion === 0 ? 0 : f.sharedTrigrams / titleUnion;
  out[S.geo] =
    q.doc.input.country !== null && q.doc.input.country === c.input.country ? config.sameCountry : 1;
  out[S.trl] = trlFit(q.doc, c);
  out[S.freshness] = c.input.kind === 'profile' ? freshness(c, ctx.now, config) : 0.5;
  out[S.fit] = organisationFit(q.doc, c);
  let score = 0;
  for (let i = 0; i < SIGNAL_COUNT; i += 1) score += (ctx.weights[i] as number) * (out[i] as number);
  return score;
}
