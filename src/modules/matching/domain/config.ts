// The one place where the matching engine's weights and constants live. docs/matching.md explains
// each of them; the evaluation harness (`npm run eval:matching`) shows what a change does.

export const SIGNALS = [
  'type',
  'partnership',
  'nace',
  'tech',
  's3',
  'text',
  'title',
  'geo',
  'trl',
  'freshness',
  'fit',
] as const;
export type SignalName = (typeof SIGNALS)[number];

export type MatchingConfig = {
  /** Weight of each signal in the score; they add up to 1, so a score is between 0 and 1. */
  weights: Record<SignalName, number>;
  /** NACE Rev.2 overlap by the deepest level two codes share. */
  nace: { class: number; group: number; division: number; section: number };
  /** WIPO technology fields: the same field counts 1, the same of the five sectors this much. */
  techSameSector: number;
  /** Geography: a partner in another country counts 1 (transnational partners are the point). */
  sameCountry: number;
  /** BM25 over title, summary, description and partner sought, each field counted this many times. */
  bm25: { k1: number; b: number };
  fieldWeights: { title: number; summary: number; description: number; partnerSought: number };
  /** The query's most informative terms used (by weight × idf), so long profiles stay fast. */
  maxQueryTerms: number;
  /** In a corpus of at least `stopwordCorpus` documents, terms in more than this share of them are not used. */
  maxDocumentShare: number;
  stopwordCorpus: number;
  /** The share of a query's best possible BM25 score at which the text signal reaches 1. */
  textSaturation: number;
  freshness: {
    fullDays: number;
    floorDays: number;
    floor: number;
    expiringDays: number;
    expiringFactor: number;
  };
  /** Matches below this score are not shown. */
  minScore: number;
  /** Nor matches whose text signal is below this: shared codes alone are too broad a reason to meet. */
  minText: number;
  /** The daily digest tells about new matches at or above this score, at most `digestTop` per profile or case. */
  digestThreshold: number;
  digestTop: number;
};

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  // Tuned on the labelled set (npm run eval:matching): text carries most of a match. NACE codes
  // name a profile's own industry, and complementary partners are often in another one (the dairy
  // and the maker of its filtration line), so a shared code weighs little; a competitor shares it.
  weights: {
    type: 0.14,
    partnership: 0.06,
    nace: 0.04,
    tech: 0.04,
    s3: 0.04,
    text: 0.46,
    title: 0.04,
    geo: 0.08,
    trl: 0.04,
    freshness: 0.03,
    fit: 0.03,
  },
  nace: { class: 1, group: 0.75, division: 0.5, section: 0.15 },
  techSameSector: 0.4,
  sameCountry: 0.3,
  bm25: { k1: 1.2, b: 0.75 },
  fieldWeights: { title: 3, summary: 2, description: 1, partnerSought: 1 },
  maxQueryTerms: 32,
  maxDocumentShare: 0.2,
  stopwordCorpus: 1000,
  textSaturation: 0.35,
  freshness: { fullDays: 30, floorDays: 365, floor: 0.4, expiringDays: 14, expiringFactor: 0.7 },
  minScore: 0.2,
  minText: 0.1,
  digestThreshold: 0.5,
  digestTop: 5,
};
