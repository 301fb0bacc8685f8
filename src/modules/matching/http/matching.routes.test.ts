import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  logInAs,
  TEST_CONFIG,
  type Session,
  type TestApp,
} from '../../../../test/test-app.ts';
import { buildOrganisation, buildUser } from '../../../../test/factories.ts';
import {
  createProfile,
  PARTNERSHIP_TYPES,
  PROFILE_TYPES,
  transitionProfile,
  updateBroker,
} from '../../brokerage/index.ts';
import { MATCH_PARTNERSHIP_TYPES, MATCH_PROFILE_TYPES } from '../domain/document.ts';
import type { TMatchesResponse } from '../contract.ts';
import { feedbackMetrics, runMatchDigest } from '../index.ts';

let t: TestApp;
let admin: Session;
let brokerPl: Session;
let brokerDk: Session;
let smePl: Session;
let outsider: Session;
const ids: Record<string, string> = {};
const organisations: Record<string, string> = {};

const deps = () => ({ db: t.database.db, clock: () => new Date(), publicUrl: TEST_CONFIG.publicUrl });

type ProfileSeed = {
  organisation: string;
  type: string;
  title: string;
  summary: string;
  naceCodes?: string[];
  techFields?: number[];
  partnershipTypes?: string[];
  targetCountries?: string[];
  trl?: number;
};

async function publishedProfile(
  key: string,
  seed: ProfileSeed,
  status: 'published' | 'draft' | 'withdrawn' = 'published',
) {
  const { organisation, ...fields } = seed;
  const created = await createProfile(deps(), 'system', {
    organisationId: organisations[organisation] as string,
    description: '',
    ...fields,
  } as Parameters<typeof createProfile>[2]);
  if (status !== 'draft') {
    for (const action of ['submit', 'validate', 'publish'] as const)
      await transitionProfile(deps(), 'system', created.id, action);
  }
  if (status === 'withdrawn') await transitionProfile(deps(), 'system', created.id, 'withdraw');
  ids[key] = created.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const org = async (key: string, name: string, countryCode: string, nutsCode: string, extra = {}) => {
    organisations[key] = (await buildOrganisation(db, { name, countryCode, nutsCode, ...extra })).id;
  };
  await org('dairy', 'Biebrza Dairy', 'PL', 'PL842', { naceCodes: ['C10.51'] });
  await org('dkMembranes', 'Jutland Membranes', 'DK', 'DK032');
  await org('fiEnzymes', 'Kotka Enzymes', 'FI', 'FI1C5');
  await org('plOther', 'Suwałki Milk', 'PL', 'PL842');
  await org('deRobots', 'Hamburg Robotics', 'DE', 'DE600');
  await org('dkDairyLab', 'Odense Dairy Lab', 'DK', 'DK031', {
    helixType: 'research',
    naceCodes: ['C10.51', 'M72.11'],
    techFields: [18],
    description: 'University laboratory for lactose-free milk processing and membrane filtration research.',
  });

  const pl = await buildUser(db, { role: 'broker', name: 'Broker PL' });
  const dk = await buildUser(db, { role: 'broker', name: 'Broker DK' });
  await updateBroker(deps(), 'system', pl.id, { regions: ['PL84'] });
  await updateBroker(deps(), 'system', dk.id, { regions: ['DK03'] });
  admin = await logInAs(t.app, (await buildUser(db, { role: 'admin' })).email);
  brokerPl = await logInAs(t.app, pl.email);
  brokerDk = await logInAs(t.app, dk.email);
  smePl = await logInAs(
    t.app,
    (await buildUser(db, { role: 'member', organisationId: organisations.dairy, membershipRole: 'manager' }))
      .email,
  );
  outsider = await logInAs(
    t.app,
    (
      await buildUser(db, {
        role: 'member',
        organisationId: organisations.deRobots,
        membershipRole: 'manager',
      })
    ).email,
  );

  await publishedProfile('request', {
    organisation: 'dairy',
    type: 'technology_request',
    title: 'Lactose-free milk production technology wanted',
    summary:
      'A Podlaskie dairy cooperative wants to produce lactose-free milk and yoghurt at industrial scale.',
    naceCodes: ['C10.51'],
    techFields: [18],
    partnershipTypes: ['licence', 'commercial_with_technical_assistance'],
    trl: 7,
  });
  await publishedProfile('dkOffer', {
    organisation: 'dkMembranes',
    type: 'technology_offer',
    title: 'Membrane filtration removes lactose from milk',
    summary:
      'Danish company licenses a membrane filtration line that makes lactose-free milk and dairy products.',
    naceCodes: ['C10.51'],
    techFields: [18],
    partnershipTypes: ['licence'],
    trl: 9,
  });
  await publishedProfile('fiOffer', {
    organisation: 'fiEnzymes',
    type: 'technology_offer',
    title: 'Lactase enzyme process for milk and yoghurt',
    summary: 'Finnish firm offers an enzymatic process for lactose-free milk, with technical assistance.',
    naceCodes: ['C10.5'],
    techFields: [15],
    partnershipTypes: ['commercial_with_technical_assistance'],
    trl: 8,
  });
  await publishedProfile('plRequest', {
    organisation: 'plOther',
    type: 'technology_request',
    title: 'Lactose-free milk technology sought',
    summary: 'Another Polish dairy looks for lactose-free milk processing.',
    naceCodes: ['C10.51'],
  });
  await publishedProfile('robots', {
    organisation: 'deRobots',
    type: 'technology_offer',
    title: 'Collaborative welding robot',
    summary: 'Welding cells for shipyards and steel structures.',
    naceCodes: ['C28.29'],
  });
  await publishedProfile(
    'withdrawnOffer',
    {
      organisation: 'dkMembranes',
      type: 'technology_offer',
      title: 'Old lactose-free milk membrane line',
      summary: 'Withdrawn offer of a membrane filtration line for lactose-free milk.',
      naceCodes: ['C10.51'],
    },
    'withdrawn',
  );
  await publishedProfile(
    'draftOffer',
    {
      organisation: 'fiEnzymes',
      type: 'technology_offer',
      title: 'Draft lactose-free milk enzyme offer',
      summary: 'Not yet published lactase enzyme for lactose-free milk.',
      naceCodes: ['C10.51'],
    },
    'draft',
  );
});
afterAll(() => t.close());

const matchesOf = async (session: Session, url: string) => {
  const response = await as(t.app, session, { method: 'GET', url });
  return { status: response.statusCode, body: response.json<TMatchesResponse>() };
};
const candidateIds = (body: TMatchesResponse) =>
  body.items.map((item) => item.profile?.id ?? item.organisation.id);

describe('codes', () => {
  it('matches with the codes the brokerage stores (the engine keeps its own copy, being free of other modules)', () => {
    expect([...MATCH_PROFILE_TYPES]).toEqual([...PROFILE_TYPES]);
    expect([...MATCH_PARTNERSHIP_TYPES]).toEqual([...PARTNERSHIP_TYPES]);
  });
});

describe('profile matches', () => {
  it('puts the Danish and Finnish offers first for the Polish dairy request, with reasons', async () => {
    const { status, body } = await matchesOf(brokerPl, `/api/profiles/${ids.request}/matches`);
    expect(status).toBe(200);
    expect(candidateIds(body).slice(0, 2).sort()).toEqual([ids.dkOffer, ids.fiOffer].sort());
    const danish = body.items.find((item) => item.profile?.id === ids.dkOffer);
    expect(danish?.organisation.name).toBe('Jutland Membranes');
    expect(danish?.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        'both in NACE C10.51 Operation of dairies and cheese making',
        'technology offer for a technology request',
        'partner in Denmark for a technology request from Poland',
      ]),
    );
    expect(danish?.brokers.map((b) => b.name)).toEqual(['Broker DK']);
    expect(Object.keys(danish?.signals ?? {})).toContain('nace');
    expect(body.indexed).toBeGreaterThanOrEqual(5);
  });

  it('never shows the profile itself, or a withdrawn, draft or unrelated profile', async () => {
    const { body } = await matchesOf(smePl, `/api/profiles/${ids.request}/matches?top=50`);
    const found = candidateIds(body);
    expect(found).not.toContain(ids.request);
    expect(found).not.toContain(ids.withdrawnOffer);
    expect(found).not.toContain(ids.draftOffer);
    expect(found).not.toContain(ids.robots);
  });

  it('filters by country and type, and picks up a profile published a moment ago', async () => {
    const { body } = await matchesOf(brokerPl, `/api/profiles/${ids.request}/matches?country=FI`);
    expect(candidateIds(body)).toEqual([ids.fiOffer]);
    const onlyRequests = await matchesOf(
      brokerPl,
      `/api/profiles/${ids.request}/matches?type=technology_request`,
    );
    expect(candidateIds(onlyRequests.body)).toEqual([ids.plRequest]);
    await transitionProfile(deps(), 'system', ids.draftOffer as string, 'submit');
    await transitionProfile(deps(), 'system', ids.draftOffer as string, 'validate');
    await transitionProfile(deps(), 'system', ids.draftOffer as string, 'publish');
    const after = await matchesOf(brokerPl, `/api/profiles/${ids.request}/matches`);
    expect(candidateIds(after.body)).toContain(ids.draftOffer);
    await transitionProfile(deps(), 'system', ids.draftOffer as string, 'withdraw');
    const withdrawn = await matchesOf(brokerPl, `/api/profiles/${ids.request}/matches`);
    expect(candidateIds(withdrawn.body)).not.toContain(ids.draftOffer);
  });

  it('answers 404 for a draft profile the user may not open, and 400 naming a bad parameter', async () => {
    const draft = await createProfile(deps(), 'system', {
      organisationId: organisations.dairy as string,
      type: 'technology_request',
      title: 'Unpublished dairy request',
      summary: 'Draft of the dairy about lactose-free milk.',
      naceCodes: ['C10.51'],
    } as Parameters<typeof createProfile>[2]);
    expect((await matchesOf(outsider, `/api/profiles/${draft.id}/matches`)).status).toBe(404);
    // The owner may see the matches of its own draft.
    const own = await matchesOf(smePl, `/api/profiles/${draft.id}/matches`);
    expect(own.status).toBe(200);
    expect(candidateIds(own.body)).toContain(ids.dkOffer);
    const bad = await as(t.app, brokerPl, {
      method: 'GET',
      url: `/api/profiles/${ids.request}/matches?top=0`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('top');
    const badCountry = await as(t.app, brokerPl, {
      method: 'GET',
      url: `/api/profiles/${ids.request}/matches?country=Denmark`,
    });
    expect(badCountry.statusCode).toBe(400);
    expect(badCountry.body).toContain('country');
  });

  it('finds organisations without a profile for brokers only', async () => {
    const { status, body } = await matchesOf(
      brokerPl,
      `/api/profiles/${ids.request}/matches?kind=organisations`,
    );
    expect(status).toBe(200);
    expect(body.items[0]?.organisation.name).toBe('Odense Dairy Lab');
    expect(body.items.every((item) => item.kind === 'organisation' && item.profile === null)).toBe(true);
    // Organisations with a published profile are found as profiles instead.
    expect(candidateIds(body)).not.toContain(organisations.dkMembranes);
    expect((await matchesOf(smePl, `/api/profiles/${ids.request}/matches?kind=organisations`)).status).toBe(
      403,
    );
  });
});

describe('feedback', () => {
  it('stores a verdict with rank and score, hides a dismissed match, and takes it back', async () => {
    const put = (verdict: string | null, candidateId: string, session = brokerPl) =>
      as(t.app, session, {
        method: 'PUT',
        url: '/api/matches/feedback',
        payload: {
          queryKind: 'profile',
          queryId: ids.request,
          candidateKind: 'profile',
          candidateId,
          verdict,
          rank: 2,
          score: 0.61,
          signals: { nace: 1 },
        },
      });
    expect((await put('good', ids.dkOffer as string)).statusCode).toBe(200);
    expect((await put('not_relevant', ids.plRequest as string)).statusCode).toBe(200);
    const { body } = await matchesOf(brokerPl, `/api/profiles/${ids.request}/matches`);
    expect(body.items.find((item) => item.profile?.id === ids.dkOffer)?.feedback).toBe('good');
    expect(candidateIds(body)).not.toContain(ids.plRequest);
    const all = await matchesOf(brokerPl, `/api/profiles/${ids.request}/matches?includeDismissed=true`);
    expect(all.body.items.find((item) => item.profile?.id === ids.plRequest)?.feedback).toBe('not_relevant');
    // Another user's view is their own.
    const other = await matchesOf(admin, `/api/profiles/${ids.request}/matches`);
    expect(candidateIds(other.body)).toContain(ids.plRequest);
    // The verdicts give the evaluation's measures on real use: one rated top-5 match, good, at rank 2.
    expect(await feedbackMetrics(t.database.db)).toMatchObject({
      verdicts: 2,
      good: 1,
      precisionAt5: 0.5,
      mrr: 0.5,
    });
    expect((await put(null, ids.plRequest as string)).statusCode).toBe(200);
    expect(candidateIds((await matchesOf(brokerPl, `/api/profiles/${ids.request}/matches`)).body)).toContain(
      ids.plRequest,
    );

    const bad = await as(t.app, brokerPl, {
      method: 'PUT',
      url: '/api/matches/feedback',
      payload: {
        queryKind: 'profile',
        queryId: ids.request,
        candidateKind: 'profile',
        candidateId: ids.dkOffer,
        verdict: 'great',
        rank: 1,
        score: 0.5,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('verdict');
  });

  it('refuses feedback on a profile the user may not open', async () => {
    const draft = await createProfile(deps(), 'system', {
      organisationId: organisations.dairy as string,
      type: 'technology_request',
      title: 'Another unpublished request',
      summary: 'Draft.',
    } as Parameters<typeof createProfile>[2]);
    const response = await as(t.app, outsider, {
      method: 'PUT',
      url: '/api/matches/feedback',
      payload: {
        queryKind: 'profile',
        queryId: draft.id,
        candidateKind: 'profile',
        candidateId: ids.dkOffer,
        verdict: 'good',
        rank: 1,
        score: 0.5,
      },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('case matches', () => {
  let caseId: string;
  beforeAll(async () => {
    const opened = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/cases',
      payload: { organisationId: organisations.dairy, title: 'Biebrza Dairy: lactose-free line' },
    });
    caseId = opened.json<{ id: string }>().id;
    const saved = await as(t.app, brokerPl, {
      method: 'PUT',
      url: `/api/cases/${caseId}/diagnosis`,
      payload: {
        productsServices: 'UHT milk, yoghurt and butter from 900 farms.',
        needs: 'A process to remove lactose from milk, licensed with technical assistance.',
        cooperationModels: ['technology_licensing'],
        targetCountries: ['DK', 'FI'],
      },
    });
    expect(saved.statusCode).toBe(200);
  });

  it('finds offers for the client from its diagnosis, only in its target countries', async () => {
    const { status, body } = await matchesOf(brokerPl, `/api/cases/${caseId}/matches`);
    expect(status).toBe(200);
    expect(body.query).toMatchObject({ kind: 'case', id: caseId });
    expect(candidateIds(body).slice(0, 2).sort()).toEqual([ids.dkOffer, ids.fiOffer].sort());
    expect(body.items.every((item) => ['DK', 'FI'].includes(item.organisation.countryCode))).toBe(true);
  });

  it('shows nothing of the case to a broker of another region', async () => {
    expect((await matchesOf(brokerDk, `/api/cases/${caseId}/matches`)).status).toBe(404);
  });
});

describe('daily digest', () => {
  it('tells the owner about new matches once', async () => {
    const first = await runMatchDigest(deps());
    expect(first.notices).toBeGreaterThan(0);
    const notifications = await as(t.app, smePl, { method: 'GET', url: '/api/notifications' });
    const items = notifications.json<{ items: { kind: string; title: string; link: string | null }[] }>()
      .items;
    const digest = items.find(
      (item) => item.kind === 'match.digest' && item.link === `/profiles/${ids.request}`,
    );
    expect(digest?.title).toMatch(/new match/);
    const second = await runMatchDigest(deps());
    expect(second.notices).toBe(0);
  });
});
