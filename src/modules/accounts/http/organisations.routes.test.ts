import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, logInAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { buildOrganisation, buildUser } from '../../../../test/factories.ts';

let t: TestApp;
let admin: Session;
let broker: Session;
let otherBroker: Session;
let loneMember: Session;

const dairy = {
  name: 'Mleczarnia Podlaska Sp. z o.o.',
  countryCode: 'pl',
  nutsCode: 'PL841',
  helixType: 'industry',
  website: 'https://mleczarnia.example',
  description: 'Dairy processing SME near Białystok.',
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await logInAs(t.app, (await buildUser(t.database.db, { role: 'admin' })).email);
  broker = await logInAs(t.app, (await buildUser(t.database.db, { role: 'broker' })).email);
  otherBroker = await logInAs(t.app, (await buildUser(t.database.db, { role: 'broker' })).email);
  loneMember = await logInAs(t.app, (await buildUser(t.database.db, { role: 'member' })).email);
});
afterAll(() => t.close());

describe('organisations', () => {
  it('lets a broker register a client organisation, with its region named', async () => {
    const response = await as(t.app, broker, { method: 'POST', url: '/api/organisations', payload: dairy });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: dairy.name,
      countryCode: 'PL',
      nutsCode: 'PL841',
      regionName: 'Białostocki',
      helixType: 'industry',
      canEdit: true,
    });
  });

  it('names each invalid field and writes nothing', async () => {
    const response = await as(t.app, broker, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name: '', countryCode: 'Poland', helixType: 'business', website: 'ftp://x' },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.name', 'body.countryCode', 'body.helixType', 'body.website']),
    );
  });

  it('refuses a region outside the country, or unknown codes, naming the field', async () => {
    const outside = await as(t.app, broker, {
      method: 'POST',
      url: '/api/organisations',
      payload: { ...dairy, name: 'Wrong place', nutsCode: 'DK032' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details).toEqual([{ path: 'nutsCode', message: 'DK032 is not in PL' }]);
    const unknown = await as(t.app, broker, {
      method: 'POST',
      url: '/api/organisations',
      payload: { ...dairy, name: 'Nowhere', countryCode: 'QQ', nutsCode: null },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('countryCode');
    const search = await as(t.app, admin, { method: 'GET', url: '/api/organisations?q=Wrong%20place' });
    expect(search.json().total).toBe(0);
  });

  it('searches by name (typo-tolerant), country, helix and region', async () => {
    await buildOrganisation(t.database.db, {
      name: 'Aabenraa Food Cluster',
      countryCode: 'DK',
      nutsCode: 'DK032',
      helixType: 'civil_society',
    });
    const byName = await as(t.app, loneMember, { method: 'GET', url: '/api/organisations?q=mleczarnia' });
    expect(byName.json().items.map((o: { name: string }) => o.name)).toEqual([dairy.name]);
    const byCountry = await as(t.app, loneMember, { method: 'GET', url: '/api/organisations?country=DK' });
    expect(byCountry.json().items.every((o: { countryCode: string }) => o.countryCode === 'DK')).toBe(true);
    const byRegion = await as(t.app, loneMember, { method: 'GET', url: '/api/organisations?nuts=PL84' });
    expect(byRegion.json().items.map((o: { nutsCode: string }) => o.nutsCode)).toContain('PL841');
    const byHelix = await as(t.app, loneMember, {
      method: 'GET',
      url: '/api/organisations?helix=civil_society',
    });
    expect(byHelix.json().items.map((o: { name: string }) => o.name)).toEqual(['Aabenraa Food Cluster']);
  });

  it('lets the registering broker edit, but not another broker; admins can delete', async () => {
    const created = (
      await as(t.app, broker, {
        method: 'POST',
        url: '/api/organisations',
        payload: { ...dairy, name: 'Białystok Biotech' },
      })
    ).json();
    const seen = await as(t.app, otherBroker, { method: 'GET', url: `/api/organisations/${created.id}` });
    expect(seen.json().canEdit).toBe(false);
    const denied = await as(t.app, otherBroker, {
      method: 'PATCH',
      url: `/api/organisations/${created.id}`,
      payload: { name: 'Hijacked' },
    });
    expect(denied.statusCode).toBe(403);
    const edited = await as(t.app, broker, {
      method: 'PATCH',
      url: `/api/organisations/${created.id}`,
      payload: { description: 'Enzymes for dairy.' },
    });
    expect(edited.json()).toMatchObject({ name: 'Białystok Biotech', description: 'Enzymes for dairy.' });

    expect(
      (await as(t.app, broker, { method: 'DELETE', url: `/api/organisations/${created.id}` })).statusCode,
    ).toBe(403);
    expect(
      (await as(t.app, admin, { method: 'DELETE', url: `/api/organisations/${created.id}` })).statusCode,
    ).toBe(204);
    expect(
      (await as(t.app, admin, { method: 'GET', url: `/api/organisations/${created.id}` })).statusCode,
    ).toBe(404);
  });

  it('makes a member who registers their own organisation its manager, and allows only one', async () => {
    const own = await as(t.app, loneMember, {
      method: 'POST',
      url: '/api/organisations',
      payload: { ...dairy, name: 'Member Startup' },
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().members).toEqual([
      expect.objectContaining({ userId: loneMember.userId, role: 'manager' }),
    ]);
    const second = await as(t.app, loneMember, {
      method: 'POST',
      url: '/api/organisations',
      payload: { ...dairy, name: 'Second Startup' },
    });
    expect(second.statusCode).toBe(403);
  });

  it('lets managers add and remove members, and nobody else', async () => {
    const organisation = await buildOrganisation(t.database.db);
    const manager = await buildUser(t.database.db, {
      organisationId: organisation.id,
      membershipRole: 'manager',
    });
    const managerSession = await logInAs(t.app, manager.email);
    const colleague = await buildUser(t.database.db);
    const added = await as(t.app, managerSession, {
      method: 'PUT',
      url: `/api/organisations/${organisation.id}/members`,
      payload: { userId: colleague.id, role: 'member' },
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().members.map((m: { userId: string }) => m.userId)).toContain(colleague.id);
    const outsider = await as(t.app, otherBroker, {
      method: 'DELETE',
      url: `/api/organisations/${organisation.id}/members/${colleague.id}`,
    });
    expect(outsider.statusCode).toBe(403);
    const removed = await as(t.app, managerSession, {
      method: 'DELETE',
      url: `/api/organisations/${organisation.id}/members/${colleague.id}`,
    });
    expect(removed.json().members.map((m: { userId: string }) => m.userId)).not.toContain(colleague.id);
  });

  it('requires sign-in to read the registry', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations' });
    expect(response.statusCode).toBe(401);
  });
});
