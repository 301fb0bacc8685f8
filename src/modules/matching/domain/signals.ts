// The signals of a match, each between 0 and 1, and the score they add up to. Both the index and the
// brute-force scorer call `signalValues` with the same features, so their scores are identical.
import { SIGNALS, type MatchingConfig } from './config.ts';
import type { MatchDoc, MatchRole } from './document.ts';
import { naceLevel, partnershipBit } from './document.ts';

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
  for (const [term, tf] of doc.terms) {
    const df = stats.df(term);
    if (df === 0) continue;
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
    naceWeights: doc.naceKeys.map((key) => [key, config.nace[naceLevel(key)]]),
    techWeights: doc.techKeys.map((key) => [key, key.startsWith('f') ? 1 : config.techSameSector]),
  };
}

/** BM25's saturated, length-normalised term frequency. */
export function bm25Tf(tf: number, length: number, averageLength: number, config: MatchingConfig): number {
  const { k1, b } = config.bm25;
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / (averageLength || 1)));
}

/** The overlap of a query and one candidate, computed directly (the brute-force path). */
export function pairFeatures(q: PreparedQuery, c: MatchDoc, config: MatchingConfig): Features {
  let text = 0;
  for (const { term, weight } of q.terms) {
    const tf = c.terms.get(term);
    if (tf !== undefined) text += weight * bm25Tf(tf, c.length, q.averageLength, config);
  }
  const best = (weights: [string, number][], keys: string[]) => {
    let value = 0;
    for (const [key, weight] of weights) if (weight > value && keys.includes(key)) value = weight;
    return value;
  };
  let sharedTrigrams = 0;
  for (const trigram of q.doc.titleTrigrams) if (c.titleTrigrams.has(trigram)) sharedTrigrams += 1;
  return {
    text,
    nace: best(q.naceWeights, c.naceKeys),
    tech: best(q.techWeights, c.techKeys),
    s3: q.doc.s3Keys.some((key) => c.s3Keys.includes(key)) ? 1 : 0,
    sharedTrigrams,
  };
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
const typeTable = new Map<string, number>();
for (const [a, b, value] of TYPE_PAIRS) {
  typeTable.set(`${a}|${b}`, value);
  typeTable.set(`${b}|${a}`, value);
}
export const typeFit = (a: MatchRole, b: MatchRole) => typeTable.get(`${a}|${b}`) ?? 0;

/** Partnership types that are close without being the same. */
const RELATED_PARTNERSHIPS: [string, string][] = [
  ['commercial_agreement', 'commercial_with_technical_assistance'],
  ['research_cooperation', 'technical_cooperation'],
  ['licence', 'technical_cooperation'],
  ['subcontracting', 'services'],
  ['joint_venture', 'financial'],
  ['financial', 'acquisition'],
];

/** Both name a partnership type: 1; only related ones: 0.6; unknown on either side: 0.5; none: 0. */
export function partnershipFit(a: MatchDoc, b: MatchDoc, relatedMask: (mask: number) => number): number {
  if (a.partnershipMask === 0 || b.partnershipMask === 0) return 0.5;
  if ((a.partnershipMask & b.partnershipMask) !== 0) return 1;
  return (relatedMask(a.partnershipMask) & b.partnershipMask) !== 0 ? 0.6 : 0;
}

export function makeRelatedMask(bit: (type: string) => number) {
  const related = new Map<number, number>();
  for (const [a, b] of RELATED_PARTNERSHIPS) {
    related.set(bit(a), (related.get(bit(a)) ?? 0) | bit(b));
    related.set(bit(b), (related.get(bit(b)) ?? 0) | bit(a));
  }
  return (mask: number) => {
    let result = 0;
    for (const [single, others] of related) if ((mask & single) !== 0) result |= others;
    return result;
  };
}

const SUPPLY: ReadonlySet<MatchRole> = new Set(['technology_offer', 'business_offer']);
const DEMAND: ReadonlySet<MatchRole> = new Set(['technology_request', 'business_request']);

/**
 * Maturity: an offer at or above the TRL a request wants fits; each level short costs a quarter.
 * Two R&D searches fit when they work at similar TRLs. Unknown maturity is neutral (0.5).
 */
export function trlFit(a: MatchDoc, b: MatchDoc): number {
  const [x, y] = [a.maturity, b.maturity];
  if (x === null || y === null) return 0.5;
  const [ra, rb] = [a.input.role, b.input.role];
  const offer = SUPPLY.has(ra) && DEMAND.has(rb) ? x : SUPPLY.has(rb) && DEMAND.has(ra) ? y : null;
  const wanted = offer === x ? y : x;
  if (offer !== null) return offer >= wanted ? 1 : Math.max(0, 1 - 0.25 * (wanted - offer));
  return Math.max(0, 1 - 0.15 * Math.abs(x - y));
}

const HELIX_FIT: Partial<Record<MatchRole, Record<string, number>>> = {
  rd_partner_search: { research: 1, industry: 0.8, administration: 0.5, civil_society: 0.5 },
  technology_request: { industry: 1, research: 0.9, administration: 0.5, civil_society: 0.5 },
  client: { industry: 1, research: 0.9, administration: 0.5, civil_society: 0.5 },
  technology_offer: { industry: 1, research: 0.7, administration: 0.6, civil_society: 0.5 },
};
const SIZE_RANK: Record<string, number> = { micro: 0, small: 1, medium: 2, large: 3 };

/** Helix and size fit: research partners for R&D searches, companies for business, similar sizes. */
export function organisationFit(q: MatchDoc, c: MatchDoc): number {
  const helix = c.input.helix;
  const helixFit = helix === null ? 0.7 : (HELIX_FIT[q.input.role]?.[helix] ?? (helix === 'industry' ? 1 : 0.5));
  const [sa, sb] = [SIZE_RANK[q.input.sizeClass ?? ''], SIZE_RANK[c.input.sizeClass ?? '']];
  const sizeFit = sa === undefined || sb === undefined ? 0.75 : 1 - 0.15 * Math.abs(sa - sb);
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
    age <= fullDays ? 1 : age >= floorDays ? floor : 1 - ((1 - floor) * (age - fullDays)) / (floorDays - fullDays);
  if (expiresAt !== null && (expiresAt - now) / DAY <= expiringDays) value *= expiringFactor;
  return value;
}

/** Target countries are hard filters both ways; a profile never matches its own organisation. */
export function passesFilters(q: MatchDoc, c: MatchDoc, now: number): boolean {
  if (q.input.id === c.input.id) return false;
  if (q.input.organisationId !== null && q.input.organisationId === c.input.organisationId) return false;
  if (c.input.expiresAt !== null && c.input.expiresAt <= now) return false;
  const [qc, cc] = [q.input.country, c.input.country];
  if (q.input.targetCountries.length > 0 && (cc === null || !q.input.targetCountries.includes(cc))) return false;
  if (c.input.targetCountries.length > 0 && (qc === null || !c.input.targetCountries.includes(qc))) return false;
  return true;
}

export const SIGNAL_COUNT = SIGNALS.length;
const S = Object.fromEntries(SIGNALS.map((name, index) => [name, index])) as Record<(typeof SIGNALS)[number], number>;

export type SignalContext = {
  config: MatchingConfig;
  now: number;
  relatedMask: (mask: number) => number;
  /** The weights in SIGNALS order. */
  weights: number[];
};

export function signalContext(config: MatchingConfig, now: number): SignalContext {
  return {
    config,
    now,
    relatedMask: makeRelatedMask(partnershipBit),
    weights: SIGNALS.map((name) => config.weights[name]),
  };
}

/**
 * Fills `out` with the signal values (in SIGNALS order) and returns the score, or -1 when the pair is
 * no match: filtered out, of incompatible types, or with nothing specific in common.
 */
export function signalValues(q: PreparedQuery, c: MatchDoc, f: Features, ctx: SignalContext, out: Float64Array): number {
  const { config } = ctx;
  // Something specific in common: a term, a NACE division, a technology field or an S3 domain.
  // Sharing only a NACE section (all of manufacturing) or a WIPO sector is no reason to meet.
  if (f.text === 0 && f.nace < config.nace.division && f.tech < 1 && f.s3 === 0) return -1;
  const type = typeFit(q.doc.input.role, c.input.role);
  if (type === 0 || !passesFilters(q.doc, c, ctx.now)) return -1;
  const titleUnion = q.doc.titleTrigrams.size + c.titleTrigrams.size - f.sharedTrigrams;
  out[S.type] = type;
  out[S.partnership] = partnershipFit(q.doc, c, ctx.relatedMask);
  out[S.nace] = f.nace;
  out[S.tech] = f.tech;
  out[S.s3] = f.s3;
  out[S.text] = q.textMax === 0 ? 0 : Math.min(1, f.text / q.textMax / config.textSaturation);
  out[S.title] = titleUnion === 0 ? 0 : f.sharedTrigrams / titleUnion;
  out[S.geo] = q.doc.input.country !== null && q.doc.input.country === c.input.country ? config.sameCountry : 1;
  out[S.trl] = trlFit(q.doc, c);
  out[S.freshness] = c.input.kind === 'profile' ? freshness(c, ctx.now, config) : 0.5;
  out[S.fit] = organisationFit(q.doc, c);
  let score = 0;
  for (let i = 0; i < SIGNAL_COUNT; i += 1) score += (ctx.weights[i] as number) * (out[i] as number);
  return score;
}
