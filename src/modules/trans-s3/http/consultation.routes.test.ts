import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/factories.ts';
import { as, createTestApp, logInAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { notifications, outboxMessages } from '../../accounts/index.ts';
import { closedRoundResults } from '../application/consultation.ts';
import type { TRound } from '../contract.ts';
import { ts3Candidates, ts3Groups, ts3Members, ts3Rounds, ts3Versions } from '../infra/trans-s3.tables.ts';

let t: TestApp;
let groupId: string;
const s: Record<string, Session> = {};
const users: Record<string, { id: string; email: string }> = {};
const candidates: Record<string, string> = {};

const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const roundsUrl = () => `/api/trans-s3/groups/${groupId}/rounds`;
const answerUrl = (roundId: string, candidateId: string) =>
  `${roundsUrl()}/${roundId}/responses/${candidateId}`;
const answer = (who: string, roundId: string, candidateId: string, rating: number, comment = '') =>
  as(t.app, s[who] as Session, {
    method: 'PUT',
    url: answerUrl(roundId, candidateId),
    payload: { ratings: { Relevance: rating, Feasibility: rating }, comment },
  });
const newRound = (payload: Record<string, unknown>) =>
  as(t.app, s.lead as Session, {
    method: 'POST',
    url: roundsUrl(),
    payload: {
      title: 'Spring consultation',
      criteria: ['Relevance', 'Feasibility'],
      opensAt: at(-HOUR),
      closesAt: at(24 * HOUR),
      ...payload,
    },
  });
const getRound = (who: string, roundId: string) =>
  as(t.app, s[who] as Session, { method: 'GET', url: `${roundsUrl()}/${roundId}` });
const D1 = () => candidates.D1 as string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const people = {
    lead: { role: 'analyst' as const },
    outsider: { role: 'analyst' as const },
    broker: {},
    ind1: {},
    ind2: {},
    ind3: {},
    res1: {},
    civ1: {},
    adm1: {},
  };
  for (const [key, overrides] of Object.entries(people)) {
    const user = await buildUser(db, { ...overrides, name: `Person ${key}` });
    users[key] = { id: user.id, email: user.email };
  }
  const [group] = await db
    .insert(ts3Groups)
    .values({ name: 'Baltic dairy', regions: ['PL84', 'DK03', 'FI1C'] })
    .returning();
  groupId = group?.id as string;
  const member = (key: string, role: string, helix: string | null = null) => ({
    groupId,
    userId: users[key]?.id as string,
    role,
    helix,
  });
  await db
    .insert(ts3Members)
    .values([
      member('lead', 'lead'),
      member('broker', 'broker'),
      member('ind1', 'stakeholder', 'industry'),
      member('ind2', 'stakeholder', 'industry'),
      member('ind3', 'stakeholder', 'industry'),
      member('res1', 'stakeholder', 'research'),
      member('civ1', 'stakeholder', 'civil_society'),
    ]);
  const why = { codes: [], terms: [], links: [] };
  for (const [key, status] of [
    ['D1', 'candidate'],
    ['D2', 'candidate'],
    ['D3', 'dropped'],
  ] as const) {
    const [row] = await db
      .insert(ts3Candidates)
      .values({ groupId, key, label: `Domain ${key}`, why, origin: 'manual', status })
      .returning();
    candidates[key] = row?.id as string;
  }
  for (const key of Object.keys(people)) s[key] = await logInAs(t.app, users[key]?.email as string);
});

afterAll(async () => {
  await t?.close();
});

describe('consultation rounds', () => {
  let roundId: string;

  it('creates a round inviting every stakeholder on the candidates not dropped, notifies them and records a version', async () => {
    const response = await newRound({});
    expect(response.statusCode, response.body).toBe(201);
    const round = response.json<TRound>();
    roundId = round.id;
    expect(round).toMatchObject({
      state: 'open',
      invited: 5,
      responded: 0,
      canEdit: true,
      canRespond: false,
    });
    expect(round.candidates.map((c) => c.key)).toEqual(['D1', 'D2']);
    expect(round.invitees.map((i) => [i.name, i.helix, i.responded]).sort()).toEqual([
      ['Person civ1', 'civil_society', false],
      ['Person ind1', 'industry', false],
      ['Person ind2', 'industry', false],
      ['Person ind3', 'industry', false],
      ['Person res1', 'research', false],
    ]);
    expect(round.turnout).toEqual([
      { helix: 'industry', invited: 3, responded: 0 },
      { helix: 'research', invited: 1, responded: 0 },
      { helix: 'administration', invited: 0, responded: 0 },
      { helix: 'civil_society', invited: 1, responded: 0 },
    ]);

    const db = t.database.db;
    const notices = await db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'trans-s3.round_invited'));
    expect(notices.map((n) => n.userId).sort()).toEqual(
      ['ind1', 'ind2', 'ind3', 'res1', 'civ1'].map((k) => users[k]?.id).sort(),
    );
    expect(notices[0]?.link).toBe(`/trans-s3/groups/${groupId}?tab=consultation&round=${roundId}`);
    const mails = await db
      .select()
      .from(outboxMessages)
      .where(
        inArray(
          outboxMessages.to,
          ['ind1', 'res1'].map((k) => users[k]?.email as string),
        ),
      );
    expect(mails).toHaveLength(2);
    expect(mails[0]?.body).toContain(
      `http://gosmart.test/trans-s3/groups/${groupId}?tab=consultation&round=${roundId}`,
    );

    const versions = await db
      .select()
      .from(ts3Versions)
      .where(and(eq(ts3Versions.groupId, groupId), eq(ts3Versions.step, 6)));
    expect(versions.map((v) => v.summary)).toEqual(['Consultation round “Spring consultation” created']);
  });

  it('lists the rounds to members, with canRespond for invitees', async () => {
    const mine = await as(t.app, s.ind1 as Session, { method: 'GET', url: roundsUrl() });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id: roundId, state: 'open', invited: 5, canRespond: true }),
    ]);
    const broker = await as(t.app, s.broker as Session, { method: 'GET', url: roundsUrl() });
    expect(broker.json().items[0].canRespond).toBe(false);
  });

  it('rejects invitees who are not stakeholders and candidates of other groups', async () => {
    const invitees = await newRound({ invitees: [users.ind1?.id, users.broker?.id] });
    expect(invitees.statusCode).toBe(400);
    expect(invitees.json().error).toMatchObject({
      code: 'INVALID_INPUT',
      details: [expect.objectContaining({ path: 'invitees' })],
    });
    const stranger = await newRound({ candidateIds: [D1(), randomUUID()] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details).toEqual([expect.objectContaining({ path: 'candidateIds.1' })]);
  });

  it('takes answers from invitees only, about the round’s candidates, on exactly its criteria', async () => {
    const broker = await answer('broker', roundId, D1(), 4);
    expect(broker.statusCode).toBe(403);
    expect(broker.json().error.code).toBe('NOT_ALLOWED');

    const dropped = await answer('ind1', roundId, candidates.D3 as string, 4);
    expect(dropped.statusCode).toBe(404);

    const unknown = await as(t.app, s.ind1 as Session, {
      method: 'PUT',
      url: answerUrl(roundId, D1()),
      payload: { ratings: { Relevance: 4, Feasibility: 4, Cost: 2 } },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'INVALID_INPUT',
      details: [{ path: 'ratings.Cost', message: 'is not a criterion of the round' }],
    });
    const missing = await as(t.app, s.ind1 as Session, {
      method: 'PUT',
      url: answerUrl(roundId, D1()),
      payload: { ratings: { Relevance: 4 } },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([{ path: 'ratings.Feasibility', message: 'is required' }]);

    const outsider = await answer('outsider', roundId, D1(), 4);
    expect(outsider.statusCode).toBe(404);
  });

  it('weighs each helix equally: 3 industry rating 5 and 1 researcher rating 1 give 3, not the plain mean 4', async () => {
    // ind1 first answers 2, then changes the answer: the later one replaces it.
    expect((await answer('ind1', roundId, D1(), 2)).statusCode).toBe(200);
    for (const who of ['ind1', 'ind2', 'ind3']) {
      const response = await answer(who, roundId, D1(), 5, who === 'ind2' ? 'Strong regional cluster' : '');
      expect(response.statusCode, response.body).toBe(200);
    }
    const last = await answer('res1', roundId, D1(), 1, 'Little research capacity');
    const round = last.json<TRound>();
    expect(round).toMatchObject({
      responded: 4,
      canRespond: true,
      canEdit: false,
      results: null,
      invitees: [],
    });
    expect(round.mine).toEqual([
      { candidateId: D1(), ratings: { Relevance: 1, Feasibility: 1 }, comment: 'Little research capacity' },
    ]);
    // a stakeholder sees the turnout but neither the invitees nor the results while the round is open
    expect(round.turnout.find((h) => h.helix === 'industry')).toEqual({
      helix: 'industry',
      invited: 3,
      responded: 3,
    });

    const lead = (await getRound('lead', roundId)).json<TRound>();
    expect(lead.responded).toBe(4);
    expect(lead.invitees.filter((i) => i.responded)).toHaveLength(4);
    const d1 = lead.results?.find((r) => r.candidateId === D1());
    expect(d1).toMatchObject({ score: 3, respondents: 4, helices: ['industry', 'research'] });
    expect(d1?.criteria).toEqual([
      {
        criterion: 'Relevance',
        score: 3,
        plainMean: 4,
        respondents: 4,
        distribution: [1, 0, 0, 0, 3],
        byHelix: [
          { helix: 'industry', mean: 5, count: 3 },
          { helix: 'research', mean: 1, count: 1 },
        ],
      },
      expect.objectContaining({ criterion: 'Feasibility', score: 3, plainMean: 4 }),
    ]);
    // comments carry the helix only
    expect(d1?.comments).toEqual([
      { helix: 'industry', comment: 'Strong regional cluster' },
      { helix: 'research', comment: 'Little research capacity' },
    ]);
    expect(lead.results?.find((r) => r.candidateId === candidates.D2)).toMatchObject({
      score: null,
      respondents: 0,
    });
  });

  it('changes an open round and tells newly invited stakeholders', async () => {
    const db = t.database.db;
    await db
      .insert(ts3Members)
      .values({ groupId, userId: users.adm1?.id as string, role: 'stakeholder', helix: 'administration' });
    const all = ['ind1', 'ind2', 'ind3', 'res1', 'civ1', 'adm1'].map((k) => users[k]?.id as string);
    const response = await as(t.app, s.lead as Session, {
      method: 'PATCH',
      url: `${roundsUrl()}/${roundId}`,
      payload: { title: 'Spring consultation 2025', invitees: all },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TRound>()).toMatchObject({
      title: 'Spring consultation 2025',
      invited: 6,
      responded: 4,
    });
    const notices = await db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'trans-s3.round_invited'));
    expect(notices.filter((n) => n.userId === users.adm1?.id)).toHaveLength(1);
    expect(notices).toHaveLength(6);

    const backwards = await as(t.app, s.lead as Session, {
      method: 'PATCH',
      url: `${roundsUrl()}/${roundId}`,
      payload: { closesAt: at(-2 * HOUR) },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details).toEqual([{ path: 'closesAt', message: 'must be after opensAt' }]);

    const byStakeholder = await as(t.app, s.ind1 as Session, {
      method: 'PATCH',
      url: `${roundsUrl()}/${roundId}`,
      payload: { title: 'Mine' },
    });
    expect(byStakeholder.statusCode).toBe(403);

    const versions = await db
      .select()
      .from(ts3Versions)
      .where(and(eq(ts3Versions.groupId, groupId), eq(ts3Versions.step, 6)));
    expect(versions.map((v) => v.summary)).toContain('Consultation round “Spring consultation 2025” changed');
  });

  it('refuses answers before the round opens', async () => {
    const response = await newRound({ title: 'Autumn', opensAt: at(48 * HOUR), closesAt: at(96 * HOUR) });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TRound>().state).toBe('upcoming');
    const early = await answer('ind1', response.json<TRound>().id, D1(), 4);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('ROUND_NOT_OPEN');
    expect(early.json().error.message).toContain(response.json<TRound>().opensAt.slice(0, 16));
  });

  describe('once closed', () => {
    beforeAll(async () => {
      await t.database.db
        .update(ts3Rounds)
        .set({ opensAt: new Date(Date.now() - 3 * HOUR), closesAt: new Date(Date.now() - HOUR) })
        .where(eq(ts3Rounds.id, roundId));
    });

    it('refuses answers and changes', async () => {
      const late = await answer('ind1', roundId, D1(), 4);
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('ROUND_NOT_OPEN');
      const patch = await as(t.app, s.lead as Session, {
        method: 'PATCH',
        url: `${roundsUrl()}/${roundId}`,
        payload: { title: 'Too late' },
      });
      expect(patch.statusCode).toBe(409);
      expect(patch.json().error.code).toBe('ROUND_CLOSED');
    });

    it('shows the results to every member, anonymised by helix', async () => {
      const response = await getRound('civ1', roundId);
      expect(response.statusCode).toBe(200);
      const round = response.json<TRound>();
      expect(round).toMatchObject({
        state: 'closed',
        canRespond: false,
        canEdit: false,
        invitees: [],
        mine: [],
      });
      expect(round.results?.find((r) => r.candidateId === D1())?.score).toBe(3);
      expect(response.body).not.toContain('Person ind2');
      expect(response.body).not.toContain(users.ind2?.id);
      expect((await getRound('lead', roundId)).json<TRound>().canEdit).toBe(false);
    });

    it('gives the prioritisation the latest closed round', async () => {
      const closed = await closedRoundResults(t.database.db, groupId, new Date());
      expect(closed).toMatchObject({ id: roundId, title: 'Spring consultation 2025' });
      expect(closed?.results.map((r) => r.score)).toEqual([3, null]);
    });
  });

  it('hides the group’s rounds from non-members', async () => {
    expect((await getRound('outsider', roundId)).statusCode).toBe(404);
    expect((await as(t.app, s.outsider as Session, { method: 'GET', url: roundsUrl() })).statusCode).toBe(
      404,
    );
    const create = await as(t.app, s.outsider as Session, {
      method: 'POST',
      url: roundsUrl(),
      payload: { title: 'x', criteria: ['a'], opensAt: at(-HOUR), closesAt: at(HOUR) },
    });
    expect(create.statusCode).toBe(404);
  });
});
