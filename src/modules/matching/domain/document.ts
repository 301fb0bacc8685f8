// What the engine matches: profiles, organisations without a profile, and clients (from a case's
// diagnosis), all reduced to one shape, analysed once.
import type { MatchingConfig } from './config.ts';
import { tokens, trigrams } from './text.ts';

/** The EEN profile types, as the brokerage module stores them. */
export const MATCH_PROFILE_TYPES = [
  'business_offer',
  'business_request',
  'technology_offer',
  'technology_request',
  'rd_partner_search',
] as const;
export type MatchProfileType = (typeof MATCH_PROFILE_TYPES)[number];

/** A profile has its EEN type; an organisation without a profile, or a client described by its diagnosis, its kind. */
export type MatchRole = MatchProfileType | 'organisation' | 'client';

export const MATCH_PARTNERSHIP_TYPES = [
  'commercial_agreement',
  'commercial_with_technical_assistance',
  'licence',
  'joint_venture',
  'research_cooperation',
  'technical_cooperation',
  'subcontracting',
  'services',
  'financial',
  'acquisition',
] as const;

export type MatchKind = 'profile' | 'organisation' | 'case';

export type MatchInput = {
  id: string;
  kind: MatchKind;
  role: MatchRole;
  title: string;
  summary: string;
  description: string;
  partnerSought: string;
  /** NACE Rev.2 codes at any level: C, C10, C10.5, C10.51. */
  nace: string[];
  /** WIPO technology field numbers 1-35. */
  techFields: number[];
  s3Domains: string[];
  partnershipTypes: string[];
  country: string | null;
  targetCountries: string[];
  trl: number | null;
  stage: string | null;
  language: string;
  helix: string | null;
  sizeClass: string | null;
  /** Epoch milliseconds. */
  publishedAt: number | null;
  expiresAt: number | null;
  organisationId: string | null;
};

export const MATCH_ROLES: readonly MatchRole[] = [...MATCH_PROFILE_TYPES, 'organisation', 'client'];
export const HELIX_CODES = ['industry', 'research', 'administration', 'civil_society'] as const;
const SIZE_RANK: Record<string, number> = { micro: 0, small: 1, medium: 2, large: 3 };

/** A document as the engine uses it: terms with weighted frequencies, code keys, title trigrams. */
export type MatchDoc = {
  input: MatchInput;
  /** Stem → weighted term frequency (fields counted by their weight). */
  terms: Map<string, number>;
  /** Stem → the first word it came from, for reasons. */
  words: Map<string, string>;
  length: number;
  /** Every NACE code and its ancestors: C10.51 gives C, C10, C10.5, C10.51. */
  naceKeys: string[];
  /** The NACE sections (A = bit 0) of the codes: sharing only a section is checked with a bit mask. */
  sectionMask: number;
  /** `f12` per technology field. */
  techKeys: string[];
  /** The WIPO sectors (1 = bit 0) of the technology fields. */
  sectorMask: number;
  /** Lower-cased S3 domain labels. */
  s3Keys: string[];
  /** The title's trigrams as sorted numbers (see `trigramIds`). */
  titleTrigrams: Uint32Array;
  partnershipMask: number;
  /** Partnership types close to this document's (see signals.ts). */
  relatedMask: number;
  /** TRL, or the TRL a development stage implies. */
  maturity: number | null;
  /** Positions in MATCH_ROLES and HELIX_CODES (-1 unknown), and the size rank micro 0 … large 3 (-1 unknown). */
  roleIndex: number;
  helixIndex: number;
  sizeRank: number;
};

/** The level of a NACE key by its shape: C (section), C10 (division), C10.5 (group), C10.51 (class). */
export type NaceLevel = 'section' | 'division' | 'group' | 'class';
export function naceLevel(key: string): NaceLevel {
  if (key.length === 1) return 'section';
  if (key.length === 3) return 'division';
  return key.length === 5 ? 'group' : 'class';
}

/** A NACE code with its ancestors, from the section down. Codes in other shapes are ignored. */
export function naceAncestry(code: string): string[] {
  const normalised = code.trim().toUpperCase();
  const match = /^([A-U])(?:(\d{2})(?:\.(\d)(\d)?)?)?$/.exec(normalised);
  if (!match) return [];
  const [, section, division, group, klass] = match;
  const keys = [section as string];
  if (division) keys.push(`${section}${division}`);
  if (group) keys.push(`${section}${division}.${group}`);
  if (klass) keys.push(`${section}${division}.${group}${klass}`);
  return keys;
}

/** The five WIPO sectors of the 35 technology fields (WIPO IPC-technology concordance, 2019). */
export function techSector(field: number): number {
  if (field <= 8) return 1; // electrical engineering
  if (field <= 13) return 2; // instruments
  if (field <= 24) return 3; // chemistry
  if (field <= 32) return 4; // mechanical engineering
  return 5; // other fields
}

const STAGE_MATURITY: Record<string, number> = {
  concept: 2,
  under_development: 4,
  prototype: 6,
  field_tested: 7,
  on_market: 9,
};

export const partnershipBit = (type: string) => {
  const index = (MATCH_PARTNERSHIP_TYPES as readonly string[]).indexOf(type);
  return index < 0 ? 0 : 1 << index;
};

/** Every trigram seen gets a number, so two titles are compared by merging sorted numbers. */
const trigramNumbers = new Map<string, number>();
function trigramIds(trigrams: Set<string>): Uint32Array {
  const ids = new Uint32Array(trigrams.size);
  let i = 0;
  for (const trigram of trigrams) {
    let id = trigramNumbers.get(trigram);
    if (id === undefined) trigramNumbers.set(trigram, (id = trigramNumbers.size));
    ids[i++] = id;
  }
  return ids.sort();
}

/** Partnership types that are close without being the same. */
const RELATED_PARTNERSHIPS: [string, string][] = [
  ['commercial_agreement', 'commercial_with_technical_assistance'],
  ['research_cooperation', 'technical_cooperation'],
  ['licence', 'technical_cooperation'],
  ['subcontracting', 'services'],
  ['joint_venture', 'financial'],
  ['financial', 'acquisition'],
];

function relatedMaskOf(mask: number): number {
  let result = 0;
  for (const [a, b] of RELATED_PARTNERSHIPS) {
    if ((mask & partnershipBit(a)) !== 0) result |= partnershipBit(b);
    if ((mask & partnershipBit(b)) !== 0) result |= partnershipBit(a);
  }
  return result;
}

export function analyse(input: MatchInput, config: MatchingConfig): MatchDoc {
  const terms = new Map<string, number>();
  const words = new Map<string, string>();
  let length = 0;
  const fields: [string, number][] = [
    [input.title, config.fieldWeights.title],
    [input.summary, config.fieldWeights.summary],
    [input.description, config.fieldWeights.description],
    [input.partnerSought, config.fieldWeights.partnerSought],
  ];
  for (const [text, weight] of fields) {
    for (const { term, word } of tokens(text, input.language)) {
      terms.set(term, (terms.get(term) ?? 0) + weight);
      if (!words.has(term)) words.set(term, word);
      length += weight;
    }
  }
  const naceKeys = [...new Set(input.nace.flatMap(naceAncestry))];
  const partnershipMask = input.partnershipTypes.reduce((mask, type) => mask | partnershipBit(type), 0);
  return {
    input,
    terms,
    words,
    length,
    naceKeys,
    sectionMask: naceKeys
      .filter((key) => key.length === 1)
      .reduce((mask, key) => mask | (1 << (key.charCodeAt(0) - 65)), 0),
    techKeys: [...new Set(input.techFields.map((field) => `f${field}`))],
    sectorMask: input.techFields.reduce((mask, field) => mask | (1 << (techSector(field) - 1)), 0),
    s3Keys: [...new Set(input.s3Domains.map((d) => d.trim().toLowerCase()).filter(Boolean))],
    titleTrigrams: trigramIds(trigrams(input.title)),
    partnershipMask,
    relatedMask: relatedMaskOf(partnershipMask),
    maturity: input.trl ?? (input.stage ? (STAGE_MATURITY[input.stage] ?? null) : null),
    roleIndex: MATCH_ROLES.indexOf(input.role),
    helixIndex: (HELIX_CODES as readonly (string | null)[]).indexOf(input.helix),
    sizeRank: SIZE_RANK[input.sizeClass ?? ''] ?? -1,
  };
}
