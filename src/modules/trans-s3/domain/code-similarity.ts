// How alike two RIS3 priorities are by their codes: NACE (hierarchical), NABS, policy objectives
// and WIPO technology fields (sets).
import type { Priority } from './priority.ts';

/**
 * The value of sharing a NACE level, deepest first: class 1, group 0.75, division 0.5, section 0.15.
 * Sharing only a section ("Manufacturing") says little: dairies and shipyards are both in C.
 */
export const NACE_LEVEL_SIMILARITY = { class: 1, group: 0.75, division: 0.5, section: 0.15 } as const;
const LEVEL_VALUES = [
  NACE_LEVEL_SIMILARITY.section,
  NACE_LEVEL_SIMILARITY.division,
  NACE_LEVEL_SIMILARITY.group,
  NACE_LEVEL_SIMILARITY.class,
] as const;

const NACE_PATTERN = /^([A-U])(?:(\d{2})(?:\.(\d)(\d)?)?)?$/;

/** A NACE Rev.2 code and its ancestors, broadest first: "C10.51" → ["C", "C10", "C10.5", "C10.51"]; [] when malformed. */
export function naceLineage(code: string): readonly string[] {
  let lineage = lineages.get(code);
  if (!lineage) {
    lineage = parseLineage(code);
    lineages.set(code, lineage);
  }
  return lineage;
}

/** NACE has about a thousand codes: each is parsed once (clustering compares every pair of priorities). */
const lineages = new Map<string, readonly string[]>();

function parseLineage(code: string): string[] {
  const match = NACE_PATTERN.exec(code.trim().toUpperCase());
  if (!match) return [];
  const [, section = '', division, group, klass] = match;
  const lineage = [section];
  if (division) lineage.push(`${section}${division}`);
  if (division && group) lineage.push(`${section}${division}.${group}`);
  if (division && group && klass) lineage.push(`${section}${division}.${group}${klass}`);
  return lineage;
}

/** The deepest code both lie in ("C10.51" and "C10.52" → "C10.5"; "C10" and "C10.51" → "C10"), or null. */
export function naceCommonAncestor(a: string, b: string): string | null {
  const left = naceLineage(a);
  const right = naceLineage(b);
  let common: string | null = null;
  for (let i = 0; i < Math.min(left.length, right.length) && left[i] === right[i]; i += 1)
    common = left[i] ?? null;
  return common;
}

/**
 * Similarity of two NACE codes given at any level. Rule: equal codes are 1 (they name the same
 * activity as precisely as either of them says); otherwise the value of the level of their deepest
 * common ancestor (NACE_LEVEL_SIMILARITY). So C10.51~C10.52 = 0.75 (group C10.5), C10~C10.51 = 0.5
 * (division C10: the broader code does not say it is dairies), C~C10.51 = 0.15, C10~J62 = 0.
 * Malformed codes are only similar to themselves.
 */
export function naceSimilarity(a: string, b: string): number {
  const left = a.trim().toUpperCase();
  const right = b.trim().toUpperCase();
  if (left === right) return 1;
  const common = naceCommonAncestor(left, right);
  return common === null ? 0 : (LEVEL_VALUES[naceLineage(common).length - 1] ?? 0);
}

/**
 * Similarity of two code lists under a pairwise similarity: the best-match average, symmetrised,
 * i.e. (mean over a of max over b + mean over b of max over a) / 2. 1 for equal lists; 0 when
 * either is empty.
 */
export function bestMatchSimilarity<T>(
  a: readonly T[],
  b: readonly T[],
  similarity: (x: T, y: T) => number,
): number {
  if (a.length === 0 || b.length === 0) return 0;
  const best = (from: readonly T[], to: readonly T[]) =>
    from.reduce((sum, x) => sum + Math.max(...to.map((y) => similarity(x, y))), 0) / from.length;
  return (best(a, b) + best(b, a)) / 2;
}

/** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
export function jaccard<T>(a: readonly T[], b: readonly T[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const union = new Set([...left, ...right]).size;
  if (union === 0) return 0;
  let shared = 0;
  for (const item of left) if (right.has(item)) shared += 1;
  return shared / union;
}

export type CodeDimension = 'nace' | 'nabs' | 'objectives' | 'tech';
export type CodeWeights = Record<CodeDimension, number>;

/**
 * NACE weighs most: it is the economic domain, the most specific and most consistently used code
 * of a RIS3 priority. NABS (scientific domain) and technology fields say what knowledge it rests
 * on. Policy objectives are few and broad (many priorities serve the green transition), so they
 * weigh least.
 */
export const DEFAULT_CODE_WEIGHTS: CodeWeights = { nace: 0.45, nabs: 0.2, objectives: 0.15, tech: 0.2 };

export type CodeSimilarity = {
  /** Weighted mean over the dimensions both priorities are coded in (weights re-normalised); 0 when there is none. */
  score: number;
  /** Each dimension's similarity, or null when either priority has no code in it. */
  dimensions: Record<CodeDimension, number | null>;
  /** The evidence: deepest common NACE ancestors of best-matching codes, and the codes both have. */
  shared: { nace: string[]; nabs: string[]; objectives: string[]; techFields: number[] };
};

type Coded = Pick<Priority, 'nace' | 'nabs' | 'objectives' | 'techFields'>;

/** For each code of either side, the deepest ancestor it shares with its best match on the other side; ancestors of other results dropped. */
function sharedNace(a: readonly string[], b: readonly string[]): string[] {
  const found = new Set<string>();
  const collect = (from: readonly string[], to: readonly string[]) => {
    for (const x of from) {
      let best: string | null = null;
      let bestValue = 0;
      for (const y of to) {
        const value = naceSimilarity(x, y);
        if (value > bestValue) {
          bestValue = value;
          best =
            x.trim().toUpperCase() === y.trim().toUpperCase()
              ? x.trim().toUpperCase()
              : naceCommonAncestor(x, y);
        }
      }
      if (best !== null) found.add(best);
    }
  };
  collect(a, b);
  collect(b, a);
  const codes = [...found];
  return codes
    .filter((code) => !codes.some((other) => other !== code && naceLineage(other).includes(code)))
    .sort();
}

const intersection = <T>(a: readonly T[], b: readonly T[]) => {
  const right = new Set(b);
  return [...new Set(a)].filter((x) => right.has(x));
};

/** How alike two priorities are by their codes, and which codes they share. */
export function codeSimilarity(
  p: Coded,
  q: Coded,
  weights: CodeWeights = DEFAULT_CODE_WEIGHTS,
): CodeSimilarity {
  const coded = <T>(a: readonly T[], b: readonly T[], similarity: () => number) =>
    a.length > 0 && b.length > 0 ? similarity() : null;
  const dimensions: Record<CodeDimension, number | null> = {
    nace: coded(p.nace, q.nace, () => bestMatchSimilarity(p.nace, q.nace, naceSimilarity)),
    nabs: coded(p.nabs, q.nabs, () => jaccard(p.nabs, q.nabs)),
    objectives: coded(p.objectives, q.objectives, () => jaccard(p.objectives, q.objectives)),
    tech: coded(p.techFields, q.techFields, () => jaccard(p.techFields, q.techFields)),
  };
  let weighted = 0;
  let total = 0;
  for (const dimension of ['nace', 'nabs', 'objectives', 'tech'] as const) {
    const value = dimensions[dimension];
    if (value === null) continue;
    weighted += weights[dimension] * value;
    total += weights[dimension];
  }
  return {
    score: total > 0 ? weighted / total : 0,
    dimensions,
    // Worked out when asked: clustering scores every pair but explains only a domain's links.
    get shared() {
      return {
        nace: sharedNace(p.nace, q.nace),
        nabs: intersection(p.nabs, q.nabs).sort(),
        objectives: intersection(p.objectives, q.objectives).sort(),
        techFields: intersection(p.techFields, q.techFields).sort((x, y) => x - y),
      };
    },
  };
}
