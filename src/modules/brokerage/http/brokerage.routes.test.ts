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
import { exportTable, readSheet } from '../../../platform/spreadsheet.ts';
import { replaceContacts, updateBroker } from '../index.ts';

let t: TestApp;
let admin: Session;
let brokerPl: Session;
let brokerDe: Session;
let smePl: Session;
let memberDe: Session;
let dairyId: string;
let shipyardId: string;

const deps = () => ({ db: t.database.db, clock: () => new Date(), publicUrl: TEST_CONFIG.publicUrl });

const request = {
  type: 'technology_request',
  title: 'Membrane filtration for lactose-free milk',
  summary:
    'A Podlaskie dairy seeks a membrane filtration technology to produce lactose-free milk at 200,000 litres a day.',
  description:
    'The dairy processes milk from 900 farms and wants to enter the lactose-free market in Germany and Scandinavia.',
  partnershipTypes: ['licence', 'commercial_with_technical_assistance'],
  naceCodes: ['C10.51'],
  techFields: [18],
  targetCountries: ['DK', 'DE'],
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const dairy = await buildOrganisation(db, { name: 'Biebrza Dairy', countryCode: 'PL', nutsCode: 'PL842' });
  const shipyard = await buildOrganisation(db, {
    name: 'Elbe Shipyard',
    countryCode: 'DE',
    nutsCode: 'DE600',
  });
  dairyId = dairy.id;
  shipyardId = shipyard.id;
  await replaceContacts(deps(), 'system', dairyId, {
    contacts: [
      { name: 'Tomasz Kowalczyk', email: 'tomasz@dairy.example', consentToShare: true },
      { name: 'Agnieszka Wróbel', email: 'agnieszka@dairy.example', consentToShare: false },
    ],
  });
  await replaceContacts(deps(), 'system', shipyardId, {
    contacts: [{ name: 'Jens Petersen', email: 'jens@shipyard.example', consentToShare: true }],
  });
  const pl = await buildUser(db, { role: 'broker', name: 'Broker PL' });
  const de = await buildUser(db, { role: 'broker', name: 'Broker DE' });
  await updateBroker(deps(), 'system', pl.id, { regions: ['PL84'], competences: ['Smart food'] });
  await updateBroker(deps(), 'system', de.id, { regions: ['DE600'], competences: ['Maritime'] });
  admin = await logInAs(t.app, (await buildUser(db, { role: 'admin' })).email);
  brokerPl = await logInAs(t.app, pl.email);
  brokerDe = await logInAs(t.app, de.email);
  smePl = await logInAs(
    t.app,
    (await buildUser(db, { role: 'member', organisationId: dairyId, membershipRole: 'manager' })).email,
  );
  memberDe = await logInAs(
    t.app,
    (await buildUser(db, { role: 'member', organisationId: shipyardId, membershipRole: 'manager' })).email,
  );
});
afterAll(() => t.close());

async function auditActions(targetId: string): Promise<string[]> {
  const response = await as(t.app, admin, { method: 'GET', url: `/api/admin/audit?targetId=${targetId}` });
  return response.json<{ action: string }[]>().map((entry) => entry.action);
}

describe('cases and the confidential diagnosis', () => {
  let caseId: string;

  it('lets a broker open a case whose JSON names the client and the broker', async () => {
    const response = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/cases',
      payload: { organisationId: dairyId, title: 'Lactose-free line', nextFollowUpOn: '2020-01-01' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    caseId = body.id;
    expect(body).toMatchObject({
      stage: 'intake',
      organisation: { id: dairyId, name: 'Biebrza Dairy', countryCode: 'PL' },
      broker: { id: brokerPl.userId, name: 'Broker PL' },
      allowedStages: ['diagnosis', 'closed'],
      isFollowUpDue: true,
    });
  });

  it('refuses a jump along the pipeline with 409 naming the allowed stages', async () => {
    const response = await as(t.app, brokerPl, {
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      payload: { stage: 'negotiation' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: [{ path: 'stage', message: 'allowed: diagnosis, closed' }],
    });
    const moved = await as(t.app, brokerPl, {
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      payload: { stage: 'diagnosis' },
    });
    expect(moved.json()).toMatchObject({ stage: 'diagnosis' });
    const closing = await as(t.app, brokerPl, {
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      payload: { stage: 'closed' },
    });
    expect(closing.statusCode).toBe(400);
    expect(closing.json().error.details).toEqual([{ path: 'outcome', message: 'is required when closing' }]);
  });

  it('keeps every saved diagnosis as a version', async () => {
    const first = await as(t.app, brokerPl, {
      method: 'PUT',
      url: `/api/cases/${caseId}/diagnosis`,
      payload: {
        needs: 'Membrane filtration',
        barriers: ['finding_partners'],
        internationalisationStage: 'indirect_export',
      },
    });
    expect(first.statusCode).toBe(200);
    const second = await as(t.app, brokerPl, {
      method: 'PUT',
      url: `/api/cases/${caseId}/diagnosis`,
      payload: { needs: 'Membrane filtration and a distributor', targetCountries: ['DK'] },
    });
    expect(second.json()).toMatchObject({
      current: {
        version: 2,
        data: { needs: 'Membrane filtration and a distributor', targetCountries: ['DK'] },
      },
      canEdit: true,
    });
    expect(second.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const earlier = await as(t.app, brokerPl, {
      method: 'GET',
      url: `/api/cases/${caseId}/diagnosis/versions/1`,
    });
    expect(earlier.json().data).toMatchObject({
      needs: 'Membrane filtration',
      barriers: ['finding_partners'],
    });
  });

  it("hides a Podlaskie client's case and diagnosis from a Hamburg broker", async () => {
    for (const url of [
      `/api/cases/${caseId}`,
      `/api/cases/${caseId}/diagnosis`,
      `/api/cases/${caseId}/activities`,
    ]) {
      expect((await as(t.app, brokerDe, { method: 'GET', url })).statusCode).toBe(404);
    }
    const write = await as(t.app, brokerDe, {
      method: 'PUT',
      url: `/api/cases/${caseId}/diagnosis`,
      payload: { needs: 'x' },
    });
    expect(write.statusCode).toBe(404);
    expect((await as(t.app, brokerDe, { method: 'GET', url: '/api/cases' })).json().total).toBe(0);
  });

  it("shows members their own organisation's cases only, read-only", async () => {
    const own = await as(t.app, smePl, { method: 'GET', url: '/api/cases' });
    expect(own.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(
      (await as(t.app, smePl, { method: 'GET', url: `/api/cases/${caseId}/diagnosis` })).json().canEdit,
    ).toBe(false);
    expect(
      (await as(t.app, smePl, { method: 'PATCH', url: `/api/cases/${caseId}`, payload: { stage: 'intake' } }))
        .statusCode,
    ).toBe(403);
    expect((await as(t.app, memberDe, { method: 'GET', url: '/api/cases' })).json().total).toBe(0);
    expect((await as(t.app, memberDe, { method: 'GET', url: `/api/cases/${caseId}` })).statusCode).toBe(404);
  });

  it('logs activities, keeps attachments in the database and audits each change', async () => {
    const activity = await as(t.app, brokerPl, {
      method: 'POST',
      url: `/api/cases/${caseId}/activities`,
      payload: { kind: 'meeting', occurredOn: '2026-11-20', text: 'Visited the plant.' },
    });
    expect(activity.statusCode).toBe(201);
    expect(activity.json()).toMatchObject({ kind: 'meeting', author: { name: 'Broker PL' } });
    const upload = await as(t.app, brokerPl, {
      method: 'POST',
      url: `/api/cases/${caseId}/attachments?fileName=${encodeURIComponent('Diagnosis notes.pdf')}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('%PDF-1.4 test'),
    });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({
      fileName: 'Diagnosis notes.pdf',
      mediaType: 'application/pdf',
      size: 13,
    });
    const download = await as(t.app, smePl, {
      method: 'GET',
      url: `/api/cases/${caseId}/attachments/${upload.json().id}/content`,
    });
    expect(download.body).toBe('%PDF-1.4 test');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(await auditActions(caseId)).toEqual(
      expect.arrayContaining(['case.open', 'case.move', 'case.diagnosis', 'case.activity', 'case.attach']),
    );
  });

  it('reminds the broker once when a follow-up is due, in the app and by e-mail', async () => {
    const { sendFollowUpReminders } = await import('../index.ts');
    expect(await sendFollowUpReminders(deps())).toBe(1);
    expect(await sendFollowUpReminders(deps())).toBe(0);
    const notifications = await as(t.app, brokerPl, { method: 'GET', url: '/api/notifications?unread=true' });
    expect(notifications.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'case.follow_up_due', link: `/cases/${caseId}` }),
      ]),
    );
    const outbox = await as(t.app, admin, { method: 'GET', url: '/api/admin/outbox' });
    expect(JSON.stringify(outbox.json())).toContain('Follow-up due: Biebrza Dairy');
  });
});

describe('cooperation profiles, expressions of interest and partnerships', () => {
  let profileId: string;
  let interestId: string;

  it('names each invalid field and writes nothing', async () => {
    const response = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/profiles',
      payload: {
        ...request,
        organisationId: dairyId,
        summary: 'x'.repeat(501),
        naceCodes: ['C10.51', 'C99.99'],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'body.summary', message: 'must be at most 500 characters' },
    ]);
    const unknownNace = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/profiles',
      payload: { ...request, organisationId: dairyId, naceCodes: ['C10.51', 'C99.99'] },
    });
    expect(unknownNace.statusCode).toBe(400);
    expect(unknownNace.json().error.details).toEqual([
      { path: 'naceCodes.1', message: 'unknown NACE Rev.2 code C99.99' },
    ]);
    const mine = await as(t.app, brokerPl, { method: 'GET', url: '/api/profiles?scope=mine' });
    expect(mine.json().total).toBe(0);
  });

  it('walks a profile from draft to published; refused steps are 409 naming the allowed ones', async () => {
    const created = await as(t.app, smePl, {
      method: 'POST',
      url: '/api/profiles',
      payload: { ...request, organisationId: dairyId },
    });
    expect(created.statusCode).toBe(201);
    profileId = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'draft',
      reference: null,
      allowedActions: ['submit', 'withdraw'],
      canEdit: true,
    });

    const early = await as(t.app, smePl, {
      method: 'POST',
      url: `/api/profiles/${profileId}/publish`,
      payload: {},
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: [{ path: 'action', message: 'allowed: submit, withdraw' }],
    });

    const submitted = await as(t.app, smePl, {
      method: 'POST',
      url: `/api/profiles/${profileId}/submit`,
      payload: {},
    });
    expect(submitted.json().status).toBe('submitted');
    expect(submitted.json().reference).toMatch(/^TRPL\d{8}001$/);
    // The broker of the owner's region validates; a broker elsewhere may not.
    expect(
      (await as(t.app, brokerDe, { method: 'POST', url: `/api/profiles/${profileId}/validate`, payload: {} }))
        .statusCode,
    ).toBe(404);
    expect(
      (await as(t.app, smePl, { method: 'POST', url: `/api/profiles/${profileId}/validate`, payload: {} }))
        .statusCode,
    ).toBe(403);
    const toValidate = await as(t.app, brokerPl, { method: 'GET', url: '/api/profiles?scope=to_validate' });
    expect(toValidate.json().items.map((p: { id: string }) => p.id)).toEqual([profileId]);

    const noComment = await as(t.app, brokerPl, {
      method: 'POST',
      url: `/api/profiles/${profileId}/return`,
      payload: {},
    });
    expect(noComment.statusCode).toBe(400);
    const returned = await as(t.app, brokerPl, {
      method: 'POST',
      url: `/api/profiles/${profileId}/return`,
      payload: { comment: 'Name the daily volume in the title.' },
    });
    expect(returned.json()).toMatchObject({
      status: 'draft',
      comments: [{ kind: 'return', text: 'Name the daily volume in the title.' }],
    });
    await as(t.app, smePl, {
      method: 'PATCH',
      url: `/api/profiles/${profileId}`,
      payload: { title: 'Membrane filtration for 200,000 l/day of lactose-free milk' },
    });
    await as(t.app, smePl, { method: 'POST', url: `/api/profiles/${profileId}/submit`, payload: {} });
    expect(
      (
        await as(t.app, brokerPl, { method: 'POST', url: `/api/profiles/${profileId}/validate`, payload: {} })
      ).json().status,
    ).toBe('validated');
    const published = await as(t.app, brokerPl, {
      method: 'POST',
      url: `/api/profiles/${profileId}/publish`,
      payload: {},
    });
    expect(published.json()).toMatchObject({ status: 'published', allowedActions: ['withdraw', 'renew'] });
    expect(published.json().expiresAt).not.toBeNull();
    const edit = await as(t.app, smePl, {
      method: 'PATCH',
      url: `/api/profiles/${profileId}`,
      payload: { title: 'Changed' },
    });
    expect(edit.statusCode).toBe(409);
    expect(await auditActions(profileId)).toEqual(
      expect.arrayContaining([
        'profile.create',
        'profile.submit',
        'profile.return',
        'profile.validate',
        'profile.publish',
      ]),
    );
  });

  it('finds the published profile by full text, type, country and NACE group', async () => {
    const found = await as(t.app, brokerDe, {
      method: 'GET',
      url: '/api/profiles?q=lactose-free%20filtration&type=technology_request&country=PL&nace=C10.5',
    });
    expect(found.json()).toMatchObject({
      total: 1,
      items: [{ id: profileId, organisation: { name: 'Biebrza Dairy' } }],
    });
    expect((await as(t.app, brokerDe, { method: 'GET', url: '/api/profiles?nace=C11' })).json().total).toBe(
      0,
    );
  });

  it('shows anonymous visitors published profiles without the organisation', async () => {
    const listing = await t.app.inject({ method: 'GET', url: '/api/public/profiles' });
    expect(listing.statusCode).toBe(200);
    expect(listing.json().total).toBe(1);
    expect(listing.body).not.toContain('Biebrza');
    expect(listing.body).not.toContain(dairyId);
    expect(listing.json().items[0]).toMatchObject({ countryCode: 'PL', helixType: 'industry' });
    expect((await t.app.inject({ method: 'GET', url: '/api/profiles' })).statusCode).toBe(401);
  });

  it('reveals consenting contacts only after an accepted expression of interest', async () => {
    expect(
      (await as(t.app, memberDe, { method: 'GET', url: `/api/organisations/${dairyId}/contacts` })).json(),
    ).toEqual({ visibility: 'none', canEdit: false, items: [] });
    const sent = await as(t.app, memberDe, {
      method: 'POST',
      url: `/api/profiles/${profileId}/interests`,
      payload: { message: 'Our yard has a spare membrane line.' },
    });
    expect(sent.statusCode).toBe(201);
    interestId = sent.json().id;
    expect(sent.json()).toMatchObject({
      status: 'sent',
      fromOrganisation: { name: 'Elbe Shipyard' },
      contacts: null,
    });
    const again = await as(t.app, memberDe, {
      method: 'POST',
      url: `/api/profiles/${profileId}/interests`,
      payload: { message: 'Again' },
    });
    expect(again.statusCode).toBe(409);
    // The profile owner's broker is told.
    const brokerNotices = await as(t.app, brokerPl, { method: 'GET', url: '/api/notifications' });
    expect(brokerNotices.json().items.map((n: { kind: string }) => n.kind)).toContain('interest.received');
    // Only the owner side answers.
    expect(
      (await as(t.app, memberDe, { method: 'POST', url: `/api/interests/${interestId}/accept`, payload: {} }))
        .statusCode,
    ).toBe(403);
    const accepted = await as(t.app, smePl, {
      method: 'POST',
      url: `/api/interests/${interestId}/accept`,
      payload: { message: 'Let us talk.' },
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', allowedActions: [] });
    expect(accepted.json().contacts.profileOwner.map((c: { name: string }) => c.name)).toEqual([
      'Tomasz Kowalczyk',
    ]);
    const seen = await as(t.app, memberDe, { method: 'GET', url: `/api/organisations/${dairyId}/contacts` });
    expect(seen.json()).toMatchObject({
      visibility: 'shared',
      items: [{ name: 'Tomasz Kowalczyk', email: 'tomasz@dairy.example' }],
    });
    expect(JSON.stringify(seen.json())).not.toContain('Agnieszka');
    const declineLate = await as(t.app, smePl, {
      method: 'POST',
      url: `/api/interests/${interestId}/decline`,
      payload: {},
    });
    expect(declineLate.statusCode).toBe(409);
    const introduced = await as(t.app, brokerPl, {
      method: 'POST',
      url: `/api/interests/${interestId}/introduce`,
      payload: {},
    });
    expect(introduced.json().status).toBe('introduced');
  });

  it('reminds the owners to renew 30 days before expiry, then expires the profile', async () => {
    const { runDailyJobs } = await import('../index.ts');
    const published = (await as(t.app, smePl, { method: 'GET', url: `/api/profiles/${profileId}` })).json();
    const expiresAt = new Date(published.expiresAt).getTime();
    const DAY = 24 * 60 * 60 * 1000;
    const at = (time: number) => ({ ...deps(), clock: () => new Date(time) });
    expect(await runDailyJobs(at(expiresAt - 40 * DAY))).toMatchObject({
      expiredProfiles: 0,
      renewalReminders: 0,
    });
    expect(await runDailyJobs(at(expiresAt - 20 * DAY))).toMatchObject({
      expiredProfiles: 0,
      renewalReminders: 1,
    });
    expect(await runDailyJobs(at(expiresAt - 10 * DAY))).toMatchObject({ renewalReminders: 0 });
    const notices = await as(t.app, smePl, { method: 'GET', url: '/api/notifications' });
    expect(notices.json().items.map((n: { kind: string }) => n.kind)).toContain('profile.renewal_due');
    expect(await runDailyJobs(at(expiresAt + DAY))).toMatchObject({ expiredProfiles: 1 });
    const expired = await as(t.app, smePl, { method: 'GET', url: `/api/profiles/${profileId}` });
    expect(expired.json()).toMatchObject({ status: 'expired', allowedActions: ['renew'] });
    expect((await t.app.inject({ method: 'GET', url: `/api/public/profiles/${profileId}` })).statusCode).toBe(
      404,
    );
    const renewed = await as(t.app, smePl, {
      method: 'POST',
      url: `/api/profiles/${profileId}/renew`,
      payload: {},
    });
    expect(renewed.json().status).toBe('published');
  });

  it('records the outcome as a cross-border partnership and exports it', async () => {
    const tooFew = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/partnerships',
      payload: { type: 'licence', title: 'x', agreedOn: '2026-11-25', partyIds: [dairyId] },
    });
    expect(tooFew.statusCode).toBe(400);
    const created = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/partnerships',
      payload: {
        type: 'licence',
        title: 'Membrane line licence',
        agreedOn: '2026-11-25',
        partyIds: [dairyId, shipyardId],
        profileId,
        interestId,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ isCrossBorder: true, profile: { id: profileId } });
    const csv = await as(t.app, brokerPl, { method: 'GET', url: '/api/partnerships/export?format=csv' });
    expect(csv.body.split('\n')[1]).toContain('Membrane line licence');
    const otherType = await as(t.app, brokerPl, {
      method: 'GET',
      url: '/api/partnerships/export?format=csv&type=financial',
    });
    expect(otherType.body.trim().split('\n')).toHaveLength(1);
    expect((await as(t.app, memberDe, { method: 'GET', url: '/api/partnerships' })).json().total).toBe(1);
  });
});

describe('referrals between brokers', () => {
  it('runs sent → accepted → closed with a thread and candidates, visible to the two brokers only', async () => {
    const sent = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/referrals',
      payload: {
        toBrokerId: brokerDe.userId,
        clientOrganisationId: dairyId,
        needSummary: 'Find a German distributor of lactose-free milk.',
      },
    });
    expect(sent.statusCode).toBe(201);
    const id = sent.json().id;
    expect(sent.json()).toMatchObject({
      status: 'sent',
      fromBroker: { name: 'Broker PL' },
      toBroker: { name: 'Broker DE' },
      allowedActions: [],
    });
    expect(
      (await as(t.app, brokerDe, { method: 'GET', url: '/api/referrals?direction=incoming' })).json().total,
    ).toBe(1);
    expect((await as(t.app, smePl, { method: 'GET', url: `/api/referrals/${id}` })).statusCode).toBe(403);
    expect(
      (await as(t.app, brokerPl, { method: 'POST', url: `/api/referrals/${id}/accept`, payload: {} }))
        .statusCode,
    ).toBe(403);
    const early = await as(t.app, brokerDe, {
      method: 'POST',
      url: `/api/referrals/${id}/candidates`,
      payload: { organisationId: shipyardId },
    });
    expect(early.statusCode).toBe(409);
    expect(
      (
        await as(t.app, brokerDe, {
          method: 'POST',
          url: `/api/referrals/${id}/accept`,
          payload: { message: 'On it.' },
        })
      ).json().status,
    ).toBe('accepted');
    const withCandidate = await as(t.app, brokerDe, {
      method: 'POST',
      url: `/api/referrals/${id}/candidates`,
      payload: { organisationId: shipyardId, note: 'Runs a dairy logistics arm.' },
    });
    expect(withCandidate.json()).toMatchObject({
      candidates: [{ organisation: { name: 'Elbe Shipyard' }, note: 'Runs a dairy logistics arm.' }],
      messages: [{ text: 'On it.' }],
    });
    await as(t.app, brokerPl, {
      method: 'POST',
      url: `/api/referrals/${id}/messages`,
      payload: { text: 'Thanks!' },
    });
    const closed = await as(t.app, brokerPl, {
      method: 'POST',
      url: `/api/referrals/${id}/close`,
      payload: {},
    });
    expect(closed.json()).toMatchObject({ status: 'closed', messageCount: 2, candidateCount: 1 });
    const reopen = await as(t.app, brokerDe, {
      method: 'POST',
      url: `/api/referrals/${id}/accept`,
      payload: {},
    });
    expect(reopen.statusCode).toBe(409);
  });

  it('refuses referrals of organisations the broker does not look after', async () => {
    const response = await as(t.app, brokerDe, {
      method: 'POST',
      url: '/api/referrals',
      payload: { toBrokerId: brokerPl.userId, clientOrganisationId: dairyId, needSummary: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.details).toEqual([
      { path: 'clientOrganisationId', message: 'is not your client' },
    ]);
  });
});

describe('the organisation registry', () => {
  it('checks the VAT number of the country and derives the SME size class', async () => {
    const bad = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Bad VAT', countryCode: 'PL', helixType: 'industry', vatNumber: 'PL5260250275' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ path: 'vatNumber' })]);
    expect(
      (await as(t.app, brokerPl, { method: 'GET', url: '/api/organisations?q=Bad%20VAT' })).json().total,
    ).toBe(0);
    const good = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/organisations',
      payload: {
        name: 'Good VAT',
        countryCode: 'PL',
        helixType: 'industry',
        vatNumber: 'pl 526-025-02-74',
        headcount: 42,
        turnoverEur: 8_000_000,
        naceCodes: ['C10.51'],
      },
    });
    expect(good.json()).toMatchObject({
      vatNumber: 'PL5260250274',
      sizeClass: 'small',
      naceCodes: ['C10.51'],
    });
  });

  it("lets the broker of an organisation's region keep its record, and no other broker", async () => {
    const seen = await as(t.app, brokerPl, { method: 'GET', url: `/api/organisations/${dairyId}` });
    expect(seen.json().canEdit).toBe(true);
    const changed = await as(t.app, brokerPl, {
      method: 'PATCH',
      url: `/api/organisations/${dairyId}`,
      payload: { exportShare: 22, languages: ['pl', 'en'] },
    });
    expect(changed.json()).toMatchObject({ exportShare: 22, languages: ['pl', 'en'] });
    expect(
      (await as(t.app, brokerDe, { method: 'GET', url: `/api/organisations/${dairyId}` })).json().canEdit,
    ).toBe(false);
    expect(
      (
        await as(t.app, brokerDe, {
          method: 'PATCH',
          url: `/api/organisations/${dairyId}`,
          payload: { exportShare: 99 },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('imports organisations from CSV with a dry run that lists errors per row', async () => {
    const csv =
      'name,country,nuts,helix,vat_number,nace\nSauna Oy,FI,FI1C4,industry,FI20774740,C25.11\nBroken,PL,DE600,industry,PL123,C99\n';
    const dry = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/organisations/import?dryRun=true',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, valid: 1, invalid: 1, created: 0 });
    const broken = dry.json().rows[1];
    expect(broken.line).toBe(3);
    expect(broken.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['nuts', 'vat_number']),
    );
    const refused = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/organisations/import?dryRun=false',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(refused.json().created).toBe(0);
    const good = csv.split('\n').slice(0, 2).join('\n');
    const done = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/organisations/import?dryRun=false',
      headers: { 'content-type': 'text/csv' },
      payload: good,
    });
    expect(done.json()).toMatchObject({ created: 1 });
    expect(
      (await as(t.app, brokerPl, { method: 'GET', url: '/api/organisations?q=Sauna' })).json().total,
    ).toBe(1);
    expect(
      (
        await as(t.app, smePl, {
          method: 'POST',
          url: '/api/organisations/import',
          headers: { 'content-type': 'text/csv' },
          payload: good,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('reads XLSX workbooks as well, and exports cases as XLSX', async () => {
    const workbook = await exportTable({
      format: 'xlsx',
      sheetName: 'Organisations',
      columns: ['name', 'country', 'nuts', 'helix', 'nace', 'languages'],
      rows: [
        {
          name: 'Tartu Wood OÜ',
          country: 'EE',
          nuts: 'EE008',
          helix: 'industry',
          nace: 'C16.10;C31.09',
          languages: 'et;en',
        },
      ],
    });
    const dry = await as(t.app, brokerPl, {
      method: 'POST',
      url: '/api/organisations/import',
      headers: { 'content-type': 'application/octet-stream' },
      payload: workbook.content,
    });
    expect(dry.json()).toMatchObject({
      dryRun: true,
      valid: 1,
      invalid: 0,
      rows: [{ line: 2, name: 'Tartu Wood OÜ', errors: [] }],
    });
    const exported = await as(t.app, brokerPl, { method: 'GET', url: '/api/cases/export?format=xlsx' });
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const [header, first] = await readSheet(exported.rawPayload);
    expect(header).toContain('broker_email');
    expect(first).toContain('Biebrza Dairy');
    // The export takes the list's filters.
    const closedOnly = await as(t.app, brokerPl, {
      method: 'GET',
      url: '/api/cases/export?format=csv&stage=closed',
    });
    expect(closedOnly.body.trim().split('\n')).toHaveLength(1);
    const diagnosis = await as(t.app, brokerPl, {
      method: 'GET',
      url: '/api/cases/export?format=csv&stage=diagnosis&q=Biebrza',
    });
    expect(diagnosis.body.trim().split('\n')).toHaveLength(2);
  });

  it('lists brokers with their regions in the public directory', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/brokers?region=PL842' });
    expect(response.json()).toMatchObject({
      total: 1,
      items: [{ name: 'Broker PL', regions: [{ code: 'PL84' }], competences: ['Smart food'] }],
    });
  });
});
