import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../../test/factories.ts';
import { as, createTestApp, logInAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import type { TStrategy } from '../contract.ts';
import { createChromiumPdfRenderer, DEFAULT_CHROMIUM_PATH } from '../infra/pdf.ts';
import {
  ts3Candidates,
  ts3Groups,
  ts3Members,
  ts3Priorities,
  ts3Versions,
} from '../infra/trans-s3.tables.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
const emptyWhy = { codes: [], terms: [], links: [] };

let t: TestApp;
let lead: Session;
let analyst: Session;
let stakeholder: Session;
let outsider: Session;
let groupId: string;
let otherGroupId: string;
let domainId: string;
let openCandidateId: string;
let otherGroupCandidateId: string;
let organisationId: string;

const url = (path = '') => `/api/trans-s3/groups/${groupId}${path}`;
const strategyOf = (response: { json: <T>() => T }) => response.json<TStrategy>();
const errorOf = (response: { json: <T>() => T }) =>
  response.json<{ error: { code: string; details: { path: string; message: string }[] } }>().error;

const action = {
  title: 'Joint dairy pilot plant',
  description: 'A shared pilot line for lactose-free products.',
  leadRegion: 'PL84',
  partnerRegions: ['DK03', 'LT'],
  budget: 1_250_000,
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  status: 'running',
};
const indicator = {
  name: 'Jobs in functional dairy',
  unit: 'persons',
  source: 'Eurostat SBS',
  baseline: 100,
  baselineDate: '2020-01-01',
  target: 200,
  targetDate: '2030-01-01',
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const users = {
    lead: await buildUser(db, { role: 'analyst', email: 'lead@test.example' }),
    analyst: await buildUser(db, { role: 'analyst', email: 'ana@test.example' }),
    stakeholder: await buildUser(db, { role: 'member', email: 'stake@test.example' }),
    outsider: await buildUser(db, { role: 'analyst', email: 'outsider@test.example' }),
  };
  lead = await logInAs(t.app, 'lead@test.example');
  analyst = await logInAs(t.app, 'ana@test.example');
  stakeholder = await logInAs(t.app, 'stake@test.example');
  outsider = await logInAs(t.app, 'outsider@test.example');
  organisationId = (await buildOrganisation(db, { name: 'Biebrza Dairy' })).id;

  const [group] = await db
    .insert(ts3Groups)
    .values({ name: 'Baltic Food Valley', regions: ['PL84', 'DK03', 'LT'], currentStep: 7 })
    .returning();
  const [other] = await db
    .insert(ts3Groups)
    .values({ name: 'Other group', regions: ['PL84', 'DE60'] })
    .returning();
  if (!group || !other) throw new Error('no group');
  groupId = group.id;
  otherGroupId = other.id;
  await db.insert(ts3Members).values([
    { groupId, userId: users.lead.id, role: 'lead' },
    { groupId, userId: users.analyst.id, role: 'analyst' },
    { groupId, userId: users.stakeholder.id, role: 'stakeholder', helix: 'industry', region: 'PL84' },
    { groupId: otherGroupId, userId: users.outsider.id, role: 'lead' },
  ]);
  const priorities = await db
    .insert(ts3Priorities)
    .values([
      { region: 'PL84', code: 'P1', title: 'Dairy and food processing', nace: ['C10.5'] },
      { region: 'DK03', code: 'F2', title: 'Functional food' },
    ])
    .returning();
  const candidate = (
    values: Partial<typeof ts3Candidates.$inferInsert> & { groupId: string; key: string; label: string },
  ) =>
    db
      .insert(ts3Candidates)
      .values({ why: emptyWhy, origin: 'manual', ...values })
      .returning()
      .then((rows) => rows[0]?.id ?? '');
  domainId = await candidate({
    groupId,
    key: 'D1',
    label: 'Functional <dairy>',
    status: 'final',
    priorityIds: priorities.map((p) => p.id),
    nace: ['C10.51'],
  });
  openCandidateId = await candidate({ groupId, key: 'D2', label: 'Blue bioeconomy', status: 'candidate' });
  otherGroupCandidateId = await candidate({
    groupId: otherGroupId,
    key: 'D1',
    label: 'Robots',
    status: 'final',
  });
}, 60_000);

afterAll(async () => {
  await t.close();
});

describe('strategy', () => {
  it('starts empty with the final domains and the regions named', async () => {
    const response = await as(t.app, analyst, { method: 'GET', url: url('/strategy') });
    expect(response.statusCode).toBe(200);
    const strategy = strategyOf(response);
    expect(strategy).toMatchObject({
      title: '',
      vision: '',
      governance: [],
      actions: [],
      indicators: [],
      updatedAt: null,
    });
    expect(strategy.canEdit).toBe(true);
    expect(strategy.group.regions.map((r) => r.code)).toEqual(['PL84', 'DK03', 'LT']);
    expect(strategy.group.regions[0]?.name).toBe('Podlaskie');
    expect(strategy.domains.map((d) => d.key)).toEqual(['D1']);
    expect(strategy.domains[0]?.regions.map((r) => r.code)).toEqual(['DK03', 'PL84']);
  });

  it('saves the vision and governance, and reads them back', async () => {
    const payload = {
      title: 'Smart food from the Baltic',
      vision: 'By 2030 we lead in dairy & <b>functional</b> food.\n\nTogether.',
      governance: [
        {
          name: 'Steering committee',
          mandate: 'Approves the work plan.',
          members: [{ name: 'Anna Nowak', organisation: 'Marshal Office', role: 'Chair' }],
        },
      ],
    };
    const saved = await as(t.app, analyst, { method: 'PUT', url: url('/strategy'), payload });
    expect(saved.statusCode).toBe(200);
    const read = strategyOf(await as(t.app, analyst, { method: 'GET', url: url('/strategy') }));
    expect(read).toMatchObject(payload);
    expect(read.updatedAt).not.toBeNull();
    expect(strategyOf(saved)).toEqual(read);
  });

  it('adds an action naming its regions, domains and organisations', async () => {
    const response = await as(t.app, analyst, {
      method: 'POST',
      url: url('/actions'),
      payload: { ...action, candidateIds: [domainId, openCandidateId], organisationIds: [organisationId] },
    });
    expect(response.statusCode).toBe(201);
    const [added] = strategyOf(response).actions;
    expect(added).toMatchObject({
      title: action.title,
      leadRegion: { code: 'PL84', name: 'Podlaskie' },
      partnerRegions: [{ code: 'DK03' }, { code: 'LT' }],
      organisations: [{ id: organisationId, name: 'Biebrza Dairy' }],
      candidates: [
        { id: domainId, label: 'Functional <dairy>' },
        { id: openCandidateId, label: 'Blue bioeconomy' },
      ],
      budget: 1_250_000,
      currency: 'EUR',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      status: 'running',
    });
  });

  it('adds an indicator and measurements, ordered by date, with the progress', async () => {
    const created = await as(t.app, analyst, {
      method: 'POST',
      url: url('/indicators'),
      payload: { ...indicator, candidateId: domainId },
    });
    expect(created.statusCode).toBe(201);
    const id = strategyOf(created).indicators[0]?.id ?? '';
    expect(strategyOf(created).indicators[0]?.progress).toEqual({
      latest: null,
      progress: null,
      status: 'no_data',
    });

    const later = await as(t.app, analyst, {
      method: 'POST',
      url: url(`/indicators/${id}/measurements`),
      payload: { date: '2024-01-01', value: 160, note: 'SBS 2024' },
    });
    expect(later.statusCode).toBe(201);
    const earlier = await as(t.app, analyst, {
      method: 'POST',
      url: url(`/indicators/${id}/measurements`),
      payload: { date: '2022-01-01', value: 110 },
    });
    const [measured] = strategyOf(earlier).indicators;
    expect(measured?.candidate).toEqual({ id: domainId, label: 'Functional <dairy>' });
    expect(measured?.measurements.map((m) => [m.date, m.value, m.note])).toEqual([
      ['2022-01-01', 110, ''],
      ['2024-01-01', 160, 'SBS 2024'],
    ]);
    // 60 % of the way in 2024, when the straight line from 2020 to 2030 expects 40 %.
    expect(measured?.progress.latest).toEqual({ date: '2024-01-01', value: 160 });
    expect(measured?.progress.progress).toBeCloseTo(0.6, 10);
    expect(measured?.progress.status).toBe('on_track');
  });

  it('names the field of every invalid reference', async () => {
    const outside = await as(t.app, analyst, {
      method: 'POST',
      url: url('/actions'),
      payload: { ...action, partnerRegions: ['DK03', 'DE60'] },
    });
    expect(outside.statusCode).toBe(400);
    expect(errorOf(outside).code).toBe('INVALID_INPUT');
    expect(errorOf(outside).details).toEqual([
      { path: 'partnerRegions', message: expect.stringContaining('DE60') },
    ]);

    const backwards = await as(t.app, analyst, {
      method: 'POST',
      url: url('/actions'),
      payload: { ...action, startDate: '2027-01-01', endDate: '2026-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards).details.map((d) => d.path)).toEqual(['body.endDate']);

    const unknown = await as(t.app, analyst, {
      method: 'POST',
      url: url('/actions'),
      payload: {
        ...action,
        candidateIds: [randomUUID()],
        organisationIds: [randomUUID()],
        leadRegion: 'SE22',
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).details.map((d) => d.path)).toEqual([
      'leadRegion',
      'organisationIds',
      'candidateIds',
    ]);

    const foreign = await as(t.app, analyst, {
      method: 'POST',
      url: url('/indicators'),
      payload: { ...indicator, candidateId: otherGroupCandidateId },
    });
    expect(foreign.statusCode).toBe(400);
    expect(errorOf(foreign).details.map((d) => d.path)).toEqual(['candidateId']);

    const strategy = strategyOf(await as(t.app, analyst, { method: 'GET', url: url('/strategy') }));
    expect(strategy.actions).toHaveLength(1);
    expect(strategy.indicators).toHaveLength(1);
  });

  it('changes and deletes actions and indicators of the group only', async () => {
    const before = strategyOf(await as(t.app, lead, { method: 'GET', url: url('/strategy') }));
    const actionId = before.actions[0]?.id ?? '';
    const indicatorId = before.indicators[0]?.id ?? '';
    const changed = await as(t.app, lead, {
      method: 'PUT',
      url: url(`/actions/${actionId}`),
      payload: { ...action, title: 'Pilot plant', status: 'done', budget: null },
    });
    expect(changed.statusCode).toBe(200);
    expect(strategyOf(changed).actions[0]).toMatchObject({
      title: 'Pilot plant',
      status: 'done',
      budget: null,
      candidates: [],
    });

    const other = `/api/trans-s3/groups/${otherGroupId}/actions/${actionId}`;
    expect((await as(t.app, outsider, { method: 'DELETE', url: other })).statusCode).toBe(404);

    const extra = await as(t.app, lead, {
      method: 'POST',
      url: url('/indicators'),
      payload: { ...indicator, name: 'Exports' },
    });
    const extraId = strategyOf(extra).indicators.find((i) => i.name === 'Exports')?.id ?? '';
    const renamed = await as(t.app, lead, {
      method: 'PUT',
      url: url(`/indicators/${extraId}`),
      payload: { ...indicator, name: 'Dairy exports', unit: 'EUR m' },
    });
    expect(strategyOf(renamed).indicators.map((i) => i.name)).toEqual([
      'Jobs in functional dairy',
      'Dairy exports',
    ]);
    const removed = await as(t.app, lead, { method: 'DELETE', url: url(`/indicators/${extraId}`) });
    expect(strategyOf(removed).indicators.map((i) => i.id)).toEqual([indicatorId]);

    const temporary = await as(t.app, lead, {
      method: 'POST',
      url: url('/actions'),
      payload: { ...action, title: 'Temporary' },
    });
    const temporaryId = strategyOf(temporary).actions.find((a) => a.title === 'Temporary')?.id ?? '';
    const deleted = await as(t.app, lead, { method: 'DELETE', url: url(`/actions/${temporaryId}`) });
    expect(deleted.statusCode).toBe(200);
    expect(strategyOf(deleted).actions.map((a) => a.title)).toEqual(['Pilot plant']);
    expect(
      (await as(t.app, lead, { method: 'DELETE', url: url(`/actions/${temporaryId}`) })).statusCode,
    ).toBe(404);
  });

  it('lets a stakeholder read but not change the strategy', async () => {
    const read = await as(t.app, stakeholder, { method: 'GET', url: url('/strategy') });
    expect(read.statusCode).toBe(200);
    expect(strategyOf(read).canEdit).toBe(false);
    const put = await as(t.app, stakeholder, {
      method: 'PUT',
      url: url('/strategy'),
      payload: { vision: 'Mine' },
    });
    expect(put.statusCode).toBe(403);
    expect(
      (await as(t.app, stakeholder, { method: 'POST', url: url('/actions'), payload: action })).statusCode,
    ).toBe(403);
  });

  it('hides the group from an analyst of another group', async () => {
    expect((await as(t.app, outsider, { method: 'GET', url: url('/strategy') })).statusCode).toBe(404);
    expect(
      (await as(t.app, outsider, { method: 'GET', url: url('/strategy/export?format=json') })).statusCode,
    ).toBe(404);
    expect(
      (await as(t.app, outsider, { method: 'PUT', url: url('/strategy'), payload: {} })).statusCode,
    ).toBe(404);
  });

  it('records a step-7 version of every change, and none of a rejected one', async () => {
    const versions = await t.database.db
      .select()
      .from(ts3Versions)
      .where(and(eq(ts3Versions.groupId, groupId), eq(ts3Versions.step, 7)))
      .orderBy(asc(ts3Versions.version));
    expect(versions.map((v) => v.summary)).toEqual([
      'Vision and governance saved',
      "Action 'Joint dairy pilot plant' added",
      "Indicator 'Jobs in functional dairy' added",
      "Measurement 2024-01-01 of 'Jobs in functional dairy' recorded",
      "Measurement 2022-01-01 of 'Jobs in functional dairy' recorded",
      "Action 'Pilot plant' changed",
      "Indicator 'Exports' added",
      "Indicator 'Dairy exports' changed",
      "Indicator 'Dairy exports' deleted",
      "Action 'Temporary' added",
      "Action 'Temporary' deleted",
    ]);
    expect(versions.map((v) => v.version)).toEqual(versions.map((_, index) => index + 1));
    expect(versions[0]?.snapshot).toMatchObject({
      vision: expect.stringContaining('dairy'),
      domains: [{ key: 'D1' }],
    });
    expect(versions[0]?.snapshot).not.toHaveProperty('canEdit');
  });
});

describe('strategy export', () => {
  it('shows a printable HTML document inline, with every user string escaped', async () => {
    const response = await as(t.app, stakeholder, {
      method: 'GET',
      url: url('/strategy/export?format=html'),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'inline; filename="baltic-food-valley-strategy.html"',
    );
    expect(response.body).toMatch(/^<!doctype html>/);
    expect(response.body).toContain('By 2030 we lead in dairy &amp; &lt;b&gt;functional&lt;/b&gt; food.');
    expect(response.body).toContain('Functional &lt;dairy&gt;');
    expect(response.body).not.toContain('<b>');
  });

  it('downloads the strategy as JSON, as the API shows it', async () => {
    const response = await as(t.app, analyst, { method: 'GET', url: url('/strategy/export?format=json') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="baltic-food-valley-strategy.json"',
    );
    const { exportedAt, ...exported } = response.json<Omit<TStrategy, 'canEdit'> & { exportedAt: string }>();
    expect(Date.parse(exportedAt)).not.toBeNaN();
    const { canEdit: _canEdit, ...strategy } = strategyOf(
      await as(t.app, analyst, { method: 'GET', url: url('/strategy') }),
    );
    expect(exported).toEqual(strategy);
  });

  it('rejects an unknown format', async () => {
    const response = await as(t.app, analyst, { method: 'GET', url: url('/strategy/export?format=docx') });
    expect(response.statusCode).toBe(400);
  });

  it.skipIf(!existsSync(chromiumPath))(
    'downloads a PDF rendered by Chromium',
    async () => {
      const response = await as(t.app, analyst, { method: 'GET', url: url('/strategy/export?format=pdf') });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="baltic-food-valley-strategy.pdf"',
      );
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    90_000,
  );

  it('says the PDF needs Chromium when there is none', async () => {
    const render = createChromiumPdfRenderer({ chromiumPath: '/nonexistent/chromium' });
    await expect(render('<p>x</p>')).rejects.toMatchObject({ code: 'PDF_UNAVAILABLE', kind: 'unavailable' });
  });
});
