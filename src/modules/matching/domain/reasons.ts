// Why two documents match, in words a broker checks: the shared codes and terms, the fitting types,
// the border crossed. Each reason has a code and parameters (the web app words them in the user's
// language) and an English sentence (the CLI and e-mails use it).
import type { MatchingConfig, SignalName } from './config.ts';
import { SIGNALS } from './config.ts';
import {
  MATCH_PARTNERSHIP_TYPES,
  naceLevel,
  type MatchDoc,
  type MatchRole,
  type NaceLevel,
} from './document.ts';
import type { ScoredWithSignals } from './match-index.ts';
import { bm25Tf, lengthNorm, type PreparedQuery } from './signals.ts';

export type ReasonCode =
  | 'types'
  | 'partnership'
  | 'nace'
  | 'tech'
  | 's3'
  | 'terms'
  | 'crossBorder'
  | 'targetCountry'
  | 'trl'
  | 'research'
  | 'fresh';

export type ReasonParams = Record<string, string | number | string[]>;
export type Reason = { code: ReasonCode; params: ReasonParams; text: string };

/** Names of codes for the sentences; the engine itself knows codes only. */
export type CodeLabels = {
  nace: (code: string) => string | undefined;
  techField: (field: number) => string | undefined;
};

const ROLE_NOUN: Record<MatchRole, string> = {
  business_offer: 'business offer',
  business_request: 'business request',
  technology_offer: 'technology offer',
  technology_request: 'technology request',
  rd_partner_search: 'R&D partner search',
  organisation: 'organisation',
  client: 'client',
};
const TECH_SECTORS = [
  '',
  'electrical engineering',
  'instruments',
  'chemistry',
  'mechanical engineering',
  'other fields',
];
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryNameCache = new Map<string, string>();
const countryName = (code: string) => {
  let name = countryNameCache.get(code);
  if (name === undefined) {
    try {
      name = countryNames.of(code) ?? code;
    } catch {
      name = code;
    }
    countryNameCache.set(code, name);
  }
  return name;
};
const quoted = (items: string[]) => items.map((item) => `'${item}'`).join(', ');
const partnershipWords = (type: string) => type.replaceAll('_', ' ');

/** The deepest key both lists hold (C10.51 before C10.5 before C10 before C). */
function deepestShared(a: string[], b: string[]): string | undefined {
  return a.filter((key) => b.includes(key)).sort((x, y) => y.length - x.length || (x < y ? -1 : 1))[0];
}

/** The query terms that contributed most to the text signal, as words of the candidate. */
export function sharedTerms(q: PreparedQuery, c: MatchDoc, config: MatchingConfig, limit = 5): string[] {
  return q.terms
    .flatMap(({ term, weight }) => {
      const tf = c.terms.get(term);
      const norm = lengthNorm(c.length, q.averageLength, config);
      return tf === undefined ? [] : [{ term, value: weight * bm25Tf(tf, norm, config.bm25.k1) }];
    })
    .sort((a, b) => b.value - a.value)
    .slice(0, limit)
    .map(({ term }) => c.words.get(term) ?? q.doc.words.get(term) ?? term);
}

/** The reasons of a match, strongest signal first. */
export function explain(
  q: PreparedQuery,
  match: ScoredWithSignals,
  config: MatchingConfig,
  labels: CodeLabels,
  now: number,
): Reason[] {
  const [a, c] = [q.doc, match.doc];
  const { signals } = match;
  const reasons: { signal: SignalName; reason: Reason }[] = [];
  const add = (signal: SignalName, code: ReasonCode, params: ReasonParams, text: string) =>
    reasons.push({ signal, reason: { code, params, text } });

  const [qRole, cRole] = [a.input.role, c.input.role];
  if (signals.type >= 0.5) {
    const text =
      qRole === cRole
        ? `both are ${plural(ROLE_NOUN[qRole])}`
        : `${ROLE_NOUN[cRole]} for a ${ROLE_NOUN[qRole]}`;
    add('type', 'types', { query: qRole, candidate: cRole }, text);
  }
  const sharedPartnerships = MATCH_PARTNERSHIP_TYPES.filter(
    (type) => a.input.partnershipTypes.includes(type) && c.input.partnershipTypes.includes(type),
  );
  if (sharedPartnerships.length > 0) {
    add(
      'partnership',
      'partnership',
      { types: sharedPartnerships },
      `${ROLE_NOUN[qRole]} seeks and ${ROLE_NOUN[cRole]} names ${sharedPartnerships.map(partnershipWords).join(', ')}`,
    );
  }
  const nace = deepestShared(a.naceKeys, c.naceKeys);
  if (nace) {
    const level: NaceLevel = naceLevel(nace);
    const name = labels.nace(nace);
    add(
      'nace',
      'nace',
      { code: nace, level, name: name ?? '' },
      `both in NACE ${level === 'section' ? 'section ' : ''}${nace}${name ? ` ${name}` : ''}`,
    );
  }
  const field = deepestShared(a.techKeys, c.techKeys);
  const sector = [1, 2, 3, 4, 5].find((n) => (a.sectorMask & c.sectorMask & (1 << (n - 1))) !== 0);
  if (field) {
    const number = Number(field.slice(1));
    const name = labels.techField(number);
    add(
      'tech',
      'tech',
      { field: number, name: name ?? '' },
      `both in technology field ${number}${name ? ` ${name}` : ''}`,
    );
  } else if (sector) {
    add('tech', 'tech', { sector }, `related technology fields (${TECH_SECTORS[sector]})`);
  }
  const domains = c.input.s3Domains.filter((d) => a.s3Keys.includes(d.trim().toLowerCase()));
  if (domains.length > 0) add('s3', 's3', { domains }, `both in S3 domain ${quoted(domains)}`);
  const terms = sharedTerms(q, c, config);
  if (terms.length > 0) add('text', 'terms', { terms }, `terms: ${quoted(terms)}`);
  const [qCountry, cCountry] = [a.input.country, c.input.country];
  if (qCountry && cCountry && qCountry !== cCountry) {
    add(
      'geo',
      'crossBorder',
      { country: cCountry, queryCountry: qCountry, role: qRole },
      `partner in ${countryName(cCountry)} for a ${ROLE_NOUN[qRole]} from ${countryName(qCountry)}`,
    );
  }
  if (cCountry && a.input.targetCountries.includes(cCountry)) {
    add(
      'geo',
      'targetCountry',
      { country: cCountry },
      `${countryName(cCountry)} is one of the ${ROLE_NOUN[qRole]}'s target countries`,
    );
  }
  if (signals.trl >= 0.75 && a.maturity !== null && c.maturity !== null) {
    add(
      'trl',
      'trl',
      { candidate: c.maturity, query: a.maturity },
      `${ROLE_NOUN[cRole]} at TRL ${c.maturity}, ${ROLE_NOUN[qRole]} at TRL ${a.maturity}`,
    );
  }
  if (c.input.helix === 'research' && (qRole === 'rd_partner_search' || qRole === 'technology_request')) {
    add('fit', 'research', {}, `research organisation for a ${ROLE_NOUN[qRole]}`);
  }
  if (c.input.kind === 'profile' && c.input.publishedAt !== null) {
    const days = Math.max(0, Math.floor((now - c.input.publishedAt) / 86_400_000));
    if (days <= config.freshness.fullDays) add('freshness', 'fresh', { days }, `published ${days} days ago`);
  }
  const contribution = (signal: SignalName) => config.weights[signal] * match.signals[signal];
  const order = (signal: SignalName) => SIGNALS.indexOf(signal);
  return reasons
    .sort((x, y) => contribution(y.signal) - contribution(x.signal) || order(x.signal) - order(y.signal))
    .map(({ reason }) => reason);
}

const plural = (noun: string) => (noun.endsWith('search') ? `${noun}es` : `${noun}s`);
