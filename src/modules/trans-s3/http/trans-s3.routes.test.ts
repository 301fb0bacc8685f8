import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStatistics } from '../../../demo/seed-statistics.ts';
import { systemClock } from '../../../platform/clock.ts';
import { buildOrganisation, buildUser } from '../../../../test/factories.ts';
import { as, createTestApp, logInAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import type { TCandidate, TCandidateProfile, TGroup, TPrioritisation, TPriority } from '../contract.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/${name}`, import.meta.url), 'utf8');
const REGIONS = ['PL84', 'LV', 'EE', 'LT', 'FI1C4', 'DE60', 'DK03'];

let t: TestApp;
let analyst: Session;
let otherAnalyst: Session;
let stakeholder: Session;
let broker: Session;
let member: Session;
let groupId: string;

type CandidatesBody = {
  items: TCandidate[];
  unassigned: { id: string }[];
  lastRun: { minRegions: number } | null;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await buildUser(db, { role: 'analyst', email: 'ana@test.example' });
  await buildUser(db, { role: 'analyst', email: 'other@test.example' });
  await buildUser(db, { role: 'member', email: 'stake@test.example', organisation: true });
  await buildUser(db, { role: 'broker', email: 'broker@test.example' });
  await buildUser(db, { role: 'member', email: 'member@test.example' });
  analyst = await logInAs(t.app, 'ana@test.example');
  otherAnalyst = await logInAs(t.app, 'other@test.example');
  stakeholder = await logInAs(t.app, 'stake@test.example');
  broker = await logInAs(t.app, 'broker@test.example');
  member = await logInAs(t.app, 'member@test.example');
  // Registry organisations in the domains (dairy processors in three countries, an ICT company).
  for (const [countryCode, nutsCode] of [
    ['PL', 'PL84'],
    ['LT', 'LT011'],
    ['DK', 'DK032'],
  ] as const) {
    await buildOrganisation(db, {
      countryCode,
      nutsCode,
      naceCodes: ['C10.51'],
      headcount: 20,
      exportShare: 40,
    });
  }
  await buildOrganisation(db, {
    countryCode: 'EE',
    nutsCode: 'EE001',
    naceCodes: ['J62.01'],
    helixType: 'industry',
    headcount: 5,
  });
  await buildOrganisation(db, {
    countryCode: 'PL',
    nutsCode: 'PL84',
    naceCodes: ['M72.1'],
    helixType: 'research',
  });
}, 60_000);

afterAll(async () => {
  await t.close();
});

describe('priorities register', () => {
  it('imports the CSV all or nothing and names the line and column of every error', async () => {
    const bad = await as(t.app, analyst, {
      method: 'POST',
      url: '/api/trans-s3/priorities/import',
      payload: { csv: fixture('trans-s3-priorities-bad.csv') },
    });
    expect(bad.statusCode).toBe(400);
    const details = bad.json<{ error: { details: { path: string }[] } }>().error.details;
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((d) => /^line \d+, \w+/.test(d.path))).toBe(true);
    const none = await as(t.app, analyst, { method: 'GET', url: '/api/trans-s3/priorities' });
    expect(none.json<{ items: unknown[] }>().items).toHaveLength(0);

    const good = await as(t.app, analyst, {
      method: 'POST',
      url: '/api/trans-s3/priorities/import',
      payload: { csv: fixture('trans-s3-priorities.csv') },
    });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({ created: 31, updated: 0 });
    const again = await as(t.app, analyst, {
      method: 'POST',
      url: '/api/trans-s3/priorities/import',
      payload: { csv: fixture('trans-s3-priorities.csv') },
    });
    expect(again.json()).toEqual({ created: 0, updated: 31 });
  });

  it('lets everyone read, names codes, filters, and exports the same CSV columns', async () => {
    const list = await as(t.app, member, { method: 'GET', url: '/api/trans-s3/priorities?region=PL84' });
    expect(list.statusCode).toBe(200);
    const body = list.json<{ items: TPriority[]; canEdit: boolean }>();
    expect(body.canEdit).toBe(false);
    expect(body.items.map((p) => p.code)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(body.items[0]?.regionName).toBe('Podlaskie');
    expect(body.items[0]?.nace[0]?.name).toMatch(/dairies|dairy/i);
    const csv = await as(t.app, member, {
      method: 'GET',
      url: '/api/trans-s3/priorities/export.csv?region=PL84',
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toBe(
      'region,priority_id,title,description,nace,nabs,objectives,tech_fields,source_document,source_year',
    );
    expect(csv.body).toContain('PL84,P1,');
  });

  it('keeps the register to analysts and admins, and validates the codes', async () => {
    const payload = {
      region: 'PL84',
      code: 'P9',
      title: 'Wood and furniture',
      nace: ['C16', 'C31'],
      nabs: ['06'],
    };
    expect(
      (await as(t.app, member, { method: 'POST', url: '/api/trans-s3/priorities', payload })).statusCode,
    ).toBe(403);
    const bad = await as(t.app, analyst, {
      method: 'POST',
      url: '/api/trans-s3/priorities',
      payload: { ...payload, nace: ['C99'], nabs: ['15'] },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ error: { details: { path: string }[] } }>().error.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.nabs.0']));
    const created = await as(t.app, analyst, { method: 'POST', url: '/api/trans-s3/priorities', payload });
    expect(created.statusCode).toBe(201);
    const clash = await as(t.app, analyst, { method: 'POST', url: '/api/trans-s3/priorities', payload });
    expect(clash.statusCode).toBe(409);
    const id = created.json<TPriority>().id;
    const updated = await as(t.app, analyst, {
      method: 'PUT',
      url: `/api/trans-s3/priorities/${id}`,
      payload: { ...payload, title: 'Wood, furniture and timber houses' },
    });
    expect(updated.json<TPriority>().title).toBe('Wood, furniture and timber houses');
    expect(
      (await as(t.app, analyst, { method: 'DELETE', url: `/api/trans-s3/priorities/${id}` })).statusCode,
    ).toBe(204);
  });
});

describe('region group', () => {
  it('is started by an analyst, who leads it and adds members with roles', async () => {
    expect(
      (
        await as(t.app, member, {
          method: 'POST',
          url: '/api/trans-s3/groups',
          payload: { name: 'X', regions: REGIONS },
        })
      ).statusCode,
    ).toBe(403);
    const created = await as(t.app, analyst, {
      method: 'POST',
      url: '/api/trans-s3/groups',
      payload: { name: 'Baltic test group', description: 'Seven regions', regions: REGIONS, minRegions: 3 },
    });
    expect(created.statusCode).toBe(201);
    const group = created.json<TGroup>();
    groupId = group.id;
    expect(group.myRole).toBe('lead');
    expect(group.permissions).toEqual({ canEdit: true, canManageMembers: true });

    const noHelix = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/members`,
      payload: { email: 'stake@test.example', role: 'stakeholder' },
    });
    expect(noHelix.statusCode).toBe(400);
    expect(noHelix.body).toContain('helix');
    await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/members`,
      payload: { email: 'stake@test.example', role: 'stakeholder', helix: 'industry', region: 'PL84' },
    });
    const withBroker = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/members`,
      payload: { email: 'broker@test.example', role: 'broker', region: 'LT' },
    });
    expect(
      withBroker
        .json<TGroup>()
        .members.map((m) => m.role)
        .sort(),
    ).toEqual(['broker', 'lead', 'stakeholder']);
    const leaving = await as(t.app, analyst, {
      method: 'DELETE',
      url: `/api/trans-s3/groups/${groupId}/members/${analyst.userId}`,
    });
    expect(leaving.statusCode).toBe(409);
  });

  it('is invisible to an analyst of another group', async () => {
    const list = await as(t.app, otherAnalyst, { method: 'GET', url: '/api/trans-s3/groups' });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);
    for (const url of [
      `/api/trans-s3/groups/${groupId}`,
      `/api/trans-s3/groups/${groupId}/candidates`,
      `/api/trans-s3/groups/${groupId}/verification`,
      `/api/trans-s3/groups/${groupId}/prioritisation`,
      `/api/trans-s3/groups/${groupId}/history`,
      `/api/trans-s3/priorities?groupId=${groupId}`,
    ]) {
      expect((await as(t.app, otherAnalyst, { method: 'GET', url })).statusCode, url).toBe(404);
    }
    const run = await as(t.app, otherAnalyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/common`,
      payload: {},
    });
    expect(run.statusCode).toBe(404);
  });
});

describe('step 1: common priorities', () => {
  let candidates: TCandidate[];

  it('is run by the lead, not by a stakeholder', async () => {
    const denied = await as(t.app, stakeholder, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/common`,
      payload: {},
    });
    expect(denied.statusCode).toBe(403);
    const run = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/common`,
      payload: { minRegions: 3 },
    });
    expect(run.statusCode).toBe(200);
    const body = run.json<CandidatesBody>();
    candidates = body.items;
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    // Every priority in at most one candidate; every candidate spans ≥ 3 of the group's regions.
    const ids = candidates.flatMap((c) => c.priorities.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of candidates) {
      expect(c.regions.length).toBeGreaterThanOrEqual(3);
      expect(c.regions.every((r) => REGIONS.includes(r.code))).toBe(true);
      expect(c.why.codes.length + c.why.terms.length).toBeGreaterThan(0);
    }
    // The Swedish priorities of the fixture are outside the group: never in a candidate.
    expect(candidates.flatMap((c) => c.priorities).some((p) => p.region === 'SE22')).toBe(false);
    const dairy = candidates.find((c) => c.priorities.some((p) => p.region === 'PL84' && p.code === 'P1'));
    expect(dairy?.nace.some((n) => n.code.startsWith('C10'))).toBe(true);
    expect(body.lastRun?.minRegions).toBe(3);
    // A stakeholder reads the candidates.
    expect(
      (await as(t.app, stakeholder, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/candidates` }))
        .statusCode,
    ).toBe(200);
  });

  it('lets analysts merge, split, rename, drop and add candidates, and keeps every change in the history', async () => {
    const [a, b] = candidates as [TCandidate, TCandidate];
    expect(
      (
        await as(t.app, stakeholder, {
          method: 'PATCH',
          url: `/api/trans-s3/groups/${groupId}/candidates/${a.id}`,
          payload: { label: 'Mine' },
        })
      ).statusCode,
    ).toBe(403);
    const merged = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/candidates/merge`,
      payload: { candidateIds: [a.id, b.id], label: 'Merged domain' },
    });
    expect(merged.statusCode).toBe(200);
    const m = merged.json<TCandidate>();
    expect(m.origin).toBe('merge');
    expect(m.priorities.length).toBe(a.priorities.length + b.priorities.length);

    const moving = b.priorities.map((p) => p.id);
    const split = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/candidates/${m.id}/split`,
      payload: { priorityIds: moving, label: b.label },
    });
    expect(split.statusCode).toBe(200);
    const { original, created } = split.json<{ original: TCandidate; created: TCandidate }>();
    expect(original.priorities.map((p) => p.id).sort()).toEqual(a.priorities.map((p) => p.id).sort());
    expect(created.priorities.map((p) => p.id).sort()).toEqual([...moving].sort());

    const renamed = await as(t.app, analyst, {
      method: 'PATCH',
      url: `/api/trans-s3/groups/${groupId}/candidates/${original.id}`,
      payload: { label: 'Smart agri-food', status: 'candidate' },
    });
    expect(renamed.json<TCandidate>().label).toBe('Smart agri-food');
    const dropped = await as(t.app, analyst, {
      method: 'PATCH',
      url: `/api/trans-s3/groups/${groupId}/candidates/${created.id}`,
      payload: { status: 'dropped' },
    });
    expect(dropped.json<TCandidate>().status).toBe('dropped');

    const list = (
      await as(t.app, analyst, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/candidates` })
    ).json<CandidatesBody>();
    const unassigned = list.unassigned[0];
    expect(unassigned).toBeDefined();
    const added = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/candidates`,
      payload: { label: 'Hand-made domain', priorityIds: [unassigned?.id] },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json<TCandidate>().origin).toBe('manual');
    // Taking a priority from a candidate explains the candidate again without it.
    const before = (
      await as(t.app, analyst, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/candidates` })
    ).json<CandidatesBody>();
    const donor = before.items.find(
      (c) => c.id !== original.id && c.status !== 'dropped' && c.priorities.length >= 3,
    ) as TCandidate;
    const takenId = donor.priorities[0]?.id as string;
    expect(donor.why.links.some((l) => l.a === takenId || l.b === takenId)).toBe(true);
    await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/candidates`,
      payload: { label: 'One priority taken', priorityIds: [takenId] },
    });
    const reread = (
      await as(t.app, analyst, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/candidates` })
    ).json<CandidatesBody>();
    const donorAfter = reread.items.find((c) => c.id === donor.id);
    expect(donorAfter?.priorities.map((p) => p.id)).not.toContain(takenId);
    expect(donorAfter?.why.links.some((l) => l.a === takenId || l.b === takenId)).toBe(false);
    // Taking every priority of a candidate into another one leaves no empty candidate behind.
    const takeover = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/candidates`,
      payload: { label: 'Agri-food taken over', priorityIds: original.priorities.map((p) => p.id) },
    });
    expect(takeover.statusCode).toBe(201);
    const after = (
      await as(t.app, analyst, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/candidates` })
    ).json<CandidatesBody>();
    expect(after.items.some((c) => c.id === original.id)).toBe(false);
    expect(after.items.every((c) => c.priorities.length > 0)).toBe(true);
    const foreign = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/candidates`,
      payload: { label: 'Bad', priorityIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body).toContain('priorityIds.0');

    const history = (
      await as(t.app, stakeholder, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/history?step=1` })
    ).json<{
      items: { id: string; summary: string; createdBy: string | null; version: number }[];
    }>().items;
    const summaries = history.map((h) => h.summary);
    expect(summaries.some((s) => s.startsWith('Step 1 run'))).toBe(true);
    expect(summaries.some((s) => s.startsWith('Merged'))).toBe(true);
    expect(summaries.some((s) => s.startsWith('Split'))).toBe(true);
    expect(summaries.some((s) => s.includes('renamed'))).toBe(true);
    expect(summaries.some((s) => s.includes('status candidate → dropped'))).toBe(true);
    expect(history.every((h) => h.createdBy !== null)).toBe(true);
    expect(history.map((h) => h.version)).toEqual([...history.map((h) => h.version)].sort((x, y) => y - x));
    const first = history.at(-1);
    const version = await as(t.app, stakeholder, {
      method: 'GET',
      url: `/api/trans-s3/groups/${groupId}/history/${first?.id}`,
    });
    expect(version.json<{ snapshot: { candidates: unknown[] } }>().snapshot.candidates.length).toBe(
      candidates.length,
    );

    // Running step 1 again replaces the set; the previous one stays in the history.
    const rerun = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/common`,
      payload: {},
    });
    expect(rerun.json<CandidatesBody>().items.map((c) => c.key)).toEqual(candidates.map((c) => c.key));
  });
});

describe('steps 2-6', () => {
  let candidates: TCandidate[];

  beforeAll(async () => {
    await seedStatistics(t.database.db, systemClock);
    candidates = (
      await as(t.app, analyst, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/candidates` })
    ).json<CandidatesBody>().items;
  }, 120_000);

  it('profiles a candidate per region with statistics and the registry', async () => {
    const dairy = candidates.find((c) =>
      c.priorities.some((p) => p.region === 'PL84' && p.code === 'P1'),
    ) as TCandidate;
    const response = await as(t.app, stakeholder, {
      method: 'GET',
      url: `/api/trans-s3/groups/${groupId}/candidates/${dairy.id}/profile`,
    });
    expect(response.statusCode).toBe(200);
    const profile = response.json<TCandidateProfile>();
    expect(profile.dataset?.name).toBe('SBS persons employed');
    expect(profile.regions.map((r) => r.region)).toEqual(REGIONS);
    const podlaskie = profile.regions.find((r) => r.region === 'PL84');
    expect(podlaskie?.statisticsRegion).toBe('PL84');
    expect(podlaskie?.rca).toBeGreaterThan(1); // Podlaskie is a dairy region
    expect(podlaskie?.employmentShare).toBeGreaterThan(0);
    expect(podlaskie?.organisations.total).toBeGreaterThanOrEqual(1);
    expect(profile.regions.find((r) => r.region === 'LT')?.statisticsRegion).toMatch(/^LT0/);
    expect(profile.activities.some((a) => a.code === 'C10')).toBe(true);
    expect(profile.evidenceScore).not.toBeNull();
  });

  it('verifies against criteria: automatic where data decides, judged by an analyst otherwise', async () => {
    const rca = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/criteria`,
      payload: { name: 'RCA in 3 regions', rule: { kind: 'regions_with_rca', minRegions: 3, minRca: 1 } },
    });
    expect(rca.statusCode).toBe(200);
    const tooMany = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/criteria`,
      payload: { name: 'RCA everywhere', rule: { kind: 'regions_with_rca', minRegions: 9, minRca: 1 } },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('rule.minRegions');
    const manual = await as(t.app, analyst, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/criteria`,
      payload: { name: 'Fits the EUSBSR', rule: { kind: 'manual' } },
    });
    const table = manual.json<{
      criteria: { id: string }[];
      candidates: { candidateId: string; outcomes: { status: string; source: string }[] }[];
    }>();
    expect(table.candidates[0]?.outcomes.map((o) => o.status)[1]).toBe('pending');
    const [, manualCriterion] = table.criteria as [{ id: string }, { id: string }];
    const candidateId = table.candidates[0]?.candidateId;
    const url = `/api/trans-s3/groups/${groupId}/criteria/${manualCriterion.id}/judgements/${candidateId}`;
    expect(
      (await as(t.app, stakeholder, { method: 'PUT', url, payload: { passed: true, justification: 'x' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await as(t.app, analyst, { method: 'PUT', url, payload: { passed: true, justification: '' } }))
        .statusCode,
    ).toBe(400);
    const judged = await as(t.app, analyst, {
      method: 'PUT',
      url,
      payload: { passed: true, justification: 'Policy area Nutri of the EUSBSR action plan.' },
    });
    const outcome = judged
      .json<{
        candidates: {
          candidateId: string;
          outcomes: { status: string; source: string; judgement: { judgedBy: string } | null }[];
        }[];
      }>()
      .candidates.find((c) => c.candidateId === candidateId)?.outcomes[1];
    expect(outcome).toMatchObject({ status: 'pass', source: 'analyst' });
    expect(outcome?.judgement?.judgedBy).toBeTruthy();
  });

  it('takes trend notes and expert ratings from analysts and brokers, not stakeholders', async () => {
    const id = candidates[0]?.id;
    const note = {
      kind: 'market',
      text: 'Plant-based dairy alternatives grow 10 %/yr.',
      sourceTitle: 'Market report 2025',
      sourceUrl: 'https://example.org/report',
    };
    expect(
      (
        await as(t.app, stakeholder, {
          method: 'POST',
          url: `/api/trans-s3/groups/${groupId}/candidates/${id}/trends`,
          payload: note,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await as(t.app, broker, {
          method: 'POST',
          url: `/api/trans-s3/groups/${groupId}/candidates/${id}/trends`,
          payload: note,
        })
      ).statusCode,
    ).toBe(201);
    const badUrl = await as(t.app, broker, {
      method: 'POST',
      url: `/api/trans-s3/groups/${groupId}/candidates/${id}/trends`,
      payload: { ...note, sourceUrl: 'ftp://x' },
    });
    expect(badUrl.statusCode).toBe(400);
    const rated = await as(t.app, broker, {
      method: 'PUT',
      url: `/api/trans-s3/groups/${groupId}/candidates/${id}/expert-rating`,
      payload: { rating: 4, comment: 'Strong exporters' },
    });
    expect(rated.statusCode).toBe(200);
    const item = rated
      .json<{
        items: { candidateId: string; score: number | null; ratings: unknown[]; exportSample: number }[];
      }>()
      .items.find((i) => i.candidateId === id);
    expect(item?.ratings).toHaveLength(1);
    expect(item?.score).not.toBeNull();
  });

  it('ranks the candidates with the weights, shows the ±20 % sensitivity and marks the final domains', async () => {
    const denied = await as(t.app, stakeholder, {
      method: 'PUT',
      url: `/api/trans-s3/groups/${groupId}/prioritisation/weights`,
      payload: {
        weights: { evidence: 1, verification: 1, trends: 1, internationalisation: 1, consultation: 1 },
      },
    });
    expect(denied.statusCode).toBe(403);
    const zero = await as(t.app, analyst, {
      method: 'PUT',
      url: `/api/trans-s3/groups/${groupId}/prioritisation/weights`,
      payload: {
        weights: { evidence: 0, verification: 0, trends: 0, internationalisation: 0, consultation: 0 },
      },
    });
    expect(zero.statusCode).toBe(400);
    const weighted = await as(t.app, analyst, {
      method: 'PUT',
      url: `/api/trans-s3/groups/${groupId}/prioritisation/weights`,
      payload: {
        weights: { evidence: 40, verification: 20, trends: 10, internationalisation: 20, consultation: 10 },
      },
    });
    const body = weighted.json<TPrioritisation>();
    expect(body.weights.evidence).toBe(40);
    expect(body.ranked.map((r) => r.rank)).toEqual([...body.ranked.map((r) => r.rank)].sort((a, b) => a - b));
    expect(body.sensitivity).toHaveLength(10);
    for (const r of body.ranked) expect(r.bestRank).toBeLessThanOrEqual(r.rank);
    const top = body.ranked.slice(0, 2).map((r) => r.candidateId);
    const final = await as(t.app, analyst, {
      method: 'PUT',
      url: `/api/trans-s3/groups/${groupId}/prioritisation/final`,
      payload: { candidateIds: top },
    });
    expect(
      final
        .json<TPrioritisation>()
        .ranked.filter((r) => r.status === 'final')
        .map((r) => r.candidateId)
        .sort(),
    ).toEqual([...top].sort());
    const group = (
      await as(t.app, stakeholder, { method: 'GET', url: `/api/trans-s3/groups/${groupId}` })
    ).json<TGroup>();
    expect(group.finalDomains).toBe(2);
    const history = (
      await as(t.app, analyst, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/history?step=6` })
    ).json<{ items: { summary: string }[] }>();
    expect(history.items[0]?.summary).toMatch(/^Final domains/);
  });

  it('moves back to an earlier step and keeps the history', async () => {
    await as(t.app, analyst, {
      method: 'PATCH',
      url: `/api/trans-s3/groups/${groupId}`,
      payload: { currentStep: 6 },
    });
    const back = await as(t.app, analyst, {
      method: 'PATCH',
      url: `/api/trans-s3/groups/${groupId}`,
      payload: { currentStep: 2 },
    });
    expect(back.json<TGroup>().currentStep).toBe(2);
    const history = (
      await as(t.app, analyst, { method: 'GET', url: `/api/trans-s3/groups/${groupId}/history` })
    ).json<{ items: { summary: string }[] }>();
    expect(history.items[0]?.summary).toBe('Moved back from step 6 to step 2');
    expect(history.items.length).toBeGreaterThan(8);
  });
});
