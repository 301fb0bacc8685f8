// Step 1 of Trans-S3, "search for common priorities": cluster the RIS3 priorities of a group of
// regions into candidate transnational smart domains.
//
// Method
// - Similarity of two priorities = codeWeight × code similarity + (1 − codeWeight) × text similarity
//   (code-similarity.ts, text-similarity.ts; the text corpus is the priorities given). When the two
//   share no coded dimension, the text similarity alone.
// - Graph: one node per priority; an edge between two priorities of DIFFERENT regions when their
//   similarity ≥ minSimilarity (a region's own priorities are no evidence of shared interest).
// - Communities: Louvain (modularity, resolution 1) with a seeded random generator, on inputs sorted
//   by region, priority code and id, so the same priorities give the same domains in any order.
// - A community spanning ≥ minRegions distinct regions is a candidate domain; other priorities are
//   unassigned. A priority is in at most one domain; a region may have several in one.
// - Strength = mean similarity over all pairs of the domain's priorities from different regions
//   (also the pairs below the threshold, so a loose chain scores lower than a tight group) × the
//   number of distinct regions (a domain shared by more regions is the better transnational case).
//   Domains are ordered strongest first and numbered D1, D2, … in that order.
//
// Defaults, tuned on test/fixtures/trans-s3-priorities.csv (8 regions, 31 priorities coded the way
// Eye@RIS3 codes them, with five designed shared domains, one two-region forestry pair and four
// one-region priorities):
// - codeWeight 0.6: codes are the curated signal and comparable across regions' writing styles; text
//   catches what coarse codes miss (dairy vs. meat are both C10) and separates domains whose codes
//   overlap only at section level. Text alone is weak on one-paragraph priorities: on the fixture,
//   text-only similarities of a domain's members (0.11-0.8) overlap those of unrelated pairs (up to
//   0.16). The grouping is the same for any codeWeight from 0.3 to 0.8.
// - minSimilarity 0.3: with codeWeight 0.6, pairs inside a designed domain score 0.32-0.79 (median
//   0.61); pairs across domains at most 0.26 (forestry vs. Latvia's "bioeconomy", a real bridge) and
//   otherwise below 0.19. The grouping is the same for thresholds 0.25-0.4; at 0.2 forestry joins the
//   food domain. 0.3 leaves a margin on both sides. Priorities with no code dimension in common with
//   any other compare on text alone and so rarely reach 0.3: code them.

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { codeSimilarity, naceLineage } from './code-similarity.ts';
import type { Priority } from './priority.ts';
import {
  buildTextModel,
  englishTokens,
  sharedTerms,
  textSimilarity,
  type TextModel,
} from './text-similarity.ts';

export const DEFAULT_CODE_WEIGHT = 0.6;
export const DEFAULT_MIN_SIMILARITY = 0.3;
const LOUVAIN_RESOLUTION = 1;
const LOUVAIN_SEED = 20130101;
const MAX_TERMS = 8;
const LABEL_TERMS = 3;
const MAX_LINKS = 100;

export const CODE_SCHEMES = ['nace', 'nabs', 'objective', 'tech'] as const;
export type CodeScheme = (typeof CODE_SCHEMES)[number];

export type CodeLabels = {
  nace?: ReadonlyMap<string, string>;
  nabs?: ReadonlyMap<string, string>;
  objectives?: ReadonlyMap<string, string>;
  /** Keyed by the field id as a string ("13"). */
  tech?: ReadonlyMap<string, string>;
};

export type CommonDomainsOptions = {
  /** A community becomes a candidate domain when it spans at least this many distinct regions (integer ≥ 2). */
  minRegions: number;
  /** Weight of the code similarity, 0..1; the text similarity gets the rest. Default 0.6. */
  codeWeight?: number;
  /** The least similarity of an edge, 0..1. Default 0.3. */
  minSimilarity?: number;
  /** Names of codes, for the labels and `codes[].name`; codes without a name show as themselves. */
  labels?: CodeLabels;
};

export type DomainCode = {
  scheme: CodeScheme;
  code: string;
  name?: string;
  /** The regions with a priority of the domain carrying this code (NACE: or a code below it). */
  regions: string[];
  /** How many of the domain's priorities carry it. */
  priorities: number;
};

export type DomainTerm = { term: string; regions: string[] };

/** An edge between two priorities of a domain (ids a < b in region and code order), rounded to 3 decimals. */
export type DomainLink = {
  a: string;
  b: string;
  /** The combined similarity; `code` and `text` are its two parts before weighting. */
  similarity: number;
  code: number;
  text: number;
  /** Shared codes ("nace:C10.5", "nabs:08", "objective:…", "tech:18") then up to 3 shared terms. */
  why: string[];
};

export type CandidateDomain = {
  /** "D1", "D2", … strongest first. */
  id: string;
  label: string;
  priorityIds: string[];
  /** Distinct, sorted. */
  regions: string[];
  /** Codes shared by ≥ 2 of the domain's regions, most regions first. */
  codes: DomainCode[];
  /** Terms shared by ≥ 2 of the domain's regions, most regions first, at most 8. */
  terms: DomainTerm[];
  /** Mean similarity over the domain's cross-region pairs × its number of regions. */
  strength: number;
  /** The edges inside the domain: why its priorities are together. */
  links: DomainLink[];
};

export type CommonDomainsResult = {
  domains: CandidateDomain[];
  /** Priorities in no domain, in region and code order. */
  unassigned: string[];
  parameters: {
    minRegions: number;
    codeWeight: number;
    minSimilarity: number;
    resolution: number;
    seed: number;
  };
};

/** A small seeded generator (mulberry32), so that Louvain's random order is the same every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (value: number) => Math.round(value * 1000) / 1000;

type Pair = { code: number; text: number; similarity: number };
/** The similarity of two priorities of different regions; null for two of one region. */
type PairOf = (p: Priority, q: Priority) => Pair | null;

function pairSimilarity(p: Priority, q: Priority, model: TextModel, codeWeight: number): Pair {
  const codes = codeSimilarity(p, q);
  const text = textSimilarity(model, p.id, q.id);
  const isCoded = Object.values(codes.dimensions).some((value) => value !== null);
  const similarity = isCoded ? codeWeight * codes.score + (1 - codeWeight) * text : text;
  return { code: codes.score, text, similarity };
}

/** What two priorities share: codes (NACE as the deepest common code) and their most telling terms. */
function pairWhy(p: Priority, q: Priority, model: TextModel): string[] {
  const codes = codeSimilarity(p, q);
  return [
    ...codes.shared.nace.map((c) => `nace:${c}`),
    ...codes.shared.nabs.map((c) => `nabs:${c}`),
    ...codes.shared.objectives.map((c) => `objective:${c}`),
    ...codes.shared.techFields.map((c) => `tech:${c}`),
    ...sharedTerms(model, p.id, q.id, 3),
  ];
}

/** The codes of a priority a domain may share: NACE codes with their ancestors down to division level. */
function priorityCodes(priority: Priority): { scheme: CodeScheme; code: string }[] {
  const nace = new Set<string>();
  for (const code of priority.nace) {
    const lineage = naceLineage(code);
    for (const ancestor of lineage.length === 1 ? lineage : lineage.slice(1)) nace.add(ancestor);
  }
  return [
    ...[...nace].map((code) => ({ scheme: 'nace' as const, code })),
    ...[...new Set(priority.nabs)].map((code) => ({ scheme: 'nabs' as const, code })),
    ...[...new Set(priority.objectives)].map((code) => ({ scheme: 'objective' as const, code })),
    ...[...new Set(priority.techFields)].map((id) => ({ scheme: 'tech' as const, code: String(id) })),
  ];
}

function nameOf(scheme: CodeScheme, code: string, labels: CodeLabels): string | undefined {
  const names = { nace: labels.nace, nabs: labels.nabs, objective: labels.objectives, tech: labels.tech }[
    scheme
  ];
  return names?.get(code);
}

/**
 * Codes shared by ≥ 2 regions of the domain. A NACE code is dropped when a code below it is shared
 * by exactly the same regions (the deeper code says the same, more precisely).
 */
function dominantCodes(members: readonly Priority[], labels: CodeLabels): DomainCode[] {
  const found = new Map<
    string,
    { scheme: CodeScheme; code: string; regions: Set<string>; priorities: number }
  >();
  for (const priority of members) {
    for (const { scheme, code } of priorityCodes(priority)) {
      const key = `${scheme}:${code}`;
      const entry = found.get(key) ?? { scheme, code, regions: new Set<string>(), priorities: 0 };
      entry.regions.add(priority.region);
      entry.priorities += 1;
      found.set(key, entry);
    }
  }
  const shared = [...found.values()].filter((entry) => entry.regions.size >= 2);
  const sameRegions = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((r) => b.has(r));
  return shared
    .filter(
      (entry) =>
        entry.scheme !== 'nace' ||
        !shared.some(
          (other) =>
            other.scheme === 'nace' &&
            other.code !== entry.code &&
            naceLineage(other.code).includes(entry.code) &&
            sameRegions(other.regions, entry.regions),
        ),
    )
    .sort(
      (a, b) =>
        b.regions.size - a.regions.size ||
        b.priorities - a.priorities ||
        CODE_SCHEMES.indexOf(a.scheme) - CODE_SCHEMES.indexOf(b.scheme) ||
        naceLineage(b.code).length - naceLineage(a.code).length ||
        compare(a.code, b.code),
    )
    .map(({ scheme, code, regions, priorities }) => {
      const name = nameOf(scheme, code, labels);
      return {
        scheme,
        code,
        ...(name === undefined ? {} : { name }),
        regions: [...regions].sort(compare),
        priorities,
      };
    });
}

/** Terms in priorities of ≥ 2 of the domain's regions: most regions first, then most TF-IDF weight. */
function dominantTerms(members: readonly Priority[], model: TextModel): (DomainTerm & { stem: string })[] {
  const found = new Map<string, { regions: Set<string>; weight: number }>();
  for (const priority of members) {
    for (const [stem, weight] of model.vectors.get(priority.id) ?? []) {
      const entry = found.get(stem) ?? { regions: new Set<string>(), weight: 0 };
      entry.regions.add(priority.region);
      entry.weight += weight;
      found.set(stem, entry);
    }
  }
  return [...found]
    .filter(([, entry]) => entry.regions.size >= 2)
    .sort(([x, a], [y, b]) => b.regions.size - a.regions.size || b.weight - a.weight || compare(x, y))
    .slice(0, MAX_TERMS)
    .map(([stem, entry]) => ({
      stem,
      term: model.surface.get(stem) ?? stem,
      regions: [...entry.regions].sort(compare),
    }));
}

/**
 * The label: the name of the domain's leading code with the code in brackets, then up to three of
 * its top terms that the name does not already say: "Manufacture of food products (C10) — dairy,
 * processing, functional". The leading code is the NACE code shared by the most regions; among
 * equals, the one whose name says more of the domain's top terms (a term counts more the higher it
 * ranks), then the one with more priorities, then the broader one (a domain names a field), then
 * the first in code order. Without a shared NACE code: the first policy objective, NABS chapter or
 * technology field of `codes`. A code without a name in `labels` shows as "NACE C10", "NABS 08"….
 * A name is cut at its first ";" (NACE appends secondary activities so: "Manufacture of wood …,
 * except furniture; manufacture of articles of straw …").
 */
function domainLabel(
  codes: readonly DomainCode[],
  terms: readonly (DomainTerm & { stem: string })[],
): string {
  const termRank = new Map(terms.map((t, i) => [t.stem, terms.length - i]));
  const saysTerms = (code: DomainCode) =>
    [...new Set(englishTokens(code.name ?? '').map((t) => t.stem))].reduce(
      (sum, stem) => sum + (termRank.get(stem) ?? 0),
      0,
    );
  const nace = codes.filter((c) => c.scheme === 'nace');
  const mostRegions = Math.max(0, ...nace.map((c) => c.regions.length));
  const [leadNace] = nace
    .filter((c) => c.regions.length === mostRegions)
    .sort(
      (a, b) =>
        saysTerms(b) - saysTerms(a) ||
        b.priorities - a.priorities ||
        naceLineage(a.code).length - naceLineage(b.code).length ||
        compare(a.code, b.code),
    );
  const lead =
    leadNace ??
    (['objective', 'nabs', 'tech'] as const).map((s) => codes.find((c) => c.scheme === s)).find((c) => c);
  const prefix = { nace: 'NACE', nabs: 'NABS', objective: 'objective', tech: 'technology field' };
  const name = lead?.name?.split(';')[0]?.trim();
  const head = lead ? (name ? `${name} (${lead.code})` : `${prefix[lead.scheme]} ${lead.code}`) : '';
  const said = new Set(englishTokens(head).map((t) => t.stem));
  const words = terms
    .filter((t) => !said.has(t.stem))
    .slice(0, LABEL_TERMS)
    .map((t) => t.term);
  if (!head) return words.join(', ');
  return words.length > 0 ? `${head} — ${words.join(', ')}` : head;
}

const byRegionAndCode = (a: Priority, b: Priority) =>
  compare(a.region, b.region) || compare(a.code, b.code) || compare(a.id, b.id);
const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

function checkOptions(codeWeight: number, minSimilarity: number) {
  if (!(codeWeight >= 0 && codeWeight <= 1)) throw new RangeError('codeWeight must be 0..1');
  if (!(minSimilarity >= 0 && minSimilarity <= 1)) throw new RangeError('minSimilarity must be 0..1');
}

/** The cross-region pairs of sorted priorities, with their similarities. */
/**
 * The graph's edges: pairs of priorities of different regions at least `minSimilarity` alike. Every
 * pair is scored once; only the edges are kept (a domain's other pairs are scored again when it is
 * described), so memory stays linear in the edges, not quadratic in the priorities.
 */
function edges(
  sorted: readonly Priority[],
  model: TextModel,
  codeWeight: number,
  minSimilarity: number,
): Map<string, Pair> {
  const kept = new Map<string, Pair>();
  sorted.forEach((p, i) => {
    for (let j = i + 1; j < sorted.length; j++) {
      const q = sorted[j] as Priority;
      if (p.region === q.region) continue;
      const pair = pairSimilarity(p, q, model, codeWeight);
      if (pair.similarity >= minSimilarity && pair.similarity > 0) kept.set(pairKey(p.id, q.id), pair);
    }
  });
  return kept;
}

export type DomainDescription = Omit<CandidateDomain, 'id'>;

/** Label, codes, terms, links and strength of a set of priorities (sorted by region and code). */
function describe(
  members: readonly Priority[],
  pairOf: PairOf,
  model: TextModel,
  minSimilarity: number,
  labels: CodeLabels,
): DomainDescription {
  const regions = [...new Set(members.map((m) => m.region))].sort(compare);
  let total = 0;
  let count = 0;
  const edges: { p: Priority; q: Priority; pair: Pair }[] = [];
  members.forEach((p, i) => {
    for (const q of members.slice(i + 1)) {
      const pair = pairOf(p, q);
      if (!pair) continue;
      total += pair.similarity;
      count += 1;
      if (pair.similarity >= minSimilarity && pair.similarity > 0) edges.push({ p, q, pair });
    }
  });
  // The strongest links explain the domain; a domain of hundreds of priorities keeps its top MAX_LINKS.
  const links: DomainLink[] = edges
    .sort(
      (x, y) => y.pair.similarity - x.pair.similarity || compare(x.p.id, y.p.id) || compare(x.q.id, y.q.id),
    )
    .slice(0, MAX_LINKS)
    .map(({ p, q, pair }) => ({
      a: p.id,
      b: q.id,
      similarity: round(pair.similarity),
      code: round(pair.code),
      text: round(pair.text),
      why: pairWhy(p, q, model),
    }));
  const codes = dominantCodes(members, labels);
  const terms = dominantTerms(members, model);
  return {
    label: domainLabel(codes, terms),
    priorityIds: members.map((m) => m.id),
    regions,
    codes,
    terms: terms.map(({ term, regions: termRegions }) => ({ term, regions: termRegions })),
    strength: round((count > 0 ? total / count : 0) * regions.length),
    links,
  };
}

/**
 * Describes priorities chosen by hand (a merged, split or hand-made candidate) as findCommonDomains
 * describes a domain: label, shared codes and terms, links and strength. The text statistics come
 * from `corpus` (all priorities of the group; the members are added when missing).
 */
export function describeDomain(
  members: readonly Priority[],
  corpus: readonly Priority[],
  options: Omit<CommonDomainsOptions, 'minRegions'> = {},
): DomainDescription {
  const { codeWeight = DEFAULT_CODE_WEIGHT, minSimilarity = DEFAULT_MIN_SIMILARITY } = options;
  checkOptions(codeWeight, minSimilarity);
  const all = new Map(corpus.map((p) => [p.id, p]));
  for (const member of members) all.set(member.id, member);
  const model = buildTextModel([...all.values()].sort(byRegionAndCode));
  const sorted = [...new Map(members.map((m) => [m.id, m])).values()].sort(byRegionAndCode);
  return describe(
    sorted,
    (p, q) => (p.region === q.region ? null : pairSimilarity(p, q, model, codeWeight)),
    model,
    minSimilarity,
    options.labels ?? {},
  );
}

/** Clusters the priorities of several regions into candidate transnational smart domains (see the header). */
export function findCommonDomains(
  priorities: readonly Priority[],
  options: CommonDomainsOptions,
): CommonDomainsResult {
  const { minRegions, codeWeight = DEFAULT_CODE_WEIGHT, minSimilarity = DEFAULT_MIN_SIMILARITY } = options;
  if (!Number.isInteger(minRegions) || minRegions < 2)
    throw new RangeError('minRegions must be an integer ≥ 2');
  checkOptions(codeWeight, minSimilarity);
  const sorted = [...priorities].sort(byRegionAndCode);
  const ids = new Set<string>();
  for (const priority of sorted) {
    if (ids.has(priority.id)) throw new RangeError(`duplicate priority id "${priority.id}"`);
    ids.add(priority.id);
  }
  const model = buildTextModel(sorted);
  const pairs = edges(sorted, model, codeWeight, minSimilarity);
  const pairOf: PairOf = (p, q) =>
    p.region === q.region
      ? null
      : (pairs.get(pairKey(p.id, q.id)) ?? pairSimilarity(p, q, model, codeWeight));

  const graph = new Graph({ type: 'undirected' });
  for (const [key, pair] of pairs) {
    const [a = '', b = ''] = key.split('\u0000');
    if (!graph.hasNode(a)) graph.addNode(a);
    if (!graph.hasNode(b)) graph.addNode(b);
    graph.addEdge(a, b, { weight: pair.similarity });
  }
  // Nodes and edges were added in sorted order; Louvain's rng is seeded, so the partition is reproducible.
  const communities =
    graph.size > 0
      ? louvain(graph, {
          getEdgeWeight: 'weight',
          resolution: LOUVAIN_RESOLUTION,
          rng: seededRandom(LOUVAIN_SEED),
        })
      : {};
  const groups = new Map<number, Priority[]>();
  for (const priority of sorted) {
    const community = communities[priority.id];
    if (community === undefined) continue;
    groups.set(community, [...(groups.get(community) ?? []), priority]);
  }

  const domains = [...groups.values()]
    .filter((members) => new Set(members.map((m) => m.region)).size >= minRegions)
    .map((members) => describe(members, pairOf, model, minSimilarity, options.labels ?? {}))
    .sort((a, b) => b.strength - a.strength || compare(a.priorityIds[0] ?? '', b.priorityIds[0] ?? ''))
    .map((domain, index): CandidateDomain => ({ id: `D${index + 1}`, ...domain }));

  const assigned = new Set(domains.flatMap((d) => d.priorityIds));
  return {
    domains,
    unassigned: sorted.filter((p) => !assigned.has(p.id)).map((p) => p.id),
    parameters: { minRegions, codeWeight, minSimilarity, resolution: LOUVAIN_RESOLUTION, seed: LOUVAIN_SEED },
  };
}
