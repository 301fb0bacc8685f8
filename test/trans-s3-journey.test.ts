import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-data.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import type {
  TCandidate,
  TCandidateProfile,
  TPrioritisation,
  TRound,
  TStrategy,
} from '../src/modules/trans-s3/contract.ts';
import { as, createTestApp, logInAs, type Session, type TestApp } from './test-app.ts';

// "Done means" of issue 5, through the API on the demo: the seven GoSmart regions go from their
// RIS3 priorities to a finished, exportable Trans-S3 with evidence behind every domain, a closed
// consultation round, an action plan and indicators.

let t: TestApp;
let lead: Session;
let broker: Session;
let research: Session;
let industry: Session;
let groupId = '';
let candidates: TCandidate[] = [];
let roundId = '';

const api = (session: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, payload?: unknown) =>
  as(t.app, session, {
    method,
    url: `/api/trans-s3/groups/${groupId}${path}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db);
  lead = await logInAs(t.app, 'analyst@gosmart.example', DEMO_PASSWORD);
  broker = await logInAs(t.app, 'broker.dk@gosmart.example', DEMO_PASSWORD);
  research = await logInAs(t.app, 'member@gosmart.example', DEMO_PASSWORD);
  industry = await logInAs(t.app, 'sme@gosmart.example', DEMO_PASSWORD);
  const groups = (await as(t.app, lead, { method: 'GET', url: '/api/trans-s3/groups' })).json<{
    items: { id: string; name: string }[];
  }>();
  groupId = groups.items.find((g) => g.name === 'GoSmart BSR')?.id ?? '';
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('GoSmart BSR Trans-S3 on the demo', () => {
  it('finds candidate domains shared by the seven regions, each with evidence', async () => {
    expect(groupId).not.toBe('');
    const run = await api(lead, 'POST', '/common', {});
    expect(run.statusCode).toBe(200);
    candidates = run.json<{ items: TCandidate[] }>().items;
    expect(candidates.length).toBeGreaterThanOrEqual(4);
    const titles = candidates.map((c) => c.label.toLowerCase()).join(' | ');
    expect(titles).toMatch(/health|medical/);
    expect(titles).toMatch(/food/);
    expect(titles).toMatch(/energy|electric/);
    for (const candidate of candidates) {
      const profile = (
        await api(broker, 'GET', `/candidates/${candidate.id}/profile`)
      ).json<TCandidateProfile>();
      expect(profile.regions).toHaveLength(7);
      // Statistics for every region of the group (Latvia, Estonia and Lithuania through their NUTS-2 region).
      expect(profile.regions.filter((r) => r.rca !== null).length, candidate.label).toBe(7);
      expect(profile.evidenceScore).not.toBeNull();
    }
  }, 60_000);

  it('closes a consultation round whose helix-equal results feed the prioritisation', async () => {
    const now = Date.now();
    const created = await api(lead, 'POST', '/rounds', {
      title: 'GoSmart BSR consultation 2026',
      criteria: ['Relevance for my organisation', 'Potential for cross-border cooperation'],
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
    });
    expect(created.statusCode).toBe(201);
    const round = created.json<TRound>();
    roundId = round.id;
    expect(round.invitees.map((i) => i.helix).sort()).toEqual(['industry', 'research']);
    for (const [session, rating] of [
      [research, 2],
      [industry, 5],
    ] as const) {
      for (const candidate of candidates) {
        const answer = await api(session, 'PUT', `/rounds/${roundId}/responses/${candidate.id}`, {
          ratings: {
            'Relevance for my organisation': rating,
            'Potential for cross-border cooperation': rating,
          },
          comment: `Rated ${rating}`,
        });
        expect(answer.statusCode).toBe(200);
      }
    }
    const closed = await api(lead, 'PATCH', `/rounds/${roundId}`, {
      closesAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json<TRound>().state).toBe('closed');
    expect((await api(lead, 'PATCH', `/rounds/${roundId}`, { title: 'Changed' })).statusCode).toBe(409);
    const results = (await api(research, 'GET', `/rounds/${roundId}`)).json<TRound>().results;
    expect(results?.[0]?.score).toBeCloseTo(3.5);

    const ranking = (await api(lead, 'GET', '/prioritisation')).json<TPrioritisation>();
    expect(ranking.round?.id).toBe(roundId);
    expect(ranking.ranked.every((r) => r.factors.consultation !== null && r.factors.evidence !== null)).toBe(
      true,
    );
    const final = ranking.ranked.slice(0, 3).map((r) => r.candidateId);
    const marked = await api(lead, 'PUT', '/prioritisation/final', { candidateIds: final });
    expect(marked.json<TPrioritisation>().ranked.filter((r) => r.status === 'final')).toHaveLength(3);
  }, 60_000);

  it('ends with a vision, an action plan and indicators, exported as JSON, HTML and PDF', async () => {
    const strategy = await api(lead, 'PUT', '/strategy', {
      title: 'GoSmart BSR transnational smart specialisation strategy',
      vision: 'By 2030 the seven regions grow their shared domains together.',
      governance: [
        {
          name: 'Steering committee',
          mandate: 'Decides the action plan',
          members: [{ name: 'A. Analyst', organisation: 'BUT', role: 'chair' }],
        },
      ],
    });
    expect(strategy.statusCode).toBe(200);
    const domains = strategy.json<TStrategy>().domains;
    expect(domains).toHaveLength(3);
    const action = await api(lead, 'POST', '/actions', {
      title: 'Transnational matchmaking in the first domain',
      leadRegion: 'PL84',
      partnerRegions: ['DK03', 'LT'],
      candidateIds: [domains[0]?.id],
      budget: 120000,
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      status: 'planned',
    });
    expect(action.statusCode).toBe(201);
    const indicator = await api(lead, 'POST', '/indicators', {
      name: 'Cross-border partnerships in the final domains',
      unit: 'partnerships',
      baseline: 2,
      baselineDate: '2026-01-01',
      target: 20,
      targetDate: '2030-12-31',
      candidateId: domains[0]?.id,
    });
    expect(indicator.statusCode).toBe(201);
    const indicatorId = indicator.json<TStrategy>().indicators[0]?.id;
    const measured = await api(lead, 'POST', `/indicators/${indicatorId}/measurements`, {
      date: '2026-10-01',
      value: 5,
    });
    expect(measured.json<TStrategy>().indicators[0]?.progress.latest?.value).toBe(5);

    const json = (await api(industry, 'GET', '/strategy/export?format=json')).json<TStrategy>();
    expect(json.domains).toHaveLength(3);
    expect(json.actions).toHaveLength(1);
    expect(json.indicators[0]?.measurements).toHaveLength(1);
    const html = await api(industry, 'GET', '/strategy/export?format=html');
    expect(html.body).toContain('By 2030 the seven regions grow their shared domains together.');
    expect(html.body).toContain('Transnational matchmaking in the first domain');
    // A stakeholder reads the strategy but does not change it.
    expect((await api(industry, 'PUT', '/strategy', { vision: 'Mine' })).statusCode).toBe(403);
    const history = (await api(lead, 'GET', '/history')).json<{ items: { step: number }[] }>();
    expect(new Set(history.items.map((h) => h.step))).toEqual(new Set([1, 6, 7]));
  }, 60_000);
});
