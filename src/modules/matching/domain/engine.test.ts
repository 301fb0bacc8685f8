import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_CONFIG as config } from './config.ts';
import { analyse, naceAncestry, type MatchInput } from './document.ts';
import { MatchingEngine } from './engine.ts';
import { bruteForceTop, MatchIndex, scorePair } from './match-index.ts';
import { pairFeatures, prepareQuery, typeFit } from './signals.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;

function input(id: string, fields: Partial<MatchInput> = {}): MatchInput {
  return {
    id,
    kind: 'profile',
    role: 'technology_offer',
    title: '',
    summary: '',
    description: '',
    partnerSought: '',
    nace: [],
    techFields: [],
    s3Domains: [],
    partnershipTypes: [],
    country: 'DE',
    targetCountries: [],
    trl: null,
    stage: null,
    language: 'en',
    helix: 'industry',
    sizeClass: 'small',
    publishedAt: NOW - 10 * DAY,
    expiresAt: NOW + 300 * DAY,
    organisationId: `org-${id}`,
    ...fields,
  };
}

/** The signal values of a pair (both titles share a word, so section-only overlaps are scored too). */
const signalsOf = (a: MatchInput, b: MatchInput) => {
  const [qa, qb] = [
    { ...a, title: `${a.title} dairy` },
    { ...b, title: `${b.title} dairy` },
  ];
  const index = new MatchIndex(config);
  for (const doc of [qa, qb]) index.upsert(analyse(doc, config));
  return scorePair(index.prepare(analyse(qa, config)), analyse(qb, config), config, NOW)?.signals;
};
const pairOverlap = (a: MatchInput, b: MatchInput) => {
  const index = new MatchIndex(config);
  for (const doc of [a, b]) index.upsert(analyse(doc, config));
  return pairFeatures(prepareQuery(analyse(a, config), index, config), analyse(b, config), config);
};

describe('NACE hierarchy', () => {
  it('expands a code into its ancestors and ignores codes of another shape', () => {
    expect(naceAncestry('C10.51')).toEqual(['C', 'C10', 'C10.5', 'C10.51']);
    expect(naceAncestry('c10.5')).toEqual(['C', 'C10', 'C10.5']);
    expect(naceAncestry('J')).toEqual(['J']);
    expect(naceAncestry('10.51')).toEqual([]);
  });

  it('scores the same class above the same group above the same division above the same section', () => {
    const query = input('q', { nace: ['C10.51'] });
    const overlap = (code: string) =>
      signalsOf(query, input('c', { role: 'technology_request', nace: [code] }))?.nace;
    expect(overlap('C10.51')).toBe(1);
    expect(overlap('C10.52')).toBe(0.75);
    expect(overlap('C10.7')).toBe(0.5);
    expect(overlap('C20.1')).toBe(0.15);
    expect(overlap('J62.01')).toBe(0);
    // A candidate coded only at group level shares the group with a class-level query.
    expect(overlap('C10.5')).toBe(0.75);
  });

  it('scores the same WIPO field above the same sector', () => {
    const query = input('q', { techFields: [18] });
    const tech = (field: number) =>
      signalsOf(query, input('c', { role: 'technology_request', techFields: [field] }))?.tech;
    expect(tech(18)).toBe(1);
    expect(tech(15)).toBe(0.4); // both chemistry
    expect(tech(6)).toBe(0);
  });

  it('does not match on a shared NACE section or WIPO sector alone', () => {
    const a = input('a', { title: 'cheese', nace: ['C10.51'], techFields: [18] });
    const b = input('b', {
      role: 'technology_request',
      title: 'welding',
      nace: ['C25.62'],
      techFields: [15],
    });
    expect(pairOverlap(a, b)).toMatchObject({ text: 0, nace: 0, tech: 0, s3: 0 });
    const index = new MatchIndex(config);
    for (const doc of [a, b]) index.upsert(analyse(doc, config));
    expect(scorePair(index.prepare(analyse(a, config)), analyse(b, config), config, NOW)).toBeNull();
    expect(index.query(index.prepare(analyse(a, config)), { top: 5, now: NOW })).toEqual([]);
  });
});

describe('type complementarity', () => {
  it('puts an offer with the request it answers above two offers of one kind', () => {
    expect(typeFit('technology_offer', 'technology_request')).toBe(1);
    expect(typeFit('technology_request', 'technology_offer')).toBe(1);
    expect(typeFit('business_request', 'business_offer')).toBe(1);
    expect(typeFit('rd_partner_search', 'rd_partner_search')).toBe(1);
    expect(typeFit('technology_offer', 'technology_offer')).toBeLessThan(0.5);
    expect(typeFit('business_request', 'business_request')).toBeLessThan(
      typeFit('technology_offer', 'technology_request'),
    );
  });
});

describe('matching', () => {
  const request = input('request', {
    role: 'technology_request',
    title: 'Polish dairy seeks lactose-free milk processing technology',
    summary: 'A dairy cooperative from Podlaskie wants to produce lactose-free milk and yoghurt.',
    description: 'We need enzymatic lactose hydrolysis or membrane filtration of milk at industrial scale.',
    nace: ['C10.51'],
    techFields: [18],
    partnershipTypes: ['licence', 'commercial_with_technical_assistance'],
    country: 'PL',
    trl: 7,
  });
  const danishOffer = input('dk-offer', {
    title: 'Membrane filtration for lactose-free dairy products',
    summary: 'Danish company licenses a membrane filtration process that removes lactose from milk.',
    description: 'Ultrafiltration and nanofiltration of milk; industrial lines in operation.',
    nace: ['C10.51'],
    techFields: [18],
    partnershipTypes: ['licence'],
    country: 'DK',
    trl: 9,
  });
  const finnishOffer = input('fi-offer', {
    title: 'Lactase enzyme process for milk and yoghurt',
    summary: 'Finnish dairy technology firm offers an enzymatic hydrolysis process for lactose-free milk.',
    nace: ['C10.5'],
    techFields: [15],
    partnershipTypes: ['commercial_with_technical_assistance'],
    country: 'FI',
    trl: 8,
  });
  const polishCompetitor = input('pl-request', {
    role: 'technology_request',
    title: 'Dairy seeks lactose-free milk technology',
    summary: 'Another Polish dairy looks for lactose-free milk processing.',
    nace: ['C10.51'],
    country: 'PL',
  });
  const roofing = input('roofing', {
    title: 'Bitumen roofing membrane with filtration layer',
    summary: 'Roofing membranes for flat roofs.',
    nace: ['C23.99'],
    country: 'SE',
  });
  const expired = input('expired', { ...danishOffer, id: 'expired', expiresAt: NOW - DAY });
  const targetOnlyDe = input('de-only', { ...danishOffer, id: 'de-only', targetCountries: ['DE'] });
  const sameOrganisation = input('sibling', {
    ...danishOffer,
    id: 'sibling',
    organisationId: request.organisationId,
  });
  const corpus = [
    request,
    danishOffer,
    finnishOffer,
    polishCompetitor,
    roofing,
    expired,
    targetOnlyDe,
    sameOrganisation,
  ];

  const engine = new MatchingEngine(config, {
    nace: (code) => (code === 'C10.51' ? 'Operation of dairies and cheese making' : undefined),
    techField: (field) => (field === 18 ? 'Food chemistry' : undefined),
  });
  engine.add(corpus);
  const matches = engine.matches(request, { top: 10, now: NOW });
  const ids = matches.map((m) => m.doc.input.id);

  it('ranks the Danish and Finnish offers first, above a Polish request for the same thing', () => {
    expect(ids.slice(0, 2).sort()).toEqual(['dk-offer', 'fi-offer']);
    expect(ids.indexOf('pl-request')).toBeGreaterThan(1);
  });

  it('never returns the profile itself, an expired profile, its own organisation or one whose target countries exclude it', () => {
    expect(ids).not.toContain('request');
    expect(ids).not.toContain('expired');
    expect(ids).not.toContain('sibling');
    expect(ids).not.toContain('de-only');
  });

  it('applies the query’s target countries as a hard filter', () => {
    const onlyFinland = engine.matches(
      { ...request, id: 'request-fi', targetCountries: ['FI'] },
      { top: 10, now: NOW },
    );
    expect(onlyFinland.map((m) => m.doc.input.country)).toEqual(['FI']);
  });

  it('explains a match with the real shared codes, types, terms and the border crossed', () => {
    const top = matches.find((m) => m.doc.input.id === 'dk-offer');
    const texts = top?.reasons.map((r) => r.text) ?? [];
    expect(texts).toContain('both in NACE C10.51 Operation of dairies and cheese making');
    expect(texts).toContain('technology offer for a technology request');
    expect(texts).toContain('partner in Denmark for a technology request from Poland');
    expect(texts).toContain('both in technology field 18 Food chemistry');
    expect(texts.find((t) => t.startsWith('terms:'))).toMatch(/'membrane'|'filtration'|'lactose'/);
    expect(top?.reasons.find((r) => r.code === 'partnership')?.params).toEqual({ types: ['licence'] });
    const contributions = Object.values(top?.signals ?? {}).reduce((sum, s) => sum + s.contribution, 0);
    expect(contributions).toBeCloseTo(top?.score ?? 0, 3);
  });

  it('prefers a partner across the border to the same partner at home', () => {
    const home = engine.matches(
      { ...danishOffer, id: 'offer-q', organisationId: 'x' },
      { top: 10, now: NOW },
    );
    const geo = (id: string) => home.find((m) => m.doc.input.id === id)?.signals.geo.value;
    expect(geo('request')).toBe(1);
    expect(geo('pl-request')).toBe(1);
    const polishOffer = engine.matches(
      { ...request, id: 'q2', country: 'DK', organisationId: 'y' },
      { top: 10, now: NOW },
    );
    expect(polishOffer.find((m) => m.doc.input.id === 'dk-offer')?.signals.geo.value).toBe(
      config.sameCountry,
    );
  });

  it('does not match the roofing membrane on a shared word alone above the dairy offers', () => {
    const roof = matches.findIndex((m) => m.doc.input.id === 'roofing');
    if (roof >= 0) expect(roof).toBeGreaterThan(1);
  });
});

/** A deterministic pseudo-random corpus with overlapping vocabulary and codes. */
function randomCorpus(size: number, seed: number): MatchInput[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  // A Zipf-like vocabulary: a few common words, many rare ones.
  const vocabulary = Array.from({ length: 600 }, (_, i) => `word${i}`);
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2)] as string;
  const codes = [
    'C10.51',
    'C10.5',
    'C10',
    'C16.10',
    'C16',
    'C20.16',
    'C25.62',
    'C28.29',
    'J62.01',
    'J62',
    'H52.24',
    'D35.11',
    'C',
  ];
  const roles = [
    'technology_offer',
    'technology_request',
    'business_offer',
    'business_request',
    'rd_partner_search',
  ] as const;
  const countries = ['PL', 'DE', 'DK', 'FI', 'EE', 'LV', 'LT', 'SE'];
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  return Array.from({ length: size }, (_, i) =>
    input(`p${i}`, {
      role: pick(roles),
      title: words(4),
      summary: words(12),
      description: words(30),
      nace: random() < 0.2 ? [] : [pick(codes)],
      techFields: random() < 0.5 ? [] : [1 + Math.floor(random() * 35)],
      s3Domains: random() < 0.7 ? [] : [pick(['Smart food', 'Bioeconomy', 'ICT'])],
      partnershipTypes: [pick(['licence', 'commercial_agreement', 'research_cooperation', 'services'])],
      country: pick(countries),
      targetCountries: random() < 0.1 ? [pick(countries)] : [],
      trl: random() < 0.5 ? null : 1 + Math.floor(random() * 9),
      publishedAt: NOW - Math.floor(random() * 400) * DAY,
      organisationId: `org${Math.floor(random() * (size / 2))}`,
    }),
  );
}

describe('the index against the brute-force scorer', () => {
  const compare = (index: MatchIndex, queries: MatchInput[]) => {
    const live = index.all();
    let matched = 0;
    for (const query of queries) {
      const prepared = index.prepare(index.get(query.id) ?? analyse(query, config));
      const fast = index.query(prepared, { top: 20, now: NOW });
      const brute = bruteForceTop(prepared, live, { top: 20, now: NOW }, config);
      expect(fast.map((m) => [m.doc.input.id, m.score])).toEqual(brute.map((m) => [m.doc.input.id, m.score]));
      matched += fast.length;
    }
    expect(matched).toBeGreaterThan(queries.length * 10);
  };

  it('returns the same top 20 with identical scores, also after updates and removals', () => {
    const corpus = randomCorpus(1500, 7);
    const index = new MatchIndex(config);
    for (const doc of corpus) index.upsert(analyse(doc, config));
    // 1,500 documents: terms in more than a fifth of them are left out of queries.
    compare(index, corpus.slice(0, 30));
    for (const doc of corpus.slice(0, 200))
      index.upsert(analyse({ ...doc, title: `${doc.title} update` }, config));
    for (const doc of corpus.slice(200, 1000)) index.remove(doc.id); // forces a compaction too
    expect(index.all()).toHaveLength(700);
    compare(index, [...corpus.slice(1000, 1030), ...corpus.slice(0, 10)]);
  });
});
